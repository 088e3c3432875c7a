import { describe, expect, it } from 'vitest';
import {
  applyAmendment,
  applyAmendmentDetailed,
  compareOrdinances,
  normalizeForComparison,
  type JoinStyle,
} from '../../../shared/law/index.ts';
import { fixturePairs, unifyQuotes } from './fixtures.ts';

// How each office joins its clauses (seen in its published sentences): 마포구 chains replacements with
// commas; the others follow the default (one sentence, 하고/하며, 같은 조/같은 항).
const styleOf = (name: string): JoinStyle => (name.startsWith('mapo-') ? 'chain' : 'single');

// Pairs whose bodies differ only in formatting, or only in an old 부칙 edited in place (SOURCE.md says
// so): no sentence at all (old 부칙 are history, never amended by a 개정문 of this engine).
const FORMATTING_ONLY = new Set(['dobong-tax-relief-2026', 'gwangjin-dev-committee-2026', 'jongno-library-2026']);

/**
 * Official sentences the engine does not write, each with the reason. The test fails on any other
 * miss, and on any produced sentence that is not official unless it is listed in EXTRA.
 */
const MISSES: Record<string, string> = {
  // 별표3 is not in the fixture text (the attachment is a separate file).
  '제9조제2항 중 "(깨끗한마포과장)”을 “(청소행정과장)”으로 하고, 별표3 중 “깨끗한마포과”를 “청소행정과”로 한다.':
    'annex not in the text',
  // 동작구 splits one article at 호 and re-deletes a 목 that was already 삭제; the engine writes one sentence.
  '제3조제2항제2호다목 중 “핵심정책추진단”을 “기획재정국”으로 하고, 같은 호 라목 중 “운영지원과”를 “행정지원국”으로 하며, 같은 호 마목 중 “기획재정국”을 “생활경제국”으로 하고, 같은 호 바목 중 “행정자치국”을 “보건소”로 하며, 같은 호 사목과 아목을 삭제한다.':
    'office splits the article at 호',
  '제3조제2항제3호가목 중 “안전환경국”을 “신속개발국”으로 하고, 같은 호 나목 중 “도시교통국”을 “안전교통국”으로 하며, 같은 호 다목 중 “복지국”을 “돌봄복지국”으로 하고, 같은 호 바목을 라목으로 하고, 같은 호 마목과 바목을 삭제한다.':
    'moves 바목 into a 삭제 slot and deletes an already deleted 마목',
  // 동작구 quotes the whole list including an unchanged first item (drafting guide: quote what changes).
  '제7조제3항 중 “기획재정국장, 행정자치국장, 도시교통국장, 복지국장”을 “기획재정국장, 행정지원국장, 신속개발국장, 돌봄복지국장”으로 한다.':
    'unchanged item quoted',
  // 동작구 chains with a comma and writes `같은 조 제3항제1호` for the 호 of the same 항.
  '제5조제3항 중 “안전환경국장”을 “생활경제국장”으로, 같은 조 제3항제1호 중 “기획조정과장, 예산회계과장”을 “기획예산과장, 자산회계과장”으로 한다.':
    'comma chain with 같은 조',
};
const EXTRA = new Set([
  '제9조제2항 중 "(깨끗한마포과장)"을 "(청소행정과장)"으로 한다.',
  '제3조제2항제2호다목 중 "핵심정책추진단"을 "기획재정국"으로 하고, 같은 호 라목 중 "운영지원과"를 "행정지원국"으로 하며, 같은 호 마목 중 "기획재정국"을 "생활경제국"으로 하고, 같은 호 바목 중 "행정자치국"을 "보건소"로 하며, 같은 호 사목 및 아목을 각각 삭제하고, 같은 항 제3호가목 중 "안전환경국"을 "신속개발국"으로 하며, 같은 호 나목 중 "도시교통국"을 "안전교통국"으로 하고, 같은 호 다목 중 "복지국"을 "돌봄복지국"으로 하며, 같은 항 제3호에 라목을 다음과 같이 신설한다.',
  '제3조제2항제3호바목을 삭제한다.',
  '제7조제3항 중 "행정자치국장, 도시교통국장, 복지국장"을 "행정지원국장, 신속개발국장, 돌봄복지국장"으로 한다.',
  '제5조제3항 중 "안전환경국장"을 "생활경제국장"으로 하고, 같은 항 제1호 중 "기획조정과장, 예산회계과장"을 "기획예산과장, 자산회계과장"으로 한다.',
]);
// The official text of this pair does not carry old into new by itself (see MISSES).
const OFFICIAL_INCOMPLETE = new Set(['dongjak-council-committee-2026']);

