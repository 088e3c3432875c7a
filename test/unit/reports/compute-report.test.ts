import { describe, expect, it } from 'vitest';
import { computeReport, litigationStandings, monthsOf } from '../../../shared/reports/compute-report.ts';
import {
  DRILL,
  kindKey,
  outcomeKey,
  personLitigationKey,
  personOpinionsKey,
} from '../../../shared/reports/drill-keys.ts';
import { CASES, INPUT, PERIOD, record } from './fixtures.ts';

// Every expected figure below was counted by hand from fixtures.ts (see the comments there).
const report = computeReport(INPUT);

describe('송무 건 in the period', () => {
  it('counts records filed by the 기준일 and not closed before `from`, each 심급 its own record', () => {
    expect(report.drill[DRILL.litigationTotal]).toEqual([1, 2, 3, 6, 7, 8, 9, 10, 12, 13, 14, 16]);
    expect(report.litigation).toMatchObject({ total: 12, open: 5, closed: 7, new: 10, carriedOver: 2 });
    expect(report.litigation.byKind).toEqual({ 행정소송: 4, 민사소송: 4, 행정심판: 3, 헌법소송: 1, 가사소송: 0 });
  });

  it('leaves out a record closed before `from`, one filed after the 기준일 and one in the 휴지통', () => {
    const counted = report.drill[DRILL.litigationTotal];
    expect(counted).not.toContain(4);
    expect(counted).not.toContain(5);
    expect(counted).not.toContain(11);
  });

  it('counts a case decided the day after the 기준일 as 진행', () => {
    expect(report.drill[DRILL.litigationOpen]).toEqual([1, 3, 13, 14, 16]);
    expect(report.drill[kindKey('행정소송', 'open')]).toEqual([1, 3, 16]);
  });

  it('takes 종결일 before 선고일, and counts both ends of the window', () => {
    expect(report.drill[DRILL.litigationClosed]).toEqual([2, 6, 7, 8, 9, 10, 12]);
    expect(report.drill[DRILL.litigationCarriedOver]).toEqual([1, 12]);
  });

  it('counts an appeal and its 1심 as two 송무 건 but one 사건 family', () => {
    const roots = new Map(litigationStandings(INPUT).map((s) => [s.id, s.rootId]));
    expect([roots.get(2), roots.get(3), roots.get(16)]).toEqual([2, 2, 2]);
    expect(report.litigation.families).toBe(10);
  });

  it('sums 소송가액 per record and per family', () => {
    expect(report.litigation.claimAmount).toEqual({ total: 25_000_000, byFamily: 15_000_000, records: 3 });
    expect(report.drill[DRILL.claimAmount]).toEqual([2, 3, 6]);
  });

  it('breaks every kind down by status, summing to the totals', () => {
    const civil = report.litigation.byKindStatus.find((r) => r.kind === '민사소송');
    expect(civil).toEqual({ kind: '민사소송', total: 4, new: 3, carriedOver: 1, open: 1, closed: 3 });
    const sum = (f: 'total' | 'open' | 'closed') => report.litigation.byKindStatus.reduce((a, r) => a + r[f], 0);
    expect([sum('total'), sum('open'), sum('closed')]).toEqual([12, 5, 7]);
  });
});

describe('results and 승소율', () => {
  it('counts results of records closed in the window, 행정심판 from the respondent ward’s side', () => {
    expect(report.results).toEqual({
      승소: 3,
      패소: 1,
      일부승소: 1,
      각하: 1,
      취하: 1,
      화해: 0,
      조정: 0,
      기타: 0,
      미입력: 0,
    });
    expect(report.drill[outcomeKey('승소')]).toEqual([2, 9, 12]); // 9: 행정심판 기각
    expect(report.drill[outcomeKey('패소')]).toEqual([8]); // 행정심판 인용
    expect(report.drill[outcomeKey('일부승소')]).toEqual([10]); // 행정심판 일부인용
  });

  it('leaves 취하 and 각하 out of the denominator', () => {
    expect(report.winRate).toBe(0.6);
    expect(report.winRateFormula).toBe('승소율 = 승소 3 / (승소 3 + 패소 1 + 일부승소 1) = 60.0%');
    expect(report.drill[DRILL.winRate]).toEqual([2, 8, 9, 10, 12]);
  });

  it('gives no 승소율 when nothing was decided on the merits', () => {
    const onlyWithdrawn = computeReport({
      period: PERIOD,
      cases: [record({ id: 1, kind: 'civil_suit', filedOn: '2025-02-01', result: '취하', closedOn: '2025-03-01' })],
    });
    expect(onlyWithdrawn.winRate).toBeNull();
    expect(onlyWithdrawn.winRateFormula).toBe('승소율 = 산정 불가 (승소·패소·일부승소 0건)');
    expect(computeReport({ period: PERIOD, cases: [] }).winRate).toBeNull();
  });
});

