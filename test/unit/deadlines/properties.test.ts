import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  computeDeadline,
  daysInMonth,
  dayNumberToIso,
  defaultHolidayCalendar,
  isoToDayNumber,
  parseIsoDate,
  type PeriodUnit,
} from '../../../shared/deadlines/index.ts';

const calendar = defaultHolidayCalendar();

/** Dates whose deadlines stay inside 2014–2050, where the calendar has official or provisional data. */
const dateIn = (from: string, to: string) =>
  fc.integer({ min: isoToDayNumber(from), max: isoToDayNumber(to) }).map(dayNumberToIso);
const anyDate = dateIn('2015-01-01', '2039-12-31');
const officialDate = dateIn('2018-01-01', '2027-06-30');
const period = fc
  .record({
    amount: fc.integer({ min: 1, max: 120 }),
    unit: fc.constantFrom<PeriodUnit>('d', 'w', 'm', 'y'),
  })
  .map((p) => `${p.unit === 'y' ? Math.min(p.amount, 5) : p.amount}${p.unit}`);
const options = fc
  .record({ electronicNotice: fc.boolean(), startsAtMidnight: fc.boolean() })
  .map((o) => (o.electronicNotice ? { electronicNotice: true } : { startsAtMidnight: o.startsAtMidnight }));

describe('properties', () => {
  it('due ≥ rawEnd, and due is never a Saturday, Sunday or holiday (forward)', () => {
    fc.assert(
      fc.property(anyDate, period, options, (trigger, p, o) => {
        const r = computeDeadline(trigger, p, calendar, o);
        expect(r.due >= r.rawEnd).toBe(true);
        expect(calendar.dayOff(r.due)).toBeNull();
        // Every day skipped was a day off, and the chain of shifts is contiguous.
        let cursor = r.rawEnd;
        for (const s of r.shifts) {
          expect(s.from).toBe(cursor);
          expect(calendar.dayOff(s.from)).not.toBeNull();
          expect(s.to).toBe(addDays(s.from, 1));
          cursor = s.to;
        }
        expect(cursor).toBe(r.due);
      }),
      { numRuns: 500 },
    );
  });

  it('backward: due ≤ rawEnd, never a day off, never on or after the hearing', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 60 }), (hearing, n) => {
        const r = computeDeadline(hearing, `${n}d`, calendar, { backward: true });
        expect(r.rawEnd).toBe(addDays(hearing, -n));
        expect(r.due <= r.rawEnd).toBe(true);
        expect(calendar.dayOff(r.due)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('rawEnd for Nd is exactly trigger + N days (and + N−1 from 0시)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 3660 }), (trigger, n) => {
        fc.pre(isoToDayNumber(trigger) + n <= isoToDayNumber('2050-12-31'));
        expect(computeDeadline(trigger, `${n}d`, calendar).rawEnd).toBe(addDays(trigger, n));
        expect(computeDeadline(trigger, `${n}d`, calendar, { startsAtMidnight: true }).rawEnd).toBe(
          addDays(trigger, n - 1),
        );
      }),
    );
  });

  it('weeks are 7-day multiples and 전자송달 adds exactly one week', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 52 }), (trigger, n) => {
        expect(computeDeadline(trigger, `${n}w`, calendar).rawEnd).toBe(addDays(trigger, 7 * n));
        const e = computeDeadline(trigger, `${n}w`, calendar, { electronicNotice: true });
        expect(e.deemedService).toBe(addDays(trigger, 7));
        expect(e.rawEnd).toBe(addDays(trigger, 7 + 7 * n));
      }),
    );
  });

  it('month arithmetic is monotonic: a later trigger never gives an earlier end', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 24 }), (t1, gap, months) => {
        const t2 = addDays(t1, gap);
        const a = computeDeadline(t1, `${months}m`, calendar);
        const b = computeDeadline(t2, `${months}m`, calendar);
        expect(a.rawEnd <= b.rawEnd).toBe(true);
        expect(a.due <= b.due).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('months per §160 equal the practitioners’ shortcut counted from the trigger', () => {
    // Independent formulation: a trigger on the last day of a month ends on the last day of the target month
    // (the period then starts on the 1st, §160① whole calendar months: 02-28 + 1개월 → 03-31); any other trigger
    // ends on its own day number in the target month, or that month's last day when it has no such day (§160③).
    // The engine instead follows the statute's wording from the first counted day; both must agree.
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 36 }), (trigger, months) => {
        const t = parseIsoDate(trigger);
        const index = t.y * 12 + (t.m - 1) + months;
        const y = Math.floor(index / 12);
        const m = (index % 12) + 1;
        const lastDay = daysInMonth(y, m);
        const day = t.d === daysInMonth(t.y, t.m) ? lastDay : Math.min(t.d, lastDay);
        const expected = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(computeDeadline(trigger, `${months}m`, calendar).rawEnd).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('official years are never flagged provisional when the whole span is official', () => {
    fc.assert(
      fc.property(officialDate, fc.integer({ min: 1, max: 90 }), (trigger, n) => {
        const r = computeDeadline(trigger, `${n}d`, calendar);
        expect(r.provisional).toBe(r.due.slice(0, 4) >= '2028');
      }),
    );
  });

  it('results are plain JSON', () => {
    fc.assert(
      fc.property(anyDate, period, (trigger, p) => {
        const r = computeDeadline(trigger, p, calendar);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });
});
