import { describe, expect, it } from 'vitest';
import {
  computeDeadline,
  computeProvisionalHolidays,
  createHolidayCalendar,
  defaultHolidayCalendar,
  OFFICIAL_HOLIDAY_TABLE,
  officialEntries,
  type HolidayEntry,
} from '../../../shared/deadlines/index.ts';

describe('bundled official table', () => {
  it('covers 2018–2027 from @hyunbinseo/holidays-kr, dated and versioned', () => {
    expect(OFFICIAL_HOLIDAY_TABLE.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(OFFICIAL_HOLIDAY_TABLE.source).toBe('@hyunbinseo/holidays-kr');
    expect(OFFICIAL_HOLIDAY_TABLE.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(OFFICIAL_HOLIDAY_TABLE.generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const h of OFFICIAL_HOLIDAY_TABLE.holidays)
      expect(OFFICIAL_HOLIDAY_TABLE.years).toContain(Number(h.date.slice(0, 4)));
  });

  it('contains the days the worked examples rely on', () => {
    const calendar = defaultHolidayCalendar();
    expect(calendar.holidaysOn('2024-09-17').map((h) => h.name)).toEqual(['추석']);
    expect(calendar.holidaysOn('2024-10-01').map((h) => h.name)).toEqual(['임시공휴일']);
    expect(calendar.holidaysOn('2025-05-05').map((h) => h.name)).toEqual(['어린이날', '부처님 오신 날']);
    expect(calendar.holidaysOn('2026-07-17').map((h) => h.name)).toEqual(['제헌절']);
    expect(calendar.dayOff('2024-09-13')).toBeNull();
    expect(calendar.dayOff('2024-09-14')?.reason).toBe('2024-09-14 토요일');
    expect(calendar.dayOff('2024-02-10')?.reason).toBe('2024-02-10 설날(토요일)');
  });
});

describe('provisional holidays (lunar calendar + 대체공휴일 rules)', () => {
  it('reproduces every official year except election days and 임시공휴일', () => {
    for (const year of OFFICIAL_HOLIDAY_TABLE.years) {
      const official = OFFICIAL_HOLIDAY_TABLE.holidays
        .filter((h) => h.date.startsWith(`${year}-`) && !/선거|임시공휴일/.test(h.name))
        .map((h) => `${h.date} ${h.name}`);
      const computed = (computeProvisionalHolidays(year) ?? []).map((h) => `${h.date} ${h.name}`);
      expect(computed, String(year)).toEqual(official);
    }
  });

  it('reproduces known substitute days before the table (2014–2017)', () => {
    const subs = (y: number) =>
      (computeProvisionalHolidays(y) ?? []).filter((h) => h.name.startsWith('대체')).map((h) => h.date);
    expect(subs(2014)).toEqual(['2014-09-10']);
    expect(subs(2015)).toEqual(['2015-09-29']);
    expect(subs(2016)).toEqual(['2016-02-10']);
    expect(subs(2017)).toEqual(['2017-01-30', '2017-10-06']);
  });

  it('computes 2028 (first year after the data) and refuses outside 2014–2050', () => {
    const y2028 = computeProvisionalHolidays(2028) ?? [];
    const names = (d: string) => y2028.filter((h) => h.date === d).map((h) => h.name);
    expect(names('2028-01-27')).toEqual(['설날']);
    expect(names('2028-05-02')).toEqual(['부처님 오신 날']);
    expect(names('2028-10-03')).toEqual(['개천절', '추석']);
    expect(names('2028-10-05')).toEqual(['대체공휴일(추석)']);
    expect(names('2028-05-01')).toEqual(['노동절']);
    expect(y2028.every((h) => h.source === 'provisional')).toBe(true);
    expect(computeProvisionalHolidays(2013)).toBeNull();
    expect(computeProvisionalHolidays(2051)).toBeNull();
  });
});

describe('HolidayCalendar built from entries', () => {
  const official = officialEntries(OFFICIAL_HOLIDAY_TABLE);

  it('reports year status', () => {
    const calendar = createHolidayCalendar(official);
    expect(calendar.officialYears).toEqual(OFFICIAL_HOLIDAY_TABLE.years);
    expect(calendar.yearStatus(2024)).toBe('official');
    expect(calendar.yearStatus(2028)).toBe('provisional');
    expect(calendar.yearStatus(2051)).toBe('unavailable');
    expect(() => calendar.holidaysOn('2051-01-01')).toThrow(/2051년의 공휴일 자료가 없어/);
  });

  it('a user-added 임시공휴일 moves a deadline (and is not provisional)', () => {
    // 2025-09-19 + 14일 ends after the October run on Fri 10-10; if 10-10 were declared a holiday, Mon 10-13.
    const user: HolidayEntry = { date: '2025-10-10', name: '임시공휴일', source: 'user' };
    const r = computeDeadline('2025-09-19', '14d', createHolidayCalendar([...official, user]));
    expect(r.due).toBe('2025-10-13');
    expect(r.provisional).toBe(false);
    expect(r.shifts.at(-3)?.reason).toBe('2025-10-10 임시공휴일');
  });

  it('official rows win over stale provisional rows; supplied provisional rows replace computation', () => {
    const stale: HolidayEntry = { date: '2024-09-13', name: '잘못된 추정', source: 'provisional' };
    expect(createHolidayCalendar([...official, stale]).dayOff('2024-09-13')).toBeNull();

    const stored: HolidayEntry = { date: '2028-03-02', name: '추정 휴일', source: 'provisional' };
    const calendar = createHolidayCalendar([...official, stored]);
    expect(calendar.yearStatus(2028)).toBe('provisional');
    expect(calendar.holidaysInYear(2028).map((h) => h.date)).toEqual(['2028-03-02']);
  });

  it('a year becomes official once any official row is stored for it', () => {
    const confirmed: HolidayEntry = { date: '2028-01-01', name: '1월 1일', source: 'official' };
    const calendar = createHolidayCalendar([...official, confirmed]);
    expect(calendar.yearStatus(2028)).toBe('official');
    expect(computeDeadline('2027-12-20', '14d', calendar).provisional).toBe(false);
  });

  it('rejects malformed entries', () => {
    expect(() => createHolidayCalendar([{ date: '2024-02-30', name: 'x', source: 'user' }])).toThrow(
      /올바르지 않습니다/,
    );
    expect(() => createHolidayCalendar([{ date: '2024-02-01', name: ' ', source: 'user' }])).toThrow(/명칭/);
  });
});
