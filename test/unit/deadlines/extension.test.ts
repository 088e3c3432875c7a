import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkOrderedExtension,
  computeDeadline,
  computeRuleDeadline,
  dayNumberToIso,
  defaultHolidayCalendar,
  findRule,
  isoToDayNumber,
} from '../../../shared/deadlines/index.ts';

// Worked by hand from 민법 §157, §160, §161 and the 2025 official holidays.
const calendar = defaultHolidayCalendar();
const appealBrief = findRule('appeal-brief');
const decision = findRule('admin-appeal-decision');
const extended = { extended: { orderedUntil: null } };

describe('기간 연장 (민사소송법 §402의2②, 행정심판법 §45①)', () => {
  it('항소이유서: notice 2025-03-12 → 40일 ends 2025-04-21 (월); one month more ends 2025-05-21 (수)', () => {
    expect(computeRuleDeadline(appealBrief, '2025-03-12', calendar).due).toBe('2025-04-21');
    const result = computeRuleDeadline(appealBrief, '2025-03-12', calendar, extended);
    expect([result.rawEnd, result.due, result.shifts]).toEqual(['2025-05-21', '2025-05-21', []]);
    expect(result.explanation).toContain(
      '연장: 항소인의 신청에 따른 법원의 결정으로 기간을 1개월 연장합니다(민사소송법 §402의2②, 1회 한정).',
    );
    expect(result.explanation).toContain('2025-04-22(화)부터 기산합니다');
  });

  it('counts the month from the day after the calendar last day, not from the day §161 moved it to', () => {
    // 40일 from 2025-03-11 ends Saturday 2025-04-19 → the deadline moves to Monday 04-21. The extension runs from
    // Sunday 04-20 to 05-19 (월), two days earlier than counting from 04-22, and the explanation says why.
    const original = computeRuleDeadline(appealBrief, '2025-03-10', calendar);
    expect([original.rawEnd, original.due]).toEqual(['2025-04-19', '2025-04-21']);
    const result = computeRuleDeadline(appealBrief, '2025-03-10', calendar, extended);
    expect(result.due).toBe('2025-05-19');
    expect(result.explanation).toContain(
      '본래 기한(2025-04-21(월))은 말일이 쉬는 날이어서 미루어진 날짜이고, 연장기간은 본래 말일(2025-04-19(토)) 다음 날부터 셉니다.',
    );
  });

  it('moves an extended end off 개천절, the 추석 run, its 대체공휴일 and 한글날: 2025-10-03 → 2025-10-10', () => {
    // Notice 2025-07-25 → 40일 ends 2025-09-03 (수); the month from 09-04 ends 10-03 (개천절).
    const result = computeRuleDeadline(appealBrief, '2025-07-25', calendar, extended);
    expect(result.rawEnd).toBe('2025-10-03');
    expect(result.due).toBe('2025-10-10');
    expect(result.shifts.map((s) => s.reason)).toEqual([
      '2025-10-03 개천절',
      '2025-10-04 토요일',
      '2025-10-05 추석 전날(일요일)',
      '2025-10-06 추석',
      '2025-10-07 추석 다음 날',
      '2025-10-08 대체공휴일(추석)',
      '2025-10-09 한글날',
    ]);
  });

  it('재결: 청구서 접수 2025-01-06 → 60일 ends 2025-03-07 (금); 30일 more end Sunday 04-06 → 2025-04-07 (월)', () => {
    const result = computeRuleDeadline(decision, '2025-01-06', calendar, extended);
    expect(computeRuleDeadline(decision, '2025-01-06', calendar).due).toBe('2025-03-07');
    expect([result.rawEnd, result.due]).toEqual(['2025-04-06', '2025-04-07']);
    expect(result.explanation).toContain('위원장의 직권으로 기간을 30일 연장합니다(행정심판법 §45① 단서).');
  });

  it('takes the date written in the decision when there is one, and names the computed date beside it', () => {
    const result = computeRuleDeadline(appealBrief, '2025-03-10', calendar, {
      extended: { orderedUntil: '2025-05-21' },
    });
    expect([result.due, result.shifts]).toEqual(['2025-05-21', []]);
    expect(result.explanation).toContain('결정에 적힌 연장 기한은 2025-05-21(수)이고, 이 날짜를 기한으로 합니다');
    expect(result.explanation).toContain('규칙대로 계산한 날짜는 2025-05-19(월)입니다');
  });

  it('refuses an ordered date that is not after the original deadline, or a year past it, in Korean', () => {
    const at = (orderedUntil: string) => () => checkOrderedExtension(orderedUntil, '2025-04-21');
    expect(at('2025-04-21')).toThrow('연장 기한은 본래 기한(2025-04-21(월))보다 뒤의 날짜여야 합니다.');
    expect(at('2026-05-21')).toThrow('연장 기한이 본래 기한보다 1년 넘게 뒤입니다.');
    expect(at('2026-04-21')).not.toThrow();
    expect(() =>
      computeRuleDeadline(appealBrief, '2025-03-10', calendar, { extended: { orderedUntil: '2025-02-30' } }),
    ).toThrow('연장 기한은 YYYY-MM-DD 형식의 실제 날짜여야 합니다');
  });

  it('refuses to extend a period the statute does not let anyone extend', () => {
    expect(() => computeRuleDeadline(findRule('appeal'), '2024-09-13', calendar, extended)).toThrow(
      '항소장 제출 기한은 연장할 수 있는 기간이 아닙니다(민사소송법 §396).',
    );
  });

  it('property: the extended deadline is later than the original and never later than counting from the moved day', () => {
    const anyDate = fc
      .integer({ min: isoToDayNumber('2020-01-01'), max: isoToDayNumber('2030-12-31') })
      .map(dayNumberToIso);
    fc.assert(
      fc.property(anyDate, (notice) => {
        const original = computeRuleDeadline(appealBrief, notice, calendar);
        const result = computeRuleDeadline(appealBrief, notice, calendar, extended);
        const fromMovedDay = computeDeadline(original.due, '1m', calendar);
        expect(result.due > original.due).toBe(true);
        expect(result.due <= fromMovedDay.due).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
