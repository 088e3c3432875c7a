import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseInputSchema } from '../../shared/cases/case-schema.ts';
import { caseCode, compactCaseNumber, isCourtCaseNumber } from '../../shared/cases/case-number.ts';

describe('case numbers', () => {
  it.each([
    '2022구합12345',
    '2023누1234',
    '2024두567',
    '2022가단5678',
    '2023나1234',
    '2024다5678',
    '2022아123',
    '2023카합100',
    '2024헌마123',
    '2024헌바45',
  ])('accepts the court number %s from the guide', (n) => expect(isCourtCaseNumber(n)).toBe(true));

  it.each(['12345', '2024', '구합12345', '2024구합', '2024-12345', '24구합1', '2024구합12345678', '2024ABC1'])(
    'rejects %s',
    (n) => expect(isCourtCaseNumber(n)).toBe(false),
  );

  it('compacts spaces, including full-width ones, and reads the 사건부호', () => {
    expect(compactCaseNumber('2022 구합\u300012345')).toBe('2022구합12345');
    expect(caseCode('2024 헌마 123')).toBe('헌마');
  });

  it('any year + Hangul code + serial is accepted; inserting a Latin letter never is (property)', () => {
    const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2099 }),
        fc.array(hangul, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 9_999_999 }),
        (y, code, serial) => {
          const n = `${y}${code.join('')}${serial}`;
          expect(isCourtCaseNumber(n)).toBe(true);
          expect(isCourtCaseNumber(`${y}X${code.join('')}${serial}`)).toBe(false);
        },
      ),
    );
  });
});

describe('case input schema', () => {
  it('requires a court-style number for lawsuits only', () => {
    expect(caseInputSchema.safeParse({ kind: 'civil_suit', title: '손해배상' }).success).toBe(false);
    expect(caseInputSchema.parse({ kind: 'legal_opinion', title: '질의', caseNumber: '' }).caseNumber).toBeNull();
    expect(
      caseInputSchema.parse({ kind: 'administrative_appeal', title: '영업정지 취소', caseNumber: '2024-12345' })
        .caseNumber,
    ).toBe('2024-12345');
    expect(
      caseInputSchema.safeParse({ kind: 'administrative_appeal', title: 'x', caseNumber: '서울시 12번' }).success,
    ).toBe(false);
  });

  it('turns blank optional fields into null and trims', () => {
    expect(
      caseInputSchema.parse({
        kind: 'administrative_suit',
        caseNumber: '2024구합1',
        title: ' 취소 ',
        court: '  ',
        department: '건축과 ',
      }),
    ).toMatchObject({
      kind: 'administrative_suit',
      caseNumber: '2024구합1',
      title: '취소',
      court: null,
      department: '건축과',
      claimAmount: null,
      filedOn: null,
      parties: [],
    });
  });

  it('limits lengths with Korean messages', () => {
    const result = caseInputSchema.safeParse({ kind: 'legal_opinion', title: '가'.repeat(201) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('사건명은 200자 이내로 입력하세요.');
  });
});
