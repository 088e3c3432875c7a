// Deadline computation under 민법 §155–§161 (applied to court procedure by 민사소송법 §170, to 행정소송 by
// 행정소송법 §8②, to administrative matters by 행정기본법 §6①).
//
// §157  초일불산입: a period in days, weeks, months or years starts on the day after the event —
//       unless it starts at 0시 (then the first day counts).
// §159  It ends at the end of its last day.
// §160  Weeks, months and years are counted by the calendar (①); when not counted from the start of a week,
//       month or year, the period ends on the day *before* the day in the last week/month/year that corresponds to
//       the first counted day (②); if the last month has no such day, on the last day of that month (③).
// §161  If the last day is a Saturday or a 공휴일, the period ends on the following day (repeated while that day
//       is off too: a period cannot end on a day off).
//
// Two extensions of the plain forward rule, both documented in explain.ts and in the report to the team:
// - electronicNotice (전자송달, 민사소송 등에서의 전자문서 이용 등에 관한 법률 §11④): a document not opened is deemed
//   served "통지한 날부터 1주가 지난 날". The week is counted like any period — from 0시 of the day after the notice
//   (§157) for 7 days (§160②) — so it elapses at the end of notice+7; that day is the deemed-service date and the
//   period then runs from the next day (초일불산입). This equals the courts' phrasing "notice+8 at 0시, first day
//   counted". §161 is NOT applied to the deemed-service date: the 1-week is not a time limit for an act done at a
//   closed office (opening the document is possible any day in the e-court system), it is a fiction fixing when
//   service happens; and not extending it can only make the computed deadline earlier, never later, than a reading
//   that extends it. If the document was opened earlier, the opening date is the trigger (no option).
// - backward (역산, e.g. 준비서면 "변론기일 7일 전까지", 민사소송규칙 §69의3): the hearing day is not counted, the day before
//   is the first counted day, and the Nth day counted back (hearing − N days; months/years by the calendar, a missing
//   day → the last day of that month, i.e. earlier) is the target. A target on a Saturday or 공휴일 moves EARLIER to
//   the previous working day: §161 lengthens a period so a person can act on a working day; for a backward interval
//   moving the target later would cut the N clear days the rule guarantees to the court and the other side.

import {
  addDays,
  addMonthsExact,
  daysInMonth,
  formatIsoDate,
  fromDayNumber,
  parseIsoDate,
  shiftMonth,
  toDayNumber,
  yearOf,
  type IsoDate,
} from './civil-date.ts';
import { DeadlineError } from './errors.ts';
import { explainDeadline } from './explain.ts';
import type { HolidayCalendar } from './holidays.ts';
import { formatPeriod, parsePeriod, type Period } from './period.ts';

export interface DeadlineShift {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Korean: `2024-10-03 개천절`, `2024-09-28 토요일`, `2028-10-05 대체공휴일(추석) (미확정)`. */
  readonly reason: string;
}

export type Direction = 'forward' | 'backward';

/** The result of one computation; plain JSON (strings, numbers, booleans, arrays). */
export interface DeadlineResult {
  /** The deadline: the last day on which the act is in time (forward) or the target day (backward). */
  readonly due: IsoDate;
  /** The last day by the calendar alone, before moving off Saturdays and 공휴일. */
  readonly rawEnd: IsoDate;
  /** The first counted day (trigger+1, or the trigger itself for a 0시 start; hearing−1 when backward). */
  readonly start: IsoDate;
  /** 전자송달 only: the day at whose end service is deemed made (notice + 7 days). */
  readonly deemedService?: IsoDate;
  readonly shifts: readonly DeadlineShift[];
  /** True when any year the computation spans has no official holiday data (미확정). */
  readonly provisional: boolean;
  /** The years without official data that the computation spans (empty when not provisional). */
  readonly provisionalYears: readonly number[];
  readonly trigger: IsoDate;
  /** Canonical period, e.g. `2w`. */
  readonly period: string;
  readonly direction: Direction;
  /** Korean, one paragraph: trigger, rule and statute, 초일불산입, raw end, each shift, result. */
  readonly explanation: string;
}

