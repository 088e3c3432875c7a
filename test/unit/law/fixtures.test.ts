import { describe, expect, it } from 'vitest';
import {
  applyAmendment,
  compareOrdinances,
  normalizeForComparison,
  type JoinStyle,
} from '../../../shared/law/index.ts';
import { fixturePairs, unifyQuotes } from './fixtures.ts';

// The official 개정문 of mapo-waste-rule also amends 별표3, whose text is not in the fixture (old.md/new.md
// hold the articles only), so that clause cannot be generated; its 제9조 clause is checked on its own.
const UNREPRODUCIBLE: Record<string, string> = {
  '제9조제2항 중 "(깨끗한마포과장)”을 “(청소행정과장)”으로 하고, 별표3 중 “깨끗한마포과”를 “청소행정과”로 한다.':
    '제9조제2항 중 "(깨끗한마포과장)"을 "(청소행정과장)"으로',
};

// 마포구 publishes its 개정문 as one comma chain with full paths (see its fixtures' expected sentences).
const styleOf = (name: string): JoinStyle => (name.startsWith('mapo-') ? 'chain' : 'article');

describe('fixtures: generate → apply round trip', () => {
  for (const f of fixturePairs()) {
    it(`${f.name}: apply(old, generate(old, new)) ≡ new`, () => {
      const r = compareOrdinances(f.old, f.new);
      expect(r.changed).toBe(true);
      expect(r.mode).toBe('partial');
      expect(r.amendment.split('\n')[0]).toMatch(/ 일부를 다음과 같이 개정한다\.$/);
      const applied = applyAmendment(f.old, r.amendment);
      expect(normalizeForComparison(applied)).toBe(normalizeForComparison(f.new));
      expect(r.table.rows.length).toBeGreaterThan(0);
    });
    if (f.expected) {
      it(`${f.name}: contains every official sentence`, () => {
        const generated = unifyQuotes(compareOrdinances(f.old, f.new, { style: styleOf(f.name) }).amendment);
        for (const sentence of f.expected ?? []) {
          const want = UNREPRODUCIBLE[sentence] ?? sentence;
          expect(generated).toContain(unifyQuotes(want));
        }
      });
      it(`${f.name}: the official 개정문 itself applies to old and gives new`, () => {
        if (f.expected?.some((s) => UNREPRODUCIBLE[s])) return; // 별표 not in the text
        const title = /^#\s*(.+)$/m.exec(f.old)?.[1] ?? '';
        const official = `${title} 일부를 다음과 같이 개정한다.\n\n${(f.expected ?? []).join('\n')}\n`;
        expect(normalizeForComparison(applyAmendment(f.old, official))).toBe(normalizeForComparison(f.new));
      });
    }
  }

  it('typographic noise counted for the fixtures that have it', () => {
    const byName = Object.fromEntries(
      fixturePairs().map((f) => [f.name, compareOrdinances(f.old, f.new).ignoredTypographic]),
    );
    expect(byName['ep-hanok-museum-rule-2026']).toBe(4); // four titles · → ㆍ
    expect(byName['mapo-traffic-complaint-2026']).toBe(1); // 부칙 설치·운영
  });
});
