// Parser for 개정문 sentences: the forms the writer produces and the common published variants
// (both quote styles, `같은 조`, ranges, `(종전의 …)`, several pairs after one target).
import { SUBITEM_LETTERS } from './numbering.ts';
import type { UnitKind, UnitNumber } from './types.ts';

export interface LevelRef {
  num: UnitNumber;
  former: UnitNumber | null;
}

/** A path; missing upper levels were filled from the previous target. */
export interface Target {
  article?: LevelRef;
  paragraph?: LevelRef;
  item?: LevelRef;
  subitem?: LevelRef;
  /** `각 호 외의 부분` / `각 목 외의 부분`: the unit's own text only. */
  lead?: boolean;
}

export type TargetEntry = { range: false; t: Target } | { range: true; from: Target; to: Target };

export type Op =
  | { op: 'jemyeong'; from: string; to: string }
  | { op: 'headingTitle'; level: string; num: number; from: string; to: string }
  | { op: 'replace'; targets: TargetEntry[]; pairs: Array<[string, string]> }
  | { op: 'erase'; targets: TargetEntry[]; text: string }
  | { op: 'title'; target: Target; from: string; to: string; partial: boolean }
  | { op: 'proviso'; target: Target }
  | { op: 'delete'; targets: TargetEntry[] }
  | { op: 'move'; from: TargetEntry[]; to: TargetEntry[] }
  | { op: 'rewrite'; target: Target; each: boolean; targets: TargetEntry[] }
  | { op: 'insert'; parent: Target | null; targets: TargetEntry[] };

export interface ParsedSentence {
  ops: Op[];
  /** The last clause takes the text lines that follow (`다음과 같이 …`). */
  takesBody: boolean;
}

export const LEVELS: UnitKind[] = ['article', 'paragraph', 'item', 'subitem'];
const LEVEL_KEY = { article: 'article', paragraph: 'paragraph', item: 'item', subitem: 'subitem' } as const;