export interface DeadlineOptions {
  /** The trigger is the date a 전자송달 notice was sent (document not opened earlier). */
  readonly electronicNotice?: boolean;
  /** Count back from the trigger (a hearing) to a target before it. */
  readonly backward?: boolean;
  /** The period starts at 0시 of the trigger day, so that day counts (민법 §157 단서). */
  readonly startsAtMidnight?: boolean;
  /** Words for the explanation, e.g. { trigger: '판결 송달', rule: '항소기간', statute: '민사소송법 §396' }. */
  readonly labels?: { readonly trigger?: string; readonly rule?: string; readonly statute?: string };
}

/** How the raw end was found; used by the explanation. */
export type RawEndBasis =
  | { readonly kind: 'days' }
  | { readonly kind: 'calendar'; readonly corresponding: IsoDate }
  | { readonly kind: 'month-end'; readonly missingDay: string };

export interface DeadlineTrace {
  readonly trigger: IsoDate;
  readonly period: Period;
  readonly options: DeadlineOptions;
  readonly deemedService?: IsoDate;
  readonly start: IsoDate;
  readonly rawEnd: IsoDate;
  readonly basis: RawEndBasis;
  readonly shifts: readonly DeadlineShift[];
  readonly due: IsoDate;
  readonly provisionalYears: readonly number[];
}

/** A run of days off is at most ~10 days (설 + 대체공휴일 + weekend); anything longer means broken data. */
const MAX_SHIFTS = 31;

export function computeDeadline(
  trigger: IsoDate,
  period: Period | string,
  calendar: HolidayCalendar,
  options: DeadlineOptions = {},
): DeadlineResult {
  const triggerDate = parseIsoDate(trigger, '기산일');
  const p = typeof period === 'string' ? parsePeriod(period) : parsePeriod(formatPeriod(period));
  if (options.backward && (options.electronicNotice || options.startsAtMidnight)) {
    throw new DeadlineError(
      'INVALID_OPTIONS',
      '역산(기일 전 기한)에는 전자송달이나 0시 기산을 함께 쓸 수 없습니다. 기준일에는 기일을 입력하세요.',
    );
  }
  if (options.electronicNotice && options.startsAtMidnight) {
    throw new DeadlineError(
      'INVALID_OPTIONS',
      '전자송달 통지일에는 0시 기산을 함께 쓸 수 없습니다. 송달간주일 다음 날부터 자동으로 기산합니다.',
    );
  }
  const trace = options.backward
    ? backward(formatIsoDate(triggerDate), p, calendar, options)
    : forward(formatIsoDate(triggerDate), p, calendar, options);
  return {
    due: trace.due,
    rawEnd: trace.rawEnd,
    start: trace.start,
    ...(trace.deemedService !== undefined ? { deemedService: trace.deemedService } : {}),
    shifts: trace.shifts,
    provisional: trace.provisionalYears.length > 0,
    provisionalYears: trace.provisionalYears,
    trigger: trace.trigger,
    period: formatPeriod(p),
    direction: options.backward ? 'backward' : 'forward',
    explanation: explainDeadline(trace),
  };
}

/** 전자송달: 1주 from 0시 of the day after the notice → service is deemed made at the end of notice+7 (no §161 on it, see header). */
export function deemedServiceDate(notice: IsoDate): IsoDate {
  return addDays(notice, 7);
}

function forward(trigger: IsoDate, p: Period, calendar: HolidayCalendar, options: DeadlineOptions): DeadlineTrace {
  const deemedService = options.electronicNotice ? deemedServiceDate(trigger) : undefined;
  const base = deemedService ?? trigger;
  const start = options.startsAtMidnight ? base : addDays(base, 1);
  const { rawEnd, basis } = calendarEnd(start, p);

  const shifts: DeadlineShift[] = [];
  let due = rawEnd;
  for (let off = calendar.dayOff(due); off; off = calendar.dayOff(due)) {
    if (shifts.length >= MAX_SHIFTS) throw tooManyShifts(rawEnd);
    const next = addDays(due, 1);
    shifts.push({ from: due, to: next, reason: off.reason });
    due = next;
  }
  return {
    trigger,
    period: p,
    options,
    ...(deemedService !== undefined ? { deemedService } : {}),
    start,
    rawEnd,
    basis,
    shifts,
    due,
    provisionalYears: provisionalYears(calendar, trigger, due),
  };
}

