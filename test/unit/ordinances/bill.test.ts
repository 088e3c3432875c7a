import { describe, expect, it } from 'vitest';
import { articleReference, emptyBill, missingBillParts, readBill } from '../../../shared/ordinances/bill.ts';

describe('의안 정보', () => {
  it('names the parts the 의안 cannot go without while they are blank', () => {
    expect(missingBillParts(emptyBill())).toEqual(['reason', 'mainPoints']);
    const written = { ...emptyBill(), reason: '정원을 늘리려는 것임.', mainPoints: [{ text: ' ', articles: [] }] };
    expect(missingBillParts(written)).toEqual(['mainPoints']);
    expect(missingBillParts({ ...written, mainPoints: [{ text: '정원 확대', articles: ['제3조'] }] })).toEqual([]);
  });

  it('reads a stored bill leniently and writes article references as the manual does', () => {
    expect(readBill('not json')).toEqual(emptyBill());
    expect(readBill('{"reason":"이유"}').reason).toBe('이유');
    expect(articleReference(['제5조', '7', ' '])).toBe('(안 제5조, 제7조)');
    expect(articleReference([])).toBe('');
  });
});
