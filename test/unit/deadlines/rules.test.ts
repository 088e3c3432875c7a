import { describe, expect, it } from 'vitest';
import {
  DEADLINE_RULES,
  deadlinesForEvent,
  defaultHolidayCalendar,
  EVENT_KINDS,
  parsePeriod,
} from '../../../shared/deadlines/index.ts';

const calendar = defaultHolidayCalendar();

describe('rule table (cases.md §2)', () => {
  it('has the periods and statutes of the guide', () => {
    const byId = Object.fromEntries(DEADLINE_RULES.map((r) => [r.id, [r.period, r.statute, r.direction]]));
    expect(byId).toMatchObject({
      'answer-brief': ['30d', '민사소송법 §256①', 'forward'],
      appeal: ['2w', '민사소송법 §396', 'forward'],
      'appeal-brief': ['40d', '민사소송법 §402의2', 'forward'],
      'final-appeal': ['2w', '민사소송법 §425, §396', 'forward'],
      'final-appeal-brief': ['20d', '민사소송법 §427', 'forward'],
      'immediate-appeal': ['1w', '민사소송법 §444', 'forward'],
      'preparatory-brief': ['7d', '민사소송규칙 §69의3', 'backward'],
      'revocation-suit': ['90d', '행정소송법 §20①', 'forward'],
      'revocation-suit-outer': ['1y', '행정소송법 §20②', 'forward'],
      'admin-appeal-claim': ['90d', '행정심판법 §27①', 'forward'],
      'admin-appeal-claim-outer': ['180d', '행정심판법 §27③', 'forward'],
      'admin-appeal-answer': ['10d', '행정심판법 §24', 'forward'],
      'admin-appeal-decision': ['60d', '행정심판법 §45', 'forward'],
      'cost-recovery': ['30d', '내부 지침', 'forward'],
      'advice-reply': ['14d', '내부 지침', 'forward'],
    });
  });

  it('every rule has a known trigger, a readable period and a unique id', () => {
    for (const rule of DEADLINE_RULES) {
      expect(Object.keys(EVENT_KINDS)).toContain(rule.trigger);
      expect(() => parsePeriod(rule.period)).not.toThrow();
    }
    expect(new Set(DEADLINE_RULES.map((r) => r.id)).size).toBe(DEADLINE_RULES.length);
  });
});

describe('deadlinesForEvent', () => {
  it('판결 송달 2024-09-13 (1심) → 항소 2024-09-27 with explanation', () => {
    const [appeal, ...rest] = deadlinesForEvent('judgment-served-first-instance', '2024-09-13', calendar);
    expect(rest).toEqual([]);
    expect(appeal?.rule.id).toBe('appeal');
    expect(appeal?.result.due).toBe('2024-09-27');
    expect(appeal?.result.explanation).toContain('항소장 제출 (민사소송법 §396)');
  });

  it('처분을 안 날 → 취소소송 and 행정심판, both 90일', () => {
    // 2024-07-05 + 90일: start 07-06, 90th day = 07-06 + 89 = 10-03 개천절 → 10-04 (Fri).
    const list = deadlinesForEvent('disposition-known', '2024-07-05', calendar);
    expect(list.map((d) => [d.rule.id, d.result.rawEnd, d.result.due])).toEqual([
      ['revocation-suit', '2024-10-03', '2024-10-04'],
      ['admin-appeal-claim', '2024-10-03', '2024-10-04'],
    ]);
  });

  it('심판청구서 접수 → 답변서 10일 and 재결 60일', () => {
    // 2024-09-06 + 10일 = 09-16 추석 전날 → 09-17 → 09-18 → Thu 09-19. + 60일 = 11-05 (Tue).
    const list = deadlinesForEvent('admin-appeal-received', '2024-09-06', calendar);
    expect(list.map((d) => [d.rule.id, d.result.due])).toEqual([
      ['admin-appeal-answer', '2024-09-19'],
      ['admin-appeal-decision', '2024-11-05'],
    ]);
  });

  it('변론기일 → 준비서면 (backward)', () => {
    const [brief] = deadlinesForEvent('hearing', '2024-10-10', calendar);
    expect(brief?.result).toMatchObject({ rawEnd: '2024-10-03', due: '2024-10-02', direction: 'backward' });
  });

  it('항소이유서 applies only to appeals filed from 2025-03-01', () => {
    expect(deadlinesForEvent('appeal-record-notice', '2025-02-20', calendar)).toEqual([]);
    expect(deadlinesForEvent('appeal-record-notice', '2025-04-01', calendar, { appealFiledOn: '2025-02-25' })).toEqual(
      [],
    );
    // 2025-04-01 + 40일: start 04-02, 40th day = 05-11 (Sun) → Mon 05-12.
    const [brief] = deadlinesForEvent('appeal-record-notice', '2025-04-01', calendar);
    expect(brief?.result).toMatchObject({ rawEnd: '2025-05-11', due: '2025-05-12' });
  });

  it('전자송달 for service events only', () => {
    const [appeal] = deadlinesForEvent('judgment-served-first-instance', '2024-09-02', calendar, {
      electronicNotice: true,
    });
    expect(appeal?.result).toMatchObject({ deemedService: '2024-09-09', due: '2024-09-23' });
    expect(() => deadlinesForEvent('hearing', '2024-09-02', calendar, { electronicNotice: true })).toThrow(
      /송달이 아니므로/,
    );
  });

  it('rejects unknown event kinds in Korean', () => {
    expect(() => deadlinesForEvent('nope', '2024-09-02', calendar)).toThrow(/알 수 없는 사건 종류/);
  });
});