const sentenceLines = (lines: string[]): string[] => lines.filter((l) => /한다\.$/.test(l));

describe('fixtures: generate → apply round trip', () => {
  for (const f of fixturePairs()) {
    it(`${f.name}: apply(old, generate(old, new)) ≡ new`, () => {
      const r = compareOrdinances(f.old, f.new, { style: styleOf(f.name) });
      if (FORMATTING_ONLY.has(f.name)) {
        expect(r).toMatchObject({ changed: false, sentences: [] });
        expect(r.table.rows).toEqual([]);
        return;
      }
      expect(r.changed).toBe(true);
      expect(r.mode).toBe('partial');
      expect(r.amendment.split('\n')[0]).toMatch(/ 일부를 다음과 같이 개정한다\.$/);
      const applied = applyAmendment(f.old, r.amendment);
      expect(normalizeForComparison(applied)).toBe(normalizeForComparison(f.new));
      expect(r.table.rows.length).toBeGreaterThan(0);
    });
    if (f.expected) {
      const official = sentenceLines(f.expected);
      it(`${f.name}: every official sentence, and no sentence the official text lacks`, () => {
        const produced = compareOrdinances(f.old, f.new, { style: styleOf(f.name) }).sentences.map((s) =>
          unifyQuotes(s.split('\n')[0] ?? ''),
        );
        const missing = official.filter((s) => !produced.includes(unifyQuotes(s)) && !MISSES[s]);
        const extra = produced.filter((s) => !official.map(unifyQuotes).includes(s) && !EXTRA.has(s));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });
      it(`${f.name}: the official 개정문 itself applies to old (별표 clauses reported outside)`, () => {
        const title = /^#\s*(.+)$/m.exec(f.old)?.[1] ?? '';
        const text = `${title} 일부를 다음과 같이 개정한다.\n\n${(f.expected ?? []).join('\n')}\n`;
        if (OFFICIAL_INCOMPLETE.has(f.name)) {
          expect(() => applyAmendmentDetailed(f.old, text)).not.toThrow(/\((?:를|을|가|이)\)/);
          return;
        }
        const r = applyAmendmentDetailed(f.old, text);
        const annex = (f.expected ?? []).some((s) => /별표|별지|서식/.test(s));
        if (annex) expect(r.outside.length).toBeGreaterThan(0);
        else expect(normalizeForComparison(r.text)).toBe(normalizeForComparison(f.new));
      });
    }
  }

  it('official sentences reproduced across the fixtures (figures printed for the record)', () => {
    let official = 0;
    let hit = 0;
    for (const f of fixturePairs()) {
      if (!f.expected) continue;
      const produced = compareOrdinances(f.old, f.new, { style: styleOf(f.name) }).sentences.map((s) =>
        unifyQuotes(s.split('\n')[0] ?? ''),
      );
      for (const s of sentenceLines(f.expected)) {
        official++;
        if (produced.includes(unifyQuotes(s))) hit++;
      }
    }
    console.log(`fixtures: ${hit}/${official} official sentences produced exactly`);
    expect(hit + Object.keys(MISSES).length).toBeGreaterThanOrEqual(official);
  });

  it('typographic noise counted for the fixtures that have it', () => {
    const byName = Object.fromEntries(
      fixturePairs().map((f) => [f.name, compareOrdinances(f.old, f.new).ignoredTypographic]),
    );
    expect(byName['ep-hanok-museum-rule-2026']).toBe(4); // four titles · → ㆍ
    expect(byName['mapo-traffic-complaint-2026']).toBe(1); // 부칙 설치·운영
  });
});
