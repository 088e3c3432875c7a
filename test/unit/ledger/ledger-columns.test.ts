import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../shared/deadlines/civil-date.ts';
import {
  fieldOfHeader,
  formatWon,
  instanceOfCode,
  parseInstance,
  parseKind,
  parseLedgerDate,
  parseOpinionType,
  parseResult,
  parseWardSide,
  parseWon,
} from '../../../shared/cases/ledger-columns.ts';

const value = <T>(parsed: { ok: true; value: T } | { ok: false; message: string }): T | string =>
  parsed.ok ? parsed.value : `오류: ${parsed.message}`;

describe('ledger headers', () => {
  it.each([
    ['구분', 'kind'],
    ['사건구분', 'kind'],
    ['사 건 번 호', 'caseNumber'],
    ['관할법원', 'court'],
    ['법원명', 'court'],
    ['소가', 'claimAmount'],
    ['소송가액(원)', 'claimAmount'],
    ['우리측 지위', 'wardSide'],
    ['비고', 'memo'],
    ['청구인', 'plaintiffs'],
    ['종결일자', 'closedOn'],
  ])('%s → %s', (header, field) => expect(fieldOfHeader(header)).toBe(field));

  it('knows numbering columns (null) and reports unknown ones (undefined)', () => {
    expect(fieldOfHeader('연번')).toBeNull();
    expect(fieldOfHeader('담당 검사')).toBeUndefined();
    expect(fieldOfHeader('  ')).toBeUndefined();
  });
});

