import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsExact,
  daysBetween,
  dayNumberToIso,
  formatPeriod,
  isIsoDate,
  isoToDayNumber,
  parseIsoDate,
  parsePeriod,
  weekdayKo,
  weekdayOf,
} from '../../../shared/deadlines/index.ts';

describe('civil dates', () => {
  it('knows fixed points and weekdays', () => {
    expect(isoToDayNumber('1970-01-01')).toBe(0);
    expect(isoToDayNumber('2000-03-01')).toBe(11017);
    expect(weekdayOf('2024-09-13')).toBe(5);
    expect(weekdayKo('2024-09-13')).toBe('금');
    expect(weekdayKo('2028-01-01')).toBe('토');
  });

  it('validates real days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-09-13T00:00')).toBe(false);
    expect(() => parseIsoDate('2024-02-30')).toThrow(/올바르지 않습니다/);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('adds months exactly or reports the missing day', () => {
    expect(addMonthsExact({ y: 2024, m: 1, d: 31 }, 1)).toBeNull();
    expect(addMonthsExact({ y: 2024, m: 1, d: 29 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addMonthsExact({ y: 2024, m: 11, d: 15 }, 3)).toEqual({ y: 2025, m: 2, d: 15 });
    expect(addMonthsExact({ y: 2024, m: 3, d: 15 }, -3)).toEqual({ y: 2023, m: 12, d: 15 });
  });

  it('day numbers round-trip (agreeing with UTC Date arithmetic, used here only as an oracle)', () => {
    fc.assert(
      fc.property(fc.integer({ min: isoToDayNumber('1900-01-01'), max: isoToDayNumber('2200-12-31') }), (n) => {
        const iso = dayNumberToIso(n);
        expect(isoToDayNumber(iso)).toBe(n);
        expect(new Date(n * 86_400_000).toISOString().slice(0, 10)).toBe(iso);
        expect(weekdayOf(iso)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });
});

describe('periods', () => {
  it('reads the forms users type', () => {
    expect(parsePeriod('14d')).toEqual({ amount: 14, unit: 'd' });
    expect(parsePeriod('2w')).toEqual({ amount: 2, unit: 'w' });
    expect(parsePeriod('1m')).toEqual({ amount: 1, unit: 'm' });
    expect(parsePeriod('90d')).toEqual({ amount: 90, unit: 'd' });
    expect(parsePeriod('1y')).toEqual({ amount: 1, unit: 'y' });
    expect(parsePeriod('2W')).toEqual({ amount: 2, unit: 'w' });
    expect(parsePeriod('30일')).toEqual({ amount: 30, unit: 'd' });
    expect(parsePeriod('2주')).toEqual({ amount: 2, unit: 'w' });
    expect(parsePeriod('1개월')).toEqual({ amount: 1, unit: 'm' });
    expect(parsePeriod('1년')).toEqual({ amount: 1, unit: 'y' });
    expect(formatPeriod(parsePeriod('40일'))).toBe('40d');
  });

  it('rejects anything else with a Korean message', () => {
    for (const bad of ['3x', '0d', '014d', '1.5m', '-2w', 'w', '', '20y', '99999d']) {
      expect(() => parsePeriod(bad), bad).toThrow(/이해할 수 없습니다.*14d, 2w, 1m/);
    }
  });
});