const OPEN_Q = /[“"”]/;
const CLOSE_Q = /[”"“]/;

class Fail extends Error {}

class Cursor {
  p = 0;
  constructor(readonly s: string) {}
  eat(lit: string): boolean {
    if (this.s.startsWith(lit, this.p)) {
      this.p += lit.length;
      return true;
    }
    return false;
  }
  re(re: RegExp): RegExpExecArray | null {
    const sticky = new RegExp(re.source, 'y');
    sticky.lastIndex = this.p;
    const m = sticky.exec(this.s);
    if (m) this.p += m[0].length;
    return m;
  }
  peek(re: RegExp): boolean {
    const sticky = new RegExp(re.source, 'y');
    sticky.lastIndex = this.p;
    return sticky.test(this.s);
  }
  /** A quoted stretch whose closing quote is followed by `follow` (quotes may appear inside). */
  quoted(follow: RegExp): string {
    if (!OPEN_Q.test(this.s[this.p] ?? '')) throw new Fail();
    const f = new RegExp(follow.source, 'y');
    for (let q = this.p + 1; q < this.s.length; q++) {
      if (!CLOSE_Q.test(this.s[q] ?? '')) continue;
      f.lastIndex = q + 1;
      if (f.test(this.s)) {
        const text = this.s.slice(this.p + 1, q);
        this.p = q + 1;
        return text;
      }
    }
    throw new Fail();
  }
}

const NUM = (a: string | undefined, b: string | undefined): UnitNumber => ({
  main: Number(a),
  branch: b ? Number(b) : 0,
});
const LETTER = (a: string | undefined, b: string | undefined): UnitNumber => ({
  main: SUBITEM_LETTERS.indexOf(a ?? '') + 1,
  branch: b ? Number(b) : 0,
});

const LEVEL_RE: Record<UnitKind, RegExp> = {
  article: /제(\d+)조(?:의(\d+))?(?:\(종전의 제(\d+)조(?:의(\d+))?\))?/,
  paragraph: /제(\d+)항(?:\(종전의 제(\d+)항\))?/,
  item: /제(\d+)호(?:의(\d+))?(?:\(종전의 제(\d+)호(?:의(\d+))?\))?/,
  subitem:
    /([가나다라마바사아자차카타파하])목(?:의(\d+))?(?:\(종전의 ([가나다라마바사아자차카타파하])목(?:의(\d+))?\))?/,
};

function readPath(c: Cursor, prev: Target | null): Target | null {
  const start = c.p;
  const t: Target = {};
  let first: UnitKind | null = null;
  const same = c.re(/같은 (조|항|호) ?/);
  if (same) {
    if (!prev) throw new Fail();
    const upto = same[1] === '조' ? 1 : same[1] === '항' ? 2 : 3;
    for (const k of LEVELS.slice(0, upto)) if (prev[LEVEL_KEY[k]]) t[LEVEL_KEY[k]] = prev[LEVEL_KEY[k]];
  }
  for (const k of LEVELS) {
    const m = c.re(LEVEL_RE[k]);
    if (!m) continue;
    first ??= k;
    const isSub = k === 'subitem';
    const num = isSub ? LETTER(m[1], m[2]) : k === 'paragraph' ? NUM(m[1], undefined) : NUM(m[1], m[2]);
    const former = m[3]
      ? isSub
        ? LETTER(m[3], m[4])
        : k === 'paragraph'
          ? NUM(m[2], undefined)
          : NUM(m[3], m[4])
      : null;
    t[LEVEL_KEY[k]] = { num, former: k === 'paragraph' ? (m[2] ? NUM(m[2], undefined) : null) : former };
  }
  if (c.p === start) return null;
  // Fill missing upper levels from the previous target (`제5조제2항 및 제3항`).
  if (!same && first && prev) {
    const idx = LEVELS.indexOf(first);
    for (const k of LEVELS.slice(0, idx))
      if (prev[LEVEL_KEY[k]] && !t[LEVEL_KEY[k]]) t[LEVEL_KEY[k]] = prev[LEVEL_KEY[k]];
  }
  if (c.re(/ 각 [호목] 외의 부분/)) t.lead = true;
  return t;
}

function readTargets(c: Cursor, prev: Target | null): TargetEntry[] {
  const out: TargetEntry[] = [];
  let last = prev;
  for (;;) {
    const t = readPath(c, last);
    if (!t) break;
    if (c.eat('부터 ')) {
      const to = readPath(c, t);
      if (!to || !c.eat('까지')) throw new Fail();
      out.push({ range: true, from: t, to });
      last = to;
    } else {
      out.push({ range: false, t });
      last = t;
    }
    const save = c.p;
    if (c.eat(', ') || c.eat(' 및 ')) {
      if (c.peek(/같은 |제\d|[가-하]목/)) continue;
      c.p = save;
    }
    break;
  }
  if (!out.length) throw new Fail();
  return out;
}

function lastTarget(entries: TargetEntry[]): Target | null {
  const e = entries[entries.length - 1];
  return e ? (e.range ? e.to : e.t) : null;
}

const OBJ = /(?:을|를) /;
const DIR_END = /(?:으로|로)(?:, | 하고, | 하며, | 한다\.\s*$)/;

type Ending = 'ro' | 'sakje' | 'final';

function clause(c: Cursor, prev: Target | null): { op: Op; ending: Ending; target: Target | null } {
  if (c.eat('제명 ')) {
    const from = c.quoted(OBJ);
    c.re(OBJ);
    const to = c.quoted(DIR_END);
    c.re(/으로|로/);
    return { op: { op: 'jemyeong', from, to }, ending: 'ro', target: prev };
  }
  const hm = c.re(/제(\d+)(편|장|절|관)의 제목 /);
  if (hm) {
    const from = c.quoted(OBJ);
    c.re(OBJ);
    const to = c.quoted(DIR_END);
    c.re(/으로|로/);
    return { op: { op: 'headingTitle', level: hm[2] ?? '', num: Number(hm[1]), from, to }, ending: 'ro', target: prev };
  }
  const targets = readTargets(c, prev);
  const target = lastTarget(targets);
  const first = targets[0];
  if (!target || !first) throw new Fail();
  if (c.eat('의 제목 ')) {
    const partial = c.eat('중 ');
    const from = c.quoted(OBJ);
    c.re(OBJ);
    const to = c.quoted(DIR_END);
    c.re(/으로|로/);
    return { op: { op: 'title', target, from, to, partial }, ending: 'ro', target };
  }
  if (c.eat('에 ')) {
    const list = readTargets(c, target);
    if (!c.re(/(?:을|를) (?:각각 )?다음과 같이 신설/)) throw new Fail();
    return { op: { op: 'insert', parent: target, targets: list }, ending: 'final', target: lastTarget(list) };
  }
  if (c.eat(' 단서를 삭제')) return { op: { op: 'proviso', target }, ending: 'sakje', target };
  if (c.eat(' 중 ')) {
    const pairs: Array<[string, string]> = [];
    for (;;) {
      const a = c.quoted(/(?:을|를) /);
      c.re(OBJ);
      if (c.eat('삭제')) {
        if (pairs.length) throw new Fail();
        return { op: { op: 'erase', targets, text: a }, ending: 'sakje', target };
      }
      c.eat('각각 ');
      const b = c.quoted(DIR_END);
      c.re(/으로|로/);
      pairs.push([a, b]);
      if (c.peek(/, [“"”]/)) {
        c.p += 2;
        continue;
      }
      break;
    }
    return { op: { op: 'replace', targets, pairs }, ending: 'ro', target };
  }
  if (!c.re(/을 |를 /)) throw new Fail();
  const each = c.eat('각각 ');
  if (c.eat('다음과 같이 신설')) return { op: { op: 'insert', parent: null, targets }, ending: 'final', target };
  if (c.eat('다음과 같이')) {
    if (first.range) throw new Fail();
    return { op: { op: 'rewrite', target: first.t, each, targets }, ending: 'final', target };
  }
  if (c.eat('삭제')) return { op: { op: 'delete', targets }, ending: 'sakje', target };
  const to = readTargets(c, target);
  if (!c.re(/으로|로/)) throw new Fail();
  return { op: { op: 'move', from: targets, to }, ending: 'ro', target: lastTarget(to) };
}

/** Parse one sentence; null when it is not a 개정문 sentence this reader understands. */
export function parseSentence(sentence: string): ParsedSentence | null {
  const c = new Cursor(sentence.trim());
  const ops: Op[] = [];
  let prev: Target | null = null;
  try {
    for (;;) {
      const r = clause(c, prev);
      prev = r.target ?? prev;
      // Consecutive moves form one batch: they are carried out at once.
      const last = ops[ops.length - 1];
      if (r.op.op === 'move' && last?.op === 'move') {
        last.from.push(...r.op.from);
        last.to.push(...r.op.to);
      } else ops.push(r.op);
      if (r.ending === 'final') {
        if (!c.re(/ ?한다\.\s*$/)) throw new Fail();
        return { ops, takesBody: true };
      }
      const sep = r.ending === 'ro' ? c.re(/, | 하고, | 하며, | 한다\.\s*$/) : c.re(/하고, |하며, |한다\.\s*$/);
      if (!sep) throw new Fail();
      if (sep[0].includes('한다.')) return { ops, takesBody: false };
    }
  } catch (e) {
    if (e instanceof Fail) return null;
    throw e;
  }
}
