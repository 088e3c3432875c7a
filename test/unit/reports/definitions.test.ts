import { describe, expect, it } from 'vitest';
import { closedDateOf, outcomeOf, winRateFormula, winRateOf } from '../../../shared/reports/definitions.ts';
import { subCountLine, reportTitle, koreanDate } from '../../../shared/reports/summary-table.ts';
import { resolvePeriod } from '../../../shared/reports/period.ts';

describe('closing rule', () => {
  it('takes 종결일, else the 선고일 once a result is entered', () => {
    expect(closedDateOf({ closedOn: '2025-03-01', decidedOn: '2025-02-01', result: '승소' })).toBe('2025-03-01');
    expect(closedDateOf({ closedOn: null, decidedOn: '2025-02-01', result: '승소' })).toBe('2025-02-01');
    expect(closedDateOf({ closedOn: null, decidedOn: '2025-02-01', result: null })).toBeNull();
    expect(closedDateOf({ closedOn: '2025-03-01', decidedOn: null, result: null })).toBe('2025-03-01');
  });
});

describe('outcome from the ward’s side', () => {
  it('reads 행정심판 with the ward as respondent', () => {
    expect(outcomeOf('administrative_appeal', '인용', 'respondent')).toBe('패소');
    expect(outcomeOf('administrative_appeal', '기각', null)).toBe('승소');
    expect(outcomeOf('administrative_appeal', '일부인용', null)).toBe('일부승소');
    expect(outcomeOf('administrative_appeal', '각하', null)).toBe('각하');
    expect(outcomeOf('administrative_appeal', '취하', null)).toBe('취하');
  });

  it('reads 인용/기각 of a lawsuit by the ward’s side', () => {
    expect(outcomeOf('civil_suit', '인용', 'plaintiff')).toBe('승소');
    expect(outcomeOf('civil_suit', '기각', 'plaintiff')).toBe('패소');
    expect(outcomeOf('administrative_suit', '인용', 'defendant')).toBe('패소');
    expect(outcomeOf('administrative_suit', '승소', 'defendant')).toBe('승소');
    expect(outcomeOf('civil_suit', '회신', null)).toBe('기타');
    expect(outcomeOf('civil_suit', null, null)).toBe('미입력');
  });
});

describe('승소율', () => {
  const counts = { 승소: 12, 패소: 3, 일부승소: 1, 각하: 4, 취하: 2, 화해: 1, 조정: 0, 기타: 0, 미입력: 0 };
  it('divides 승소 by 승소 + 패소 + 일부승소 and shows its formula', () => {
    expect(winRateOf(counts)).toBe(0.75);
    expect(winRateFormula(counts)).toBe('승소율 = 승소 12 / (승소 12 + 패소 3 + 일부승소 1) = 75.0%');
  });
});

describe('report text', () => {
  it('writes the sub-count line, the title and the default period', () => {
    expect(
      subCountLine(122, [
        ['행정소송', 48],
        ['민사소송', 31],
        ['행정심판', 43],
        ['헌법소송', 0],
      ]),
    ).toBe('122건 — 행정소송 48, 민사소송 31, 행정심판 43');
    expect(subCountLine(0, [['조례', 0]])).toBe('0건');
    expect(koreanDate('2025-10-31')).toBe('2025. 10. 31.');
    expect(reportTitle('2025-10-31')).toBe('○○구 법무행정 주요업무 추진실적 (2025. 10. 31. 기준)');
    expect(resolvePeriod('2025-10-31')).toEqual({ from: '2025-01-01', asOf: '2025-10-31' });
    expect(resolvePeriod('2025-10-31', '2024-11-01')).toEqual({ from: '2024-11-01', asOf: '2025-10-31' });
  });
});
