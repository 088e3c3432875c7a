// One operation model for printer and reader: whatever operations the printer writes, the reader
// gives the same operations back (fast-check over every form and every path shape).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Joint, LevelRef, Op, Sentence, Target, TargetEntry } from '../../../shared/law/amendment/ops.ts';
import { Printer } from '../../../shared/law/amendment/print.ts';
import { readSentence } from '../../../shared/law/amendment/read.ts';

const num = fc.record({ main: fc.integer({ min: 1, max: 40 }), branch: fc.constantFrom(0, 0, 0, 2, 3) });
const para = fc.record({ main: fc.integer({ min: 1, max: 12 }), branch: fc.constant(0) });
const letter = fc.record({ main: fc.integer({ min: 1, max: 14 }), branch: fc.constant(0) });
const ref = (n: fc.Arbitrary<{ main: number; branch: number }>): fc.Arbitrary<LevelRef> =>
  fc.record({ num: n, former: fc.option(n, { nil: null, freq: 4 }) });

/** A path: 조, optionally 항, 호, 목 below it, with the qualifiers that fit its depth. */
const target: fc.Arbitrary<Target> = fc
  .record({
    article: ref(num),
    paragraph: fc.option(ref(para), { nil: undefined }),
    item: fc.option(ref(num), { nil: undefined }),
    subitem: fc.option(ref(letter), { nil: undefined }),
    lead: fc.boolean(),
    portion: fc.constantFrom(undefined, undefined, '본문', '단서', '전단', '후단'),
  })
  .map((r) => {
    const t: Target = { article: r.article };
    // Within one article 항 are either all numbered or the one unmarked 항 (never named): even-numbered
    // articles have numbered 항 here, so two paths of one article never disagree about it.
    if (r.article.num.main % 2 === 0) t.paragraph = r.paragraph ?? { num: { main: 1, branch: 0 }, former: null };
    if (r.item) t.item = r.item;
    if (r.item && r.subitem) t.subitem = r.subitem;
    if (r.lead && !t.subitem) t.lead = true;
    if (r.portion) t.portion = r.portion as Target['portion'];
    return t;
  });

const entries: fc.Arbitrary<TargetEntry[]> = fc.array(
  target.map((t): TargetEntry => ({ range: false, t })),
  { minLength: 1, maxLength: 3 },
);
// Quoted text: words, digits, the joiner ㆍ and spaces inside, never a quote mark.
const quoted = fc
  .array(fc.constantFrom('위원회', '구청장', '과장', '3', '100분의 50', '설치ㆍ운영', '별표', 'A', '%', '국장'), {
    minLength: 1,
    maxLength: 3,
  })
  .map((w) => w.join(' '));
const pairs = fc.array(fc.tuple(quoted, quoted), { minLength: 1, maxLength: 3 });
const level = fc.constantFrom('편', '장', '절', '관' as const);

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), targets: entries, pairs, each: fc.boolean() }),
  fc.record({ op: fc.constant('erase' as const), targets: entries, text: quoted, each: fc.boolean() }),
  fc.record({
    op: fc.constant('title' as const),
    target: target.map((t) => ({ article: t.article })),
    from: quoted.map((s) => `(${s})`),
    to: quoted.map((s) => `(${s})`),
    partial: fc.constant(false),
  }),
  fc.record({ op: fc.constant('jemyeong' as const), from: quoted, to: quoted }),
  fc.record({
    op: fc.constant('headingTitle' as const),
    heading: fc.record({ level, num }),
    from: quoted,
    to: quoted,
  }),
  fc.record({
    op: fc.constant('headingDelete' as const),
    before: target.map((t) => ({ article: t.article })),
    text: quoted,
  }),
  // A whole unit is deleted (a 단서 or 후단 is dropped with dropPart, the one way to write it).
  fc.record({
    op: fc.constant('delete' as const),
    targets: entries.map((es) =>
      es.map((e) => (e.range ? e : { range: false as const, t: { ...e.t, portion: undefined, lead: undefined } })),
    ),
    each: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('move' as const),
    from: target.map((t): TargetEntry[] => [{ range: false, t: { article: t.article } }]),
    to: num.map((n): TargetEntry[] => [{ range: false, t: { article: { num: n, former: null } } }]),
    each: fc.constant(false),
  }),
  fc.record({
    op: fc.constant('dropPart' as const),
    target: target.map((t) => ({ article: t.article, ...(t.paragraph ? { paragraph: t.paragraph } : {}) })),
    part: fc.constantFrom('단서', '후단' as const),
  }),
  fc.record({
    op: fc.constant('numberParagraph' as const),
    target: target.map((t) => ({ article: t.article })),
  }),
  fc.record({
    op: fc.constant('chapterDelete' as const),
    heading: fc.record({ level, num }),
    articles: entries.map((es) =>
      es.map((e) => (e.range ? e : { range: false as const, t: { article: e.t.article } })),
    ),
  }),
  fc.record({ op: fc.constant('annex' as const), annex: fc.constantFrom('별표 3', '별표3', '별표 2의2'), pairs }),
);

// Clauses that end their sentence (new text follows).
const last: fc.Arbitrary<Op | null> = fc.option(
  fc.oneof(
    fc.record({
      op: fc.constant('rewrite' as const),
      targets: target.map((t): TargetEntry[] => [{ range: false, t: { ...t, portion: undefined } }]),
      each: fc.constant(false),
    }),
    fc.record({
      op: fc.constant('insert' as const),
      parent: fc.constant(null),
      targets: num.map((n): TargetEntry[] => [{ range: false, t: { article: { num: n, former: null } } }]),
      each: fc.constant(false),
    }),
    fc.record({
      op: fc.constant('chapterInsert' as const),
      heading: fc.record({ level, num }),
      articles: fc
        .tuple(num, num)
        .map(([a, b]): TargetEntry[] => [
          { range: true, from: { article: { num: a, former: null } }, to: { article: { num: b, former: null } } },
        ]),
    }),
    fc.record({
      op: fc.constant('headingInsert' as const),
      before: target.map((t) => ({ article: t.article })),
      level,
    }),
  ),
  { nil: null },
);

/** Drop `undefined` members so that the comparison is about what is there. */
function clean<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

describe('개정문 operations: read(print(ops)) = ops', () => {
  it('holds for every form, path, qualifier, joint and quote style', () => {
    fc.assert(
      fc.property(
        fc.array(op, { minLength: 1, maxLength: 4 }),
        last,
        fc.array(fc.constantFrom<Joint>(',', '하고', '하며'), { minLength: 5, maxLength: 5 }),
        fc.constantFrom('curly', 'straight' as const),
        (ops, end, joints, quotes) => {
          const all = end ? [...ops, end] : ops;
          // A comma only follows a clause ending in `…로`.
          const roEnd = new Set(['replace', 'title', 'jemyeong', 'headingTitle', 'move', 'numberParagraph', 'annex']);
          const js = all
            .slice(0, -1)
            .map((o, i) => (joints[i] === ',' && !roEnd.has(o.op) ? '하고' : joints[i]) as Joint);
          const s: Sentence = { ops: all, joints: js, body: [] };
          const text = new Printer({ quotes }).sentence(s);
          const back = readSentence(text);
          expect(back, text).not.toBeNull();
          expect(clean(back), text).toEqual(clean(s));
        },
      ),
      { numRuns: 400 },
    );
  });
});
