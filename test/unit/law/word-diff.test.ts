import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directionParticle, lastSpokenSyllable, objectParticle } from '../../../shared/law/particles.ts';
import { applySpans, isWordChar, wordDiff } from '../../../shared/law/word-diff.ts';

const pairs = (a: string, b: string): string[][] => wordDiff(a, b).map((s) => [s.oldText, s.newText]);

describe('word diff: drafter-shaped spans', () => {
  it('quotes the noun and leaves a shared particle outside', () => {
    expect(pairs('미리 새마포담당관과 협의하여야 한다.', '미리 기획예산과장과 협의하여야 한다.')).toEqual([
      ['새마포담당관', '기획예산과장'],
    ]);
  });
  it('keeps parentheses that enclose the change', () => {
    expect(pairs('구청장(깨끗한마포과장)에게 신고하고', '구청장(청소행정과장)에게 신고하고')).toEqual([
      ['(깨끗한마포과장)', '(청소행정과장)'],
    ]);
  });
  it('turns an insertion into a rewrite of the word before it', () => {
    expect(pairs('위원회 구성', '위원회 및 분과위원회 구성')).toEqual([['위원회', '위원회 및 분과위원회']]);
  });
  it('quotes a deletion with its trailing separator', () => {
    expect(pairs('A, B, C를 한다', 'A, C를 한다')).toEqual([['B, ', '']]);
  });
  it('never quotes half a word or half a number', () => {
    expect(pairs('법인등기부등본, 법인대표', '법인등기사항증명서, 법인대표')).toEqual([
      ['법인등기부등본', '법인등기사항증명서'],
    ]);
    expect(pairs('금액은 1,000원으로', '금액은 1,500원으로')).toEqual([['1,000원', '1,500원']]);
    expect(pairs('감면율은 30%로 한다', '감면율은 50%로 한다')).toEqual([['30%', '50%']]);
  });
});

describe('particles: as read aloud', () => {
  const cases: Array<[string, string, string]> = [
    ['위원회', '를', '로'],
    ['위원장', '을', '으로'],
    ['서울', '을', '로'],
    ['1', '을', '로'],
    ['2', '를', '로'],
    ['3', '을', '으로'],
    ['10', '을', '으로'],
    ['100', '을', '으로'],
    ['1천만원', '을', '으로'],
    ['%', '를', '로'],
    ['30%', '를', '로'],
    ['A', '를', '로'],
    ['L', '을', '로'],
    ['M', '을', '으로'],
    ['(청소행정과장)', '을', '으로'],
    ['제5조의2', '를', '로'],
    ['제3항', '을', '으로'],
  ];
  for (const [s, obj, dir] of cases)
    it(`${s} → ${obj} / ${dir}`, () => {
      expect(objectParticle(s)).toBe(obj);
      expect(directionParticle(s)).toBe(dir);
    });
  it('reads zeros as the unit: 10 십, 1000 천, 10000 만', () => {
    expect(['10', '1000', '10000', '100000000'].map(lastSpokenSyllable)).toEqual(['십', '천', '만', '억']);
  });
});

// Texts of Hangul words with particles, numbers and punctuation.
const vocab = [
  '위원회',
  '위원장',
  '구청장',
  '과장',
  '예산',
  '지원',
  '100',
  '3',
  'A',
  '「법」',
  '(이하',
  '"위원"이라',
  '한다)',
  '설치ㆍ운영',
];
const particles = ['', '', '은', '는', '이', '가', '을', '를', '의', '에', '으로', '과', ','];
const wordArb = fc.tuple(fc.constantFrom(...vocab), fc.constantFrom(...particles)).map(([w, p]) => w + p);
const textArb = fc.array(wordArb, { minLength: 1, maxLength: 12 });
const PARTICLE_SET = new Set([
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '으로',
  '로',
  '과',
  '와',
  '이란',
  '란',
  '라',
  '이라',
  '에게',
  '에서',
  '부터',
  '까지',
  '도',
  '만',
]);

describe('word diff: properties', () => {
  it('applying the spans to the old text gives the new text; spans never split a word', () => {
    fc.assert(
      fc.property(textArb, textArb, fc.array(fc.nat(11), { maxLength: 4 }), (xs, ys, cuts) => {
        // Mix: the new text keeps parts of the old one so the diff has common context.
        const merged = xs.map((w, i) => (cuts.includes(i) ? (ys[i % ys.length] ?? w) : w));
        const a = xs.join(' ');
        const b = merged.join(' ');
        const spans = wordDiff(a, b);
        expect(applySpans(a, spans)).toBe(b);
        for (const s of spans) {
          expect(isWordChar(a[s.oldStart - 1]) && isWordChar(a[s.oldStart])).toBe(false);
          if (isWordChar(a[s.oldEnd - 1]) && isWordChar(a[s.oldEnd])) {
            // Only a shared particle may be left outside the quote.
            const rest = /^[\p{L}\p{N}]+/u.exec(a.slice(s.oldEnd))?.[0] ?? '';
            expect(PARTICLE_SET.has(rest)).toBe(true);
            expect(b.slice(s.newEnd, s.newEnd + rest.length)).toBe(rest);
          }
          expect(s.oldText === s.newText).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('identical texts give no spans', () => {
    fc.assert(
      fc.property(textArb, (xs) => {
        expect(wordDiff(xs.join(' '), xs.join(' '))).toEqual([]);
      }),
    );
  });
});
