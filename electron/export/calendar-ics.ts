// Open deadlines and hearings as an iCalendar file for Outlook and phone calendars.
//
// Times: hearings are written in UTC (`DTSTART:20240923T053000Z` for 14:30 in Seoul). Korea has had no daylight
// saving since 1988, so Seoul → UTC is a fixed −9 h and exact for every date we handle. A UTC time means the same
// instant to every client: Outlook, iOS and Google/Android all show it as 14:30 on a device set to Korea.
// The alternatives are worse here: a floating local time is read in whatever zone the device (or the sync server)
// is in, and a TZID needs a VTIMEZONE block that the `ics` library cannot write and Outlook misreads without it.
// Deadlines are all-day dates (VALUE=DATE), which have no zone at all.
//
// UIDs are stable (`deadline-<id>@lexdesk`, `event-<id>@lexdesk`), so importing a newer export updates the entries.
import { createEvents, type Alarm, type DateArray, type EventAttributes } from 'ics';
import type { DeadlineView, EventView } from '../../shared/cases/case-views.ts';
import { addDays, isoWithWeekday, parseIsoDate } from '../../shared/deadlines/civil-date.ts';

export type HearingEntry = EventView & { caseNumber: string | null; caseTitle: string };

export interface CalendarIcsInput {
  deadlines: readonly DeadlineView[];
  hearings: readonly HearingEntry[];
  /** DTSTAMP of every entry (the export time), UTC ISO. */
  generatedAt: string;
}

/** Seoul is UTC+9 all year (no DST since 1988). */
const SEOUL_OFFSET_HOURS = 9;
/** A hearing has no recorded end; an hour blocks the slot without guessing too much. */
const HEARING_MINUTES = 60;
/** Reminders fire at 09:00 office time, not at midnight: an all-day date starts at 00:00. */
const REMINDER_HOUR = 9;
/** RFC 5545 §3.1: content lines are folded at 75 octets. */
const FOLD_OCTETS = 75;

function caseLabel(entry: { caseNumber: string | null; caseTitle: string }): string {
  return entry.caseNumber ? `${entry.caseNumber} ${entry.caseTitle}` : entry.caseTitle;
}

function dateArray(iso: string): DateArray {
  const { y, m, d } = parseIsoDate(iso);
  return [y, m, d];
}

/** `HH:MM` in Seoul on `date` → the same instant as a UTC date-time array. */
function seoulToUtc(date: string, time: string): DateArray {
  const { y, m, d } = parseIsoDate(date);
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  const utc = new Date(Date.UTC(y, m - 1, d, hh - SEOUL_OFFSET_HOURS, mm));
  return [utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes()];
}

function addMinutes(utc: DateArray, minutes: number): DateArray {
  const [y, m, d, hh = 0, mm = 0] = utc;
  const t = new Date(Date.UTC(y, m - 1, d, hh, mm + minutes));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes()];
}

/**
 * 09:00 on the day `days` before an all-day date. Always has an hour part: the library writes `{ days: 1 }` as
 * `P1DT`, which RFC 5545 does not allow.
 */
function reminderBefore(days: number): Alarm['trigger'] {
  if (days === 0) return { before: false, hours: REMINDER_HOUR };
  return { before: true, days: days - 1, hours: 24 - REMINDER_HOUR };
}

function deadlineEvent(d: DeadlineView, stamp: number): EventAttributes {
  const title = `[기한] ${d.title} — ${caseLabel(d)}`;
  const description = [
    `사건: ${caseLabel(d)}`,
    `기한: ${isoWithWeekday(d.dueOn)} ${d.title}${d.provisional ? ' (미확정 공휴일 자료로 계산)' : ''}`,
    `담당: ${[d.department, d.assignee].filter(Boolean).join(' / ') || '미지정'}`,
    ...(d.explanation ? ['', d.explanation] : []),
  ].join('\n');
  return withStamp(
    {
      uid: `deadline-${d.id}@lexdesk`,
      title,
      description,
      start: dateArray(d.dueOn),
      end: dateArray(addDays(d.dueOn, 1)), // DTEND of an all-day entry is exclusive
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      categories: ['LexDesk', '기한'],
      alarms: [{ action: 'display', description: escapeText(title), trigger: reminderBefore(d.remindDays) }],
    },
    stamp,
  );
}

