import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendarIcs, refold, type HearingEntry } from '../../electron/export/calendar-ics.ts';
import type { DeadlineView } from '../../shared/cases/case-views.ts';
import { deadlineView } from '../helpers/deadline-view.ts';

const LONG_TITLE =
  '서울특별시 마포구 도로점용료 부과처분 취소 청구의 소(병합: 도로점용허가 취소처분 무효확인, 손해배상(기)) 사건';

function deadline(over: Partial<DeadlineView>): DeadlineView {
  return deadlineView({
    eventId: 10,
    ruleId: 'appeal',
    rawEnd: '2024-09-27',
    explanation: '제1심 판결 송달 2024-09-13(금) → 초일불산입, 2주 → 2024-09-27(금)\n근거: 민사소송법 §396',
    assignee: '김주무관',
    ...over,
  });
}

function hearing(over: Partial<HearingEntry>): HearingEntry {
  return {
    id: 5,
    caseId: 1,
    kind: 'hearing',
    kindName: '변론기일',
    occurredOn: '2024-09-23',
    noticeOn: null,
    serviceMethod: null,
    time: '14:30',
    place: '서관 403호 법정',
    subtype: null,
    result: null,
    memo: null,
    caseNumber: '2024가단5678',
    caseTitle: '손해배상(기)',
    ...over,
  };
}

const ics = buildCalendarIcs({
  generatedAt: '2026-03-02T00:00:00.000Z',
  deadlines: [
    deadline({}),
    deadline({ id: 2, title: '답변서 제출', dueOn: '2024-10-04', caseTitle: LONG_TITLE, remindDays: 0 }),
    deadline({ id: 3, ruleId: null, title: '증거; 정리, 제출', explanation: null, dueOn: '2024-12-31', remindDays: 1 }),
  ],
  hearings: [
    hearing({}),
    hearing({
      id: 6,
      kind: 'sentencing-hearing',
      kindName: '선고기일',
      occurredOn: '2024-11-07',
      time: null,
      place: null,
    }),
  ],
});

const vevents = () => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
const byUid = (uid: string) => {
  const found = vevents().find((v) => v.getFirstPropertyValue('uid') === uid);
  if (!found) throw new Error(`no ${uid}`);
  return new ICAL.Event(found);
};
/** Trigger of the event's alarm in seconds relative to its start (negative = before). */
const triggerSeconds = (uid: string) => {
  const alarm = byUid(uid).component.getFirstSubcomponent('valarm');
  const trigger = alarm?.getFirstPropertyValue('trigger');
  if (!(trigger instanceof ICAL.Duration)) throw new Error('no relative trigger');
  return trigger.toSeconds();
};

describe('calendar .ics', () => {
  it('has one VEVENT per deadline and hearing, with stable UIDs', () => {
    expect(vevents().map((v) => v.getFirstPropertyValue('uid'))).toEqual([
      'deadline-1@lexdesk',
      'deadline-2@lexdesk',
      'deadline-3@lexdesk',
      'event-5@lexdesk',
      'event-6@lexdesk',
    ]);
    // The same data gives the same entries (re-import updates instead of duplicating).
    const again = buildCalendarIcs({
      generatedAt: '2026-03-02T00:00:00.000Z',
      deadlines: [deadline({})],
      hearings: [],
    });
    expect(again).toContain('UID:deadline-1@lexdesk\r\n');
  });

  it('writes deadlines as all-day entries on the due date with the Korean title and the explanation', () => {
    const event = byUid('deadline-1@lexdesk');
    expect(event.summary).toBe('[기한] 항소장 제출 — 2024가단5678 손해배상(기)');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2024-09-27');
    expect(event.endDate.toString()).toBe('2024-09-28'); // exclusive: one day
    expect(event.description).toContain(
      '제1심 판결 송달 2024-09-13(금) → 초일불산입, 2주 → 2024-09-27(금)\n근거: 민사소송법 §396',
    );
    expect(event.description).toContain('담당: 도로과 / 김주무관');
    expect(byUid('deadline-3@lexdesk').summary).toBe('[기한] 증거; 정리, 제출 — 2024가단5678 손해배상(기)');
  });

  it('reminds at 09:00 remind_days before the due date', () => {
    expect(triggerSeconds('deadline-1@lexdesk')).toBe(-3 * 86400 + 9 * 3600); // 2024-09-24 09:00
    expect(triggerSeconds('deadline-3@lexdesk')).toBe(-1 * 86400 + 9 * 3600);
    expect(triggerSeconds('deadline-2@lexdesk')).toBe(9 * 3600); // 0 days: the morning of the day
    expect(ics).not.toMatch(/TRIGGER:-?P\d+DT\r\n/); // the library's invalid `P1DT` form never appears
    const alarm = byUid('deadline-3@lexdesk').component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm?.getFirstPropertyValue('description')).toBe('[기한] 증거; 정리, 제출 — 2024가단5678 손해배상(기)');
  });

  it('writes a hearing with a time as the UTC instant of that Seoul time, and one without as all-day', () => {
    const timed = byUid('event-5@lexdesk');
    expect(timed.summary).toBe('[기일] 변론기일 — 2024가단5678 손해배상(기)');
    expect(timed.location).toBe('서관 403호 법정');
    expect(ics).toContain('DTSTART:20240923T053000Z\r\n');
    expect(timed.startDate.toJSDate().toISOString()).toBe('2024-09-23T05:30:00.000Z'); // 14:30 KST
    expect(timed.endDate.toJSDate().toISOString()).toBe('2024-09-23T06:30:00.000Z');
    expect(triggerSeconds('event-5@lexdesk')).toBe(-86400);

    const allDay = byUid('event-6@lexdesk');
    expect(allDay.summary).toBe('[기일] 선고기일 — 2024가단5678 손해배상(기)');
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe('2024-11-07');
  });

  it('folds lines at 75 octets without splitting a Hangul character, and the long title survives', () => {
    const bytes = Buffer.from(ics, 'utf8');
    expect(bytes.toString('utf8')).not.toContain('\uFFFD');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const physical: Buffer[] = [];
    let startAt = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        physical.push(bytes.subarray(startAt, i));
        startAt = i + 2;
      }
    }
    expect(startAt).toBe(bytes.length); // every line ends in CRLF
    for (const line of physical) {
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow(); // each physical line is whole UTF-8 on its own
    }
    // The long summary really was folded (several continuation lines), and unfolds to the exact title.
    const summaryAt = physical.findIndex((l) => l.toString('utf8').startsWith('SUMMARY:[기한] 답변서 제출'));
    expect(physical[summaryAt + 1]?.[0]).toBe(0x20);
    expect(physical[summaryAt + 2]?.[0]).toBe(0x20);
    expect(byUid('deadline-2@lexdesk').summary).toBe(`[기한] 답변서 제출 — 2024가단5678 ${LONG_TITLE}`);
  });

  it('refolds any line the same way: unfolded content is unchanged', () => {
    const line = `DESCRIPTION:${'가나다라마바사아자차카타파하'.repeat(12)}😀e\u0301`;
    const folded = refold(`${line}\r\n`);
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\n`);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
  });
});