describe('ledger dates', () => {
  it.each([
    ['2024-03-04', '2024-03-04'],
    ['2024.03.04', '2024-03-04'],
    ['2024. 3. 4.', '2024-03-04'],
    ['2024.3.4', '2024-03-04'],
    ['2024/03/04', '2024-03-04'],
    ['2024년 3월 4일', '2024-03-04'],
    ['', null],
    ['  ', null],
  ])('%j → %j', (raw, iso) => expect(value(parseLedgerDate(raw, '접수일'))).toBe(iso));

  it.each(['2024-02-30', '2023. 2. 29.', '24.3.4', '2024-13-01', '3월 4일', '2024.03.04 10:00'])(
    'rejects %j with the form message',
    (raw) =>
      expect(value(parseLedgerDate(raw, '선고일'))).toBe('오류: 선고일은 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요.'),
  );

  const day = fc
    .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => ({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }));
  const pad = (n: number) => String(n).padStart(2, '0');

  it('formatting a real day in any accepted style and parsing it gives the day back (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 4 }), ({ y, m, d }, style) => {
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        const text = [iso, `${y}.${pad(m)}.${pad(d)}`, `${y}. ${m}. ${d}.`, `${y}.${m}.${d}`, `${y}년 ${m}월 ${d}일`][
          style
        ];
        expect(value(parseLedgerDate(text ?? '', '접수일'))).toBe(iso);
      }),
    );
  });

  it('any string it accepts names a real day (property)', () => {
    const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((v) => String(v).padStart(n, '0'));
    const candidate = fc.oneof(
      fc.string(),
      fc
        .tuple(
          digits(4),
          fc.constantFrom('-', '.', '. ', '/'),
          digits(2),
          fc.constantFrom('-', '.', '. ', '/'),
          digits(2),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(candidate, (raw) => {
        const parsed = parseLedgerDate(raw, '접수일');
        if (parsed.ok && parsed.value !== null) expect(isIsoDate(parsed.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('ledger amounts', () => {
  it.each([
    ['50000000', 50_000_000],
    ['50,000,000', 50_000_000],
    ['50,000,000원', 50_000_000],
    ['50,000,000 원', 50_000_000],
    ['0', 0],
    ['', null],
    ['-', null],
  ])('%j → %j', (raw, won) => expect(value(parseWon(raw, '소송가액'))).toBe(won));

  it.each([
    ['오천만원', '오류: 소송가액은 원 단위 숫자로 입력하세요.'],
    ['1,0000', '오류: 소송가액은 원 단위 숫자로 입력하세요.'],
    ['-5000', '오류: 소송가액은 원 단위 숫자로 입력하세요.'],
    ['1234.5', '오류: 소송가액은 원 단위 정수로 입력하세요.'],
  ])('rejects %j', (raw, message) => expect(value(parseWon(raw, '소송가액'))).toBe(message));

  it('formatting an amount (with or without 원, commas) and parsing it is the identity (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.boolean(), (won, bare) => {
        const text = bare ? String(won) : formatWon(won);
        expect(value(parseWon(text, '소송가액'))).toBe(won);
        expect(value(parseWon(text.replace(/원$/, ''), '소송가액'))).toBe(won);
      }),
    );
  });
});

describe('ledger vocabularies', () => {
  it.each([
    ['행정소송', 'administrative_suit'],
    ['민사소송', 'civil_suit'],
    ['헌법소송', 'constitutional_suit'],
    ['가사소송', 'family_suit'],
    ['행정심판', 'administrative_appeal'],
    ['법률자문', 'legal_opinion'],
    [' 행정 소송 ', 'administrative_suit'],
  ])('구분 %j → %s', (label, kind) => expect(value(parseKind(label))).toBe(kind));

  it('rejects an unknown or empty 구분, listing the accepted ones', () => {
    expect(value(parseKind('형사소송'))).toBe(
      '오류: 구분은 행정소송, 민사소송, 헌법소송, 가사소송, 행정심판, 법률자문 중 하나여야 합니다 (입력값: 형사소송).',
    );
    expect(value(parseKind(''))).toBe('오류: 구분을 입력하세요.');
  });

  it('reads 결과: the list, and empty or 진행 중 as still open', () => {
    for (const r of ['승소', '패소', '일부승소', '각하', '취하', '화해', '조정', '인용', '일부인용', '기각', '회신'])
      expect(value(parseResult(r))).toBe(r);
    expect(value(parseResult(''))).toBeNull();
    expect(value(parseResult('진행 중'))).toBeNull();
    expect(value(parseResult('일부패소'))).toMatch(/^오류: 결과는 승소, 패소/);
  });

  it('reads 우리측지위 labels, codes and the usual variants', () => {
    expect(value(parseWardSide('피고'))).toBe('defendant');
    expect(value(parseWardSide('원고'))).toBe('plaintiff');
    expect(value(parseWardSide('피청구인'))).toBe('respondent');
    expect(value(parseWardSide('항소인'))).toBe('appellant');
    expect(value(parseWardSide('항소인·상고인'))).toBe('appellant');
    expect(value(parseWardSide('피상고인'))).toBe('appellee');
    expect(value(parseWardSide('피신청인'))).toBe('defendant');
    expect(value(parseWardSide('증인'))).toMatch(/^오류: 우리측지위는/);
  });

  it('reads 자문유형 and 심급', () => {
    expect(value(parseOpinionType('외부'))).toBe('external');
    expect(value(parseOpinionType('내부 자문'))).toBe('internal');
    expect(value(parseOpinionType('외주'))).toBe('오류: 자문유형은 외부 또는 내부여야 합니다 (입력값: 외주).');
    expect(value(parseInstance('2심'))).toBe(2);
    expect(value(parseInstance('3'))).toBe(3);
    expect(value(parseInstance('4심'))).toMatch(/^오류: 심급은/);
  });

  it.each([
    ['구합', 1],
    ['구단', 1],
    ['가합', 1],
    ['가단', 1],
    ['가소', 1],
    ['누', 2],
    ['나', 2],
    ['두', 3],
    ['다', 3],
    ['아', null],
    ['카합', null],
    ['헌마', null],
  ])('사건부호 %s → 심급 %j', (code, instance) => expect(instanceOfCode(code)).toBe(instance));
});