function hearingEvent(e: HearingEntry, stamp: number): EventAttributes {
  const title = `[기일] ${e.kindName} — ${caseLabel(e)}`;
  const description = [
    `사건: ${caseLabel(e)}`,
    `${e.kindName}: ${isoWithWeekday(e.occurredOn)}${e.time ? ` ${e.time}` : ''}`,
    ...(e.place ? [`장소: ${e.place}`] : []),
    ...(e.subtype ? [`내용: ${e.subtype}`] : []),
    ...(e.memo ? ['', e.memo] : []),
  ].join('\n');
  const timing: Pick<EventAttributes, 'start' | 'startInputType' | 'startOutputType'> & { end: DateArray } = e.time
    ? (() => {
        const start = seoulToUtc(e.occurredOn, e.time);
        return { start, startInputType: 'utc', startOutputType: 'utc', end: addMinutes(start, HEARING_MINUTES) };
      })()
    : { start: dateArray(e.occurredOn), end: dateArray(addDays(e.occurredOn, 1)) };
  return withStamp(
    {
      uid: `event-${e.id}@lexdesk`,
      title,
      description,
      ...timing,
      ...(timing.startInputType ? { endInputType: 'utc', endOutputType: 'utc' } : {}),
      ...(e.place ? { location: e.place } : {}),
      transp: 'OPAQUE',
      busyStatus: 'BUSY',
      categories: ['LexDesk', '기일'],
      alarms: [{ action: 'display', description: escapeText(title), trigger: { before: true, hours: 24 } }],
    },
    stamp,
  );
}

/** TEXT escaping (RFC 5545 §3.3.11); the library escapes SUMMARY and DESCRIPTION but not an alarm's text. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** The library reads `timestamp` (DTSTAMP) but leaves it out of its types. */
function withStamp(event: EventAttributes, stamp: number): EventAttributes {
  const stamped: EventAttributes & { timestamp: number } = { ...event, timestamp: stamp };
  return stamped;
}

export function buildCalendarIcs(input: CalendarIcsInput): string {
  const stamp = Date.parse(input.generatedAt);
  const events = [
    ...input.deadlines.map((d) => deadlineEvent(d, stamp)),
    ...input.hearings.map((e) => hearingEvent(e, stamp)),
  ];
  const { error, value } = createEvents(events, {
    productId: '-//LexDesk//법무행정 데스크//KO',
    method: 'PUBLISH',
    calName: 'LexDesk 기한·기일',
  });
  if (error || value === null) throw error ?? new Error('ics: no output');
  return refold(value);
}

/**
 * The library folds at 75 characters, but RFC 5545 counts octets: a line of Hangul (3 octets each in UTF-8) would
 * run to 225. Unfold its lines and fold again at 75 octets, never inside a character (grapheme, so a
 * decomposed Hangul syllable or an emoji stays whole).
 */
export function refold(ics: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n');
  return lines.map(foldLine).join('\r\n');
}

const graphemes = new Intl.Segmenter('ko', { granularity: 'grapheme' });
const encoder = new TextEncoder();

function foldLine(line: string): string {
  if (encoder.encode(line).length <= FOLD_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = FOLD_OCTETS;
  for (const { segment } of graphemes.segment(line)) {
    const size = encoder.encode(segment).length;
    if (octets + size > limit && current !== '') {
      parts.push(current);
      current = '';
      octets = 0;
      limit = FOLD_OCTETS - 1; // the leading space of a continuation line counts
    }
    current += segment;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