function backward(hearing: IsoDate, p: Period, calendar: HolidayCalendar, options: DeadlineOptions): DeadlineTrace {
  const start = addDays(hearing, -1);
  let rawEnd: IsoDate;
  let basis: RawEndBasis;
  if (p.unit === 'd' || p.unit === 'w') {
    rawEnd = addDays(hearing, -(p.unit === 'w' ? 7 * p.amount : p.amount));
    basis = p.unit === 'd' ? { kind: 'days' } : { kind: 'calendar', corresponding: rawEnd };
  } else {
    const h = parseIsoDate(hearing);
    const months = p.unit === 'm' ? p.amount : 12 * p.amount;
    const exact = addMonthsExact(h, -months);
    if (exact) {
      rawEnd = formatIsoDate(exact);
      basis = { kind: 'calendar', corresponding: rawEnd };
    } else {
      const ym = shiftMonth(h, -months);
      rawEnd = formatIsoDate({ y: ym.y, m: ym.m, d: daysInMonth(ym.y, ym.m) });
      basis = { kind: 'month-end', missingDay: `${ym.y}년 ${ym.m}월 ${h.d}일` };
    }
  }

  const shifts: DeadlineShift[] = [];
  let due = rawEnd;
  for (let off = calendar.dayOff(due); off; off = calendar.dayOff(due)) {
    if (shifts.length >= MAX_SHIFTS) throw tooManyShifts(rawEnd);
    const previous = addDays(due, -1);
    shifts.push({ from: due, to: previous, reason: off.reason });
    due = previous;
  }
  return {
    trigger: hearing,
    period: p,
    options,
    start,
    rawEnd,
    basis,
    shifts,
    due,
    provisionalYears: provisionalYears(calendar, due, hearing),
  };
}

/** Last day of a forward period that starts (first counted day) on `start`: §159 for days, §160 otherwise. */
export function calendarEnd(start: IsoDate, p: Period): { rawEnd: IsoDate; basis: RawEndBasis } {
  const s = parseIsoDate(start);
  if (p.unit === 'd') return { rawEnd: addDays(start, p.amount - 1), basis: { kind: 'days' } };
  if (p.unit === 'w') {
    const corresponding = addDays(start, 7 * p.amount);
    return { rawEnd: addDays(corresponding, -1), basis: { kind: 'calendar', corresponding } };
  }
  const months = p.unit === 'm' ? p.amount : 12 * p.amount;
  const exact = addMonthsExact(s, months);
  if (exact) {
    const corresponding = formatIsoDate(exact);
    return { rawEnd: formatIsoDate(fromDayNumber(toDayNumber(exact) - 1)), basis: { kind: 'calendar', corresponding } };
  }
  const ym = shiftMonth(s, months);
  return {
    rawEnd: formatIsoDate({ y: ym.y, m: ym.m, d: daysInMonth(ym.y, ym.m) }),
    basis: { kind: 'month-end', missingDay: `${ym.y}년 ${ym.m}월 ${s.d}일` },
  };
}

/** Years from the earlier to the later date (inclusive) that lack official holiday data. */
function provisionalYears(calendar: HolidayCalendar, from: IsoDate, to: IsoDate): number[] {
  const years: number[] = [];
  for (let y = yearOf(from); y <= yearOf(to); y++) if (calendar.yearStatus(y) !== 'official') years.push(y);
  return years;
}

function tooManyShifts(rawEnd: IsoDate): DeadlineError {
  return new DeadlineError(
    'HOLIDAY_DATA_UNAVAILABLE',
    `${rawEnd} 전후로 쉬는 날이 ${MAX_SHIFTS}일 넘게 이어집니다. 공휴일 자료를 확인하십시오.`,
  );
}