describe('법률자문', () => {
  it('counts by 요청일 in the period, by type, and averages the days to reply known on the 기준일', () => {
    expect(report.drill[DRILL.opinionsTotal]).toEqual([20, 21, 23, 25]);
    expect(report.opinions).toEqual({
      total: 4,
      external: 1,
      internal: 2,
      unspecified: 1,
      replied: 2,
      pending: 2,
      averageReplyDays: 5,
      averageReplyDaysExternal: 7,
      averageReplyDaysInternal: 3,
    });
  });
});

describe('고문변호사 · 소송대리인', () => {
  it('counts each lawyer’s counted 송무 건 and 자문, ignoring 소송수행자 and uncounted records', () => {
    expect(report.people).toEqual([
      { personId: 100, name: '김변호', organization: '법무법인 한결', litigation: 2, opinions: 1 },
    ]);
    expect(report.drill[personLitigationKey(100)]).toEqual([2, 3]);
    expect(report.drill[personOpinionsKey(100)]).toEqual([20]);
  });
});

describe('자치법규 and 교육', () => {
  it('counts revisions by 공포일 with the average 입법예고 → 공포 days', () => {
    expect(report.legislation).toEqual({
      total: 3,
      byType: { 조례: 2, 규칙: 1, 훈령: 0, 예규: 0 },
      byKind: { 제정: 1, 일부개정: 1, 전부개정: 1, 폐지: 0, 타법개정: 0 },
      averageNoticeDays: 30,
      withNotice: 2,
    });
    expect(report.drill[DRILL.legislationTotal]).toEqual([1, 2, 5]);
  });

  it('counts education sessions held in the period with their attendance', () => {
    expect(report.education).toEqual({ sessions: 2, attendees: 117 });
    expect(report.drill[DRILL.educationTotal]).toEqual([1, 3]);
  });
});

describe('monthly series and warnings', () => {
  it('lists every month of the period with new filings and closings', () => {
    expect(monthsOf({ from: '2024-11-15', asOf: '2025-02-01' })).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(report.monthly.map((m) => [m.month, m.new, m.closed])).toEqual([
      ['2025-01', 2, 1],
      ['2025-02', 1, 0],
      ['2025-03', 2, 0],
      ['2025-04', 2, 1],
      ['2025-05', 1, 1],
      ['2025-06', 1, 2],
      ['2025-07', 0, 1],
      ['2025-08', 0, 0],
      ['2025-09', 0, 0],
      ['2025-10', 1, 1],
    ]);
  });

  it('names the records the rules cannot place', () => {
    expect(report.warnings.map((w) => [w.key, w.count])).toEqual([
      ['warnings.missingFiledOn', 1],
      ['warnings.resultWithoutDate', 1],
    ]);
    expect(report.drill['warnings.missingFiledOn']).toEqual([15]);
    expect(report.drill['warnings.resultWithoutDate']).toEqual([14]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => computeReport({ period: { from: '2025-11-01', asOf: '2025-10-31' }, cases: CASES })).toThrow(
      RangeError,
    );
  });

  it('survives a cyclic 원심 chain', () => {
    const cyclic = computeReport({
      period: PERIOD,
      cases: [
        record({ id: 1, kind: 'civil_suit', parentCaseId: 2, filedOn: '2025-02-01' }),
        record({ id: 2, kind: 'civil_suit', parentCaseId: 1, filedOn: '2025-03-01' }),
      ],
    });
    expect(cyclic.litigation.total).toBe(2);
    expect(cyclic.litigation.families).toBeLessThanOrEqual(2);
  });
});
