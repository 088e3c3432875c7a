// Provisional (미확정) holidays for a year with no official data, computed from 「관공서의 공휴일에 관한 규정」.
//
// What is computed:
// - fixed-date holidays (§2): 1월 1일, 3ㆍ1절, 어린이날, 현충일, 광복절, 개천절, 한글날, 기독탄신일, and from 2026
//   노동절 and 제헌절 (both appear in the official 2026–2027 data, with 대체공휴일 in 2027);
// - lunar holidays via korean-lunar-calendar (KASI tables, 1000–2050): 설날 전날·설날·설날 다음 날 (음력 12월 말일,
//   1월 1일, 1월 2일), 부처님 오신 날 (음력 4월 8일), 추석 전날·추석·추석 다음 날 (음력 8월 14–16일);
// - 대체공휴일 (§3), with the dates each category was introduced:
//     설·추석 연휴 (2014~): a day of the run falls on Sunday or on another holiday;
//     어린이날 (2014~), 3ㆍ1절·광복절·개천절·한글날 (2021-08-04~), 부처님 오신 날·기독탄신일 (2023-05-04~),
//     노동절·제헌절 (2026~): the day falls on Saturday, Sunday or another holiday;
//     never for 1월 1일 and 현충일.
//   The substitute is "그 날 다음의 첫 번째 비공휴일": the next day that is neither Sunday, nor a holiday, nor
//   already a substitute. One day lost gives one substitute: on 2025-05-05 (어린이날 = 부처님 오신 날, Monday)
//   the official list has a single 대체공휴일 on 05-06, so a day carries (holidays on it + Sunday/Saturday-loss − 1)
//   substitutes, at most one per eligible holiday on it.
//   Read literally, Saturday is a 비공휴일, so a substitute could fall on a Saturday. That never happened in
//   2014–2027 and cannot for a holiday on Saturday/Sunday; it would only make a deadline earlier (safe side).
//
// What is NOT computed: election days and 임시공휴일. They cannot be predicted; leaving one out can only make a
// deadline earlier than the true one (file a day early), while inventing one could make it later (miss it).
// The year is flagged provisional either way, and users can add such days as 'user' entries.
//
// The algorithm reproduces every official year 2018–2027 except those unpredictable days (see the unit test).

import KoreanLunarCalendar from 'korean-lunar-calendar';
import { addDays, formatIsoDate, weekdayOf, type IsoDate } from './civil-date.ts';
import type { HolidayEntry } from './holidays.ts';

/** 대체공휴일 start with the 2013-11-05 amendment (first applied 2014); older years followed other rules. */
export const PROVISIONAL_FIRST_YEAR = 2014;
/** The lunar table of korean-lunar-calendar ends in 2050. */
export const PROVISIONAL_LAST_YEAR = 2050;

interface FixedHoliday {
  readonly monthDay: string;
  readonly name: string;
  readonly firstYear?: number;
  /** From this date a Saturday/Sunday/overlap gives a 대체공휴일; absent = never. */
  readonly substituteFrom?: IsoDate;
}

const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { monthDay: '01-01', name: '1월 1일' },
  { monthDay: '03-01', name: '3ㆍ1절', substituteFrom: '2021-08-04' },
  { monthDay: '05-01', name: '노동절', firstYear: 2026, substituteFrom: '2026-01-01' },
  { monthDay: '05-05', name: '어린이날', substituteFrom: '2014-01-01' },
  { monthDay: '06-06', name: '현충일' },
  { monthDay: '07-17', name: '제헌절', firstYear: 2026, substituteFrom: '2026-01-01' },
  { monthDay: '08-15', name: '광복절', substituteFrom: '2021-08-04' },
  { monthDay: '10-03', name: '개천절', substituteFrom: '2021-08-04' },
  { monthDay: '10-09', name: '한글날', substituteFrom: '2021-08-04' },
  { monthDay: '12-25', name: '기독탄신일', substituteFrom: '2023-05-04' },
];

const BUDDHA_SUBSTITUTE_FROM: IsoDate = '2023-05-04';
const RUN_SUBSTITUTE_FROM: IsoDate = '2014-01-01';

/** Substitute rule of one holiday occurrence. */
type SubstituteRule = 'none' | 'sunday-or-overlap' | 'weekend-or-overlap';

interface BaseHoliday {
  readonly date: IsoDate;
  readonly name: string;
  /** Name used in `대체공휴일(…)`. */
  readonly substituteName: string;
  readonly rule: SubstituteRule;
}

