import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../shared/reports/compute-report.ts';
import { closedDateOf, OUTCOMES } from '../../../shared/reports/definitions.ts';
import { DRILL, outcomeKey } from '../../../shared/reports/drill-keys.ts';
import type { ReportCase } from '../../../shared/reports/report-types.ts';
import { addDays } from '../../../shared/deadlines/civil-date.ts';

const BASE = '2024-06-01';
const date = fc.integer({ min: 0, max: 700 }).map((n) => addDays(BASE, n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 });

const caseArb = (id: number): fc.Arbitrary<ReportCase> =>
  fc.record({
    id: fc.constant(id),
    kind: fc.constantFrom(
      'administrative_suit',
      'civil_suit',
      'administrative_appeal',
      'constitutional_suit',
      'family_suit',
      'legal_opinion',
    ),
    parentCaseId: maybe(fc.integer({ min: 1, max: 40 })),
    wardSide: maybe(fc.constantFrom('plaintiff', 'defendant', 'respondent')),
    filedOn: maybe(date),
    result: maybe(fc.constantFrom('승소', '패소', '일부승소', '각하', '취하', '화해', '인용', '기각', '일부인용')),
    decidedOn: maybe(date),
    closedOn: maybe(date),
    claimAmount: maybe(fc.integer({ min: 0, max: 1e9 })),
    opinionType: maybe(fc.constantFrom('external', 'internal')),
    deletedAt: fc.constantFrom(null, null, null, '2025-01-01T00:00:00Z'),
  });

const casesArb = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => caseArb(i + 1))));
const periodArb = fc.tuple(date, date).map(([a, b]) => (a <= b ? { from: a, asOf: b } : { from: b, asOf: a }));

describe('report invariants over generated records', () => {
  it('total = open + closed = new + carried over = Σ byKind; results only from records closed in the window', () => {
    fc.assert(
      fc.property(casesArb, periodArb, (cases, period) => {
        const r = computeReport({ period, cases });
        const l = r.litigation;
        expect(l.open + l.closed).toBe(l.total);
        expect(l.new + l.carriedOver).toBe(l.total);
        expect(Object.values(l.byKind).reduce((a, b) => a + b, 0)).toBe(l.total);
        expect(l.families).toBeLessThanOrEqual(l.total);
        expect(OUTCOMES.reduce((a, o) => a + r.results[o], 0)).toBe(l.closed);
        const byId = new Map(cases.map((c) => [c.id, c]));
        for (const o of OUTCOMES) {
          const ids = r.drill[outcomeKey(o)] ?? [];
          expect(ids).toHaveLength(r.results[o]);
          for (const id of ids) {
            const c = byId.get(id);
            const closed = c ? closedDateOf(c) : null;
            expect(c?.deletedAt).toBeNull();
            expect(closed !== null && closed >= period.from && closed <= period.asOf).toBe(true);
          }
        }
        for (const id of r.drill[DRILL.litigationTotal] ?? []) {
          const c = byId.get(id);
          expect(c?.filedOn != null && c.filedOn <= period.asOf && c.deletedAt === null).toBe(true);
        }
        if (r.winRate !== null) expect(r.winRate).toBeGreaterThanOrEqual(0);
        expect(r.opinions.external + r.opinions.internal + r.opinions.unspecified).toBe(r.opinions.total);
        expect(r.opinions.replied + r.opinions.pending).toBe(r.opinions.total);
      }),
      { numRuns: 300 },
    );
  });
});
