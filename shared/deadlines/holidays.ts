// The holiday calendar: which days are Saturdays, 공휴일 or 임시공휴일, and how sure we are about it.
//
// Holidays are data, not code (cases.md §2). A calendar is built from a flat list of entries so the main process
// can load it from the database: the bundled official table (holiday-data.ts), 임시공휴일 added by users, and —
// for a year with no official entry at all — provisional entries computed from the lunar calendar
// (provisional-holidays.ts). Every answer says whether it rests on provisional data, so a deadline computed
// through such a year can be flagged 미확정 instead of being silently trusted.

import { parseIsoDate, weekdayOf, yearOf, type IsoDate } from './civil-date.ts';
import { DeadlineError } from './errors.ts';
import { computeProvisionalHolidays } from './provisional-holidays.ts';

/**
 * official    — from the government's list (bundled table, or confirmed rows stored by the app).
 * user        — added by a user, e.g. an 임시공휴일 declared after the bundled data was generated.
 * provisional — computed by rule for a year without official data; to be confirmed (미확정).
 */
export type HolidaySource = 'official' | 'user' | 'provisional';

export interface HolidayEntry {
  readonly date: IsoDate;
  readonly name: string;
  readonly source: HolidaySource;
}

/** The bundled, dated and versioned table (see scripts/gen-holidays.ts). */
export interface OfficialHolidayTable {
  readonly source: string;
  readonly version: string;
  readonly generatedOn: IsoDate;
  /** Years the table covers completely. */
  readonly years: readonly number[];
  readonly holidays: readonly { readonly date: IsoDate; readonly name: string }[];
}

/**
 * official    — the year has official entries: its holidays are known.
 * provisional — no official entry; holidays were computed by rule (or supplied as 'provisional' rows).
 * unavailable — neither: any question about that year's days is refused.
 */
export type YearStatus = 'official' | 'provisional' | 'unavailable';

/** A day on which a period cannot end (민법 §161: 토요일 또는 공휴일; Sunday is a 공휴일). */
export interface DayOff {
  readonly date: IsoDate;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
  readonly holidays: readonly HolidayEntry[];
  /** True when the day is off only because of a provisional entry. */
  readonly provisional: boolean;
  /** Korean, e.g. `2024-10-03 개천절`, `2024-09-28 토요일`, `2024-02-10 설날(토요일)`. */
  readonly reason: string;
}

export interface HolidayCalendar {
  /** Years with official data, ascending. */
  readonly officialYears: readonly number[];
  yearStatus(year: number): YearStatus;
  /** All entries in effect for the year (official + user, or provisional + user). Throws when unavailable. */
  holidaysInYear(year: number): readonly HolidayEntry[];
  /** Entries in effect on a date. Throws DeadlineError('HOLIDAY_DATA_UNAVAILABLE') for an unavailable year. */
  holidaysOn(date: IsoDate): readonly HolidayEntry[];
  /** Saturday, Sunday or a holiday → why; a working day → null. */
  dayOff(date: IsoDate): DayOff | null;
}

/** Computes provisional entries for a year without official data, or null when it cannot. */
export type ProvisionalHolidayGenerator = (year: number) => readonly HolidayEntry[] | null;

export interface HolidayCalendarOptions {
  /** Defaults to the lunar-calendar based computation of 「관공서의 공휴일에 관한 규정」. */
  readonly provisional?: ProvisionalHolidayGenerator;
}

/** Turns the bundled table into calendar entries with source 'official'. */
export function officialEntries(table: OfficialHolidayTable): HolidayEntry[] {
  return table.holidays.map((h) => ({ date: h.date, name: h.name, source: 'official' as const }));
}

/**
 * Builds a calendar from entries (any order, any mix of sources).
 *
 * Precedence per year: if the year has at least one 'official' entry, its official and user entries are used and
 * 'provisional' rows for it are ignored (they were superseded). Otherwise 'provisional' rows supplied for the year are
 * used, or — if there are none — the generator computes them. User entries always count.
 */
export function createHolidayCalendar(
  entries: readonly HolidayEntry[],
  options: HolidayCalendarOptions = {},
): HolidayCalendar {
  const generate = options.provisional ?? computeProvisionalHolidays;
  const byYear = new Map<number, HolidayEntry[]>();
  for (const entry of entries) {
    parseIsoDate(entry.date, '공휴일 날짜');
    if (entry.name.trim() === '') {
      throw new DeadlineError('INVALID_OPTIONS', `공휴일 ${entry.date}의 명칭이 비어 있습니다.`);
    }
    const year = yearOf(entry.date);
    const list = byYear.get(year) ?? [];
    list.push(entry);
    byYear.set(year, list);
  }

  const officialYears = [...byYear.entries()]
    .filter(([, list]) => list.some((e) => e.source === 'official'))
    .map(([year]) => year)
    .sort((a, b) => a - b);

  // Resolved per year on first use; the generator is pure, so caching does not change any answer.
  const resolved = new Map<number, { status: YearStatus; byDate: Map<IsoDate, HolidayEntry[]>; all: HolidayEntry[] }>();

  function resolve(year: number) {
    const cached = resolved.get(year);
    if (cached) return cached;
    const given = byYear.get(year) ?? [];
    const user = given.filter((e) => e.source === 'user');
    let status: YearStatus;
    let base: readonly HolidayEntry[];
    if (given.some((e) => e.source === 'official')) {
      status = 'official';
      base = given.filter((e) => e.source === 'official');
    } else if (given.some((e) => e.source === 'provisional')) {
      status = 'provisional';
      base = given.filter((e) => e.source === 'provisional');
    } else {
      const computed = generate(year);
      status = computed ? 'provisional' : 'unavailable';
      base = computed ?? [];
    }
    const all = [...base, ...user].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const byDate = new Map<IsoDate, HolidayEntry[]>();
    for (const e of all) byDate.set(e.date, [...(byDate.get(e.date) ?? []), e]);
    const entry = { status, byDate, all };
    resolved.set(year, entry);
    return entry;
  }

  function available(year: number) {
    const r = resolve(year);
    if (r.status === 'unavailable') {
      throw new DeadlineError(
        'HOLIDAY_DATA_UNAVAILABLE',
        `${year}년의 공휴일 자료가 없어 기한을 계산할 수 없습니다. 공식 공휴일 자료를 추가하거나 직접 계산하십시오.`,
      );
    }
    return r;
  }

  return {
    officialYears,
    yearStatus: (year) => resolve(year).status,
    holidaysInYear: (year) => available(year).all,
    holidaysOn: (date) => {
      parseIsoDate(date);
      return available(yearOf(date)).byDate.get(date) ?? [];
    },
    dayOff: (date) => {
      parseIsoDate(date);
      const holidays = available(yearOf(date)).byDate.get(date) ?? [];
      const weekday = weekdayOf(date);
      const weekend = weekday === 6 ? '토요일' : weekday === 0 ? '일요일' : null;
      if (holidays.length === 0 && weekend === null) return null;
      const names = [...new Set(holidays.map((h) => h.name))].join('·');
      const provisional = weekend === null && holidays.every((h) => h.source === 'provisional');
      const mark = holidays.some((h) => h.source === 'provisional') ? ' (미확정)' : '';
      const what = names === '' ? (weekend ?? '') : weekend ? `${names}(${weekend})` : names;
      return { date, weekday, holidays, provisional, reason: `${date} ${what}${mark}` };
    },
  };
}