function lunarToSolar(year: number, month: number, day: number): IsoDate | null {
  const calendar = new KoreanLunarCalendar();
  if (!calendar.setLunarDate(year, month, day, false)) return null;
  const solar = calendar.getSolarCalendar();
  return formatIsoDate({ y: solar.year, m: solar.month, d: solar.day });
}

function baseHolidays(year: number): BaseHoliday[] | null {
  const seollal = lunarToSolar(year, 1, 1);
  const buddha = lunarToSolar(year, 4, 8);
  const chuseok = lunarToSolar(year, 8, 15);
  if (!seollal || !buddha || !chuseok) return null;

  const list: BaseHoliday[] = [];
  for (const f of FIXED_HOLIDAYS) {
    if (f.firstYear !== undefined && year < f.firstYear) continue;
    const date = `${year}-${f.monthDay}`;
    const rule = f.substituteFrom !== undefined && date >= f.substituteFrom ? 'weekend-or-overlap' : 'none';
    list.push({ date, name: f.name, substituteName: f.name, rule });
  }
  const runRule = seollal >= RUN_SUBSTITUTE_FROM ? 'sunday-or-overlap' : 'none';
  list.push(
    { date: addDays(seollal, -1), name: '설날 전날', substituteName: '설날', rule: runRule },
    { date: seollal, name: '설날', substituteName: '설날', rule: runRule },
    { date: addDays(seollal, 1), name: '설날 다음 날', substituteName: '설날', rule: runRule },
    {
      date: buddha,
      name: '부처님 오신 날',
      substituteName: '부처님 오신 날',
      rule: buddha >= BUDDHA_SUBSTITUTE_FROM ? 'weekend-or-overlap' : 'none',
    },
    { date: addDays(chuseok, -1), name: '추석 전날', substituteName: '추석', rule: runRule },
    { date: chuseok, name: '추석', substituteName: '추석', rule: runRule },
    { date: addDays(chuseok, 1), name: '추석 다음 날', substituteName: '추석', rule: runRule },
  );
  return list;
}

/**
 * Provisional holidays of `year` (source 'provisional'), or null outside 2014–2050 where the rules or the lunar
 * table are not available. Sundays are not listed: the calendar treats every Sunday as a 공휴일 by itself.
 */
export function computeProvisionalHolidays(year: number): HolidayEntry[] | null {
  if (!Number.isInteger(year) || year < PROVISIONAL_FIRST_YEAR || year > PROVISIONAL_LAST_YEAR) return null;
  const base = baseHolidays(year);
  if (!base) return null;

  const byDate = new Map<IsoDate, BaseHoliday[]>();
  for (const h of base) byDate.set(h.date, [...(byDate.get(h.date) ?? []), h]);

  const substitutes = new Map<IsoDate, string>();
  const isOff = (date: IsoDate) => weekdayOf(date) === 0 || byDate.has(date) || substitutes.has(date);

  for (const date of [...byDate.keys()].sort()) {
    const here = byDate.get(date) ?? [];
    const weekday = weekdayOf(date);
    const claimants = here.filter(
      (h) => h.rule === 'weekend-or-overlap' || (h.rule === 'sunday-or-overlap' && (weekday === 0 || here.length > 1)),
    );
    // Holiday "units" that fall on this one day, minus the one day it can absorb. A Saturday absorbs nothing for
    // holidays whose rule covers Saturday.
    const saturdayLoss = weekday === 6 && here.some((h) => h.rule === 'weekend-or-overlap') ? 1 : 0;
    const lost = here.length + (weekday === 0 ? 1 : 0) + saturdayLoss - 1;
    const count = Math.min(lost, claimants.length);
    for (let i = 0; i < count; i++) {
      // Prefer naming the substitute after the last eligible holiday listed (the official 2025-05-06 is
      // "대체공휴일(부처님 오신 날)" for 어린이날 = 부처님 오신 날).
      const claimant = claimants[claimants.length - 1 - i];
      let candidate = addDays(date, 1);
      while (isOff(candidate)) candidate = addDays(candidate, 1);
      substitutes.set(candidate, `대체공휴일(${claimant?.substituteName ?? ''})`);
    }
  }

  const entries: HolidayEntry[] = [
    ...base.map((h) => ({ date: h.date, name: h.name, source: 'provisional' as const })),
    ...[...substitutes.entries()].map(([date, name]) => ({ date, name, source: 'provisional' as const })),
  ];
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
