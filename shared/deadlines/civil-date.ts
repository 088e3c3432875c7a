// Civil (calendar) dates without time or time zone.
//
// Why no `Date` and no library: a deadline is a calendar day in Korea, not an instant. `new Date('2024-09-13')`
// is UTC midnight and `new Date(2024, 8, 13)` is local midnight; mixing the two moves a date by one day on machines
// outside KST, and DST rules differ by zone. Everything here is integer arithmetic on a proleptic Gregorian day
// number (days since 1970-01-01), which is exact, timezone-free and small enough to read and test in full.
// Date libraries (date-fns, Temporal polyfills) would add a dependency for the ~60 lines below.

import { DeadlineError } from './errors.ts';

/** An ISO calendar date `YYYY-MM-DD`. Always validated on the way in (see parseIsoDate). */
export type IsoDate = string;

export interface CivilDate {
  readonly y: number;
  /** 1–12 */
  readonly m: number;
  /** 1–31 */
  readonly d: number;
}

/** Years this engine accepts at all; holiday data narrows this further. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidCivilDate(c: CivilDate): boolean {
  return (
    Number.isInteger(c.y) &&
    Number.isInteger(c.m) &&
    Number.isInteger(c.d) &&
    c.y >= MIN_YEAR &&
    c.y <= MAX_YEAR &&
    c.m >= 1 &&
    c.m <= 12 &&
    c.d >= 1 &&
    c.d <= daysInMonth(c.y, c.m)
  );
}

export function isIsoDate(s: string): boolean {
  const match = ISO_RE.exec(s);
  if (!match) return false;
  return isValidCivilDate({ y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) });
}

/** Parses a strict `YYYY-MM-DD` that names a real day; throws DeadlineError('INVALID_DATE') otherwise. */
export function parseIsoDate(s: string, what = '날짜'): CivilDate {
  const match = ISO_RE.exec(s);
  const c = match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
  if (!c || !isValidCivilDate(c)) {
    throw new DeadlineError(
      'INVALID_DATE',
      `${what} "${s}"이(가) 올바르지 않습니다. 실제로 있는 날짜를 YYYY-MM-DD 형식으로 입력하세요 (예: 2024-09-13).`,
    );
  }
  return c;
}

export function formatIsoDate(c: CivilDate): IsoDate {
  return `${String(c.y).padStart(4, '0')}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil; exact for the proleptic Gregorian calendar). */
export function toDayNumber(c: CivilDate): number {
  const y = c.m <= 2 ? c.y - 1 : c.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (c.m + 9) % 12; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + c.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of toDayNumber (civil_from_days). */
export function fromDayNumber(n: number): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isoToDayNumber(s: IsoDate): number {
  return toDayNumber(parseIsoDate(s));
}

export function dayNumberToIso(n: number): IsoDate {
  return formatIsoDate(fromDayNumber(n));
}

export function addDays(s: IsoDate, days: number): IsoDate {
  return dayNumberToIso(isoToDayNumber(s) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoToDayNumber(b) - isoToDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(s: IsoDate): number {
  return (((isoToDayNumber(s) + 4) % 7) + 7) % 7;
}

const WEEKDAY_KO = ['일', '월', '화', '수', '목', '금', '토'] as const;

/** One-letter Korean weekday: 월, 화, … */
export function weekdayKo(s: IsoDate): string {
  return WEEKDAY_KO[weekdayOf(s)] ?? '';
}

/** `2024-09-13(금)` — the form used in explanations. */
export function isoWithWeekday(s: IsoDate): string {
  return `${s}(${weekdayKo(s)})`;
}

/**
 * Adds (or with a negative count subtracts) whole calendar months and returns the date with the same day number,
 * or `null` when that month has no such day (e.g. 31 Jan + 1 month). Callers decide what a missing day means:
 * 민법 §160③ says a forward period then ends on the last day of that month.
 */
export function addMonthsExact(c: CivilDate, months: number): CivilDate | null {
  const index = c.y * 12 + (c.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return c.d <= daysInMonth(y, m) ? { y, m, d: c.d } : null;
}

/** The month reached by adding `months` to c's month, as {y, m}. */
export function shiftMonth(c: CivilDate, months: number): { y: number; m: number } {
  const index = c.y * 12 + (c.m - 1) + months;
  const y = Math.floor(index / 12);
  return { y, m: index - y * 12 + 1 };
}

export function yearOf(s: IsoDate): number {
  return Number(s.slice(0, 4));
}
