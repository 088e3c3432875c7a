// Reader: 개정문 sentences → operations. Reads what print.ts writes and the common published variants
// (both quote styles, ranges, `(종전의 …)`, `같은 조`, several pairs after one path).
import { SUBITEM_LETTERS } from '../numbering.ts';
import type { UnitKind, UnitNumber } from '../types.ts';
import {
  LEVELS,
  lastTarget,
  takesBody,
  type HeadingLevel,
  type Joint,
  type Op,
  type Portion,
  type Sentence,
  type Target,
  type TargetEntry,
} from './ops.ts';

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

const L = '[가나다라마바사아자차카타파하]';
const LEVEL_RE: Record<UnitKind, RegExp> = {
  article: /제(\d+)조(?:의(\d+))?(?:\(종전의 제(\d+)조(?:의(\d+))?\))?/,
  paragraph: /제(\d+)항(?:\(종전의 제(\d+)항\))?/,
  item: /제(\d+)호(?:의(\d+))?(?:\(종전의 제(\d+)호(?:의(\d+))?\))?/,
  subitem: new RegExp(`(${L})목(?:의(\\d+))?(?:\\(종전의 (${L})목(?:의(\\d+))?\\))?`),
};

function readPath(c: Cursor, prev: Target | null): Target | null {
  const start = c.p;
  const t: Target = {};
  let first: UnitKind | null = null;
  const same = c.re(/같은 (조|항|호)/);
  if (same) {
    if (!prev) throw new Fail();
    const depth = same[1] === '조' ? 1 : same[1] === '항' ? 2 : 3;
    t.same = depth === 1 ? 'article' : depth === 2 ? 'paragraph' : 'item';
    for (const k of LEVELS.slice(0, depth)) if (prev[k]) t[k] = prev[k];
    if (c.peek(new RegExp(` (?:제\\d|${L}목)`))) c.p++;
  }
  for (const k of LEVELS) {
    const m = c.re(LEVEL_RE[k]);
    if (!m) continue;
    first ??= k;
    if (k === 'paragraph') t[k] = { num: NUM(m[1], undefined), former: m[2] ? NUM(m[2], undefined) : null };
    else if (k === 'subitem') t[k] = { num: LETTER(m[1], m[2]), former: m[3] ? LETTER(m[3], m[4]) : null };
    else t[k] = { num: NUM(m[1], m[2]), former: m[3] ? NUM(m[3], m[4]) : null };
  }
  if (c.p === start) return null;
  // Missing upper levels come from the previous path (`제5조제2항 및 제3항`).
  if (!same && first && prev) {
    const idx = LEVELS.indexOf(first);
    for (const k of LEVELS.slice(0, idx)) if (prev[k] && !t[k]) t[k] = prev[k];
  }
  if (c.re(/ 각 [호목] 외의 부분/)) t.lead = true;
  else if (c.re(/ 각 [호목](?=[을를] )/)) t.all = true;
  const portion = c.re(/ (본문|단서|전단|후단)(?= 중| 및|, |의 |[을를] (?:각각 )?다음과 같이 한다)/);
  if (portion) t.portion = portion[1] as Portion;
  return t;
}

function readTargets(c: Cursor, prev: Target | null): TargetEntry[] {
  const out: TargetEntry[] = [];
  let last = prev;
  for (;;) {
    const t = readPath(c, last);
    if (!t) break;
    // `같은 조` inside a list is how the list is written, not part of the path (print.ts decides it).
    if (out.length > 0) delete t.same;
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
    // `제5조 및 제6조`, `제5조, 제6조`; some offices write two 목 as `사목과 아목`.
    if (c.eat(', ') || c.eat(' 및 ') || c.re(/[과와] (?=같은 |제\d|[가-하]목)/)) {
      if (c.peek(new RegExp(`같은 |제\\d|${L}목`))) continue;
      c.p = save;
    }
    break;
  }
  if (!out.length) throw new Fail();
  return out;
}

const OBJ = /(?:을|를) /;
const DIR_END = /(?:으로|로)(?:, | 하고, | 하며, | 한다\.\s*$)/;

function pair(c: Cursor): [string, string, boolean] {
  const a = c.quoted(OBJ);
  c.re(OBJ);
  const each = c.eat('각각 ');
  const b = c.quoted(DIR_END);
  c.re(/으로|로/);
  return [a, b, each];
}

function pairs(c: Cursor): { list: Array<[string, string]>; each: boolean } {
  const list: Array<[string, string]> = [];
  let each = false;
  for (;;) {
    const [a, b, e] = pair(c);
    if (list.length === 0) each = e;
    else if (e) throw new Fail();
    list.push([a, b]);
    if (!c.peek(/, [“"”]/)) return { list, each };
    c.p += 2;
  }
}

const HEADING_RE = /제(\d+)(편|장|절|관)(?:의(\d+))?/;

function clause(c: Cursor, prev: Target | null): { op: Op; target: Target | null } {
  if (c.eat('제명 ')) {
    const [from, to] = pair(c);
    return { op: { op: 'jemyeong', from, to }, target: prev };
  }
  const annex = c.re(/(별표\s?\d+(?:의\d+)?|별지\s?제\d+호(?:의\d+)?\s?서식)(?: [^"“”]*?)? 중 /);
  if (annex) {
    const { list } = pairs(c);
    return { op: { op: 'annex', annex: (annex[0] ?? '').replace(/ 중 $/, ''), pairs: list }, target: prev };
  }
  const save = c.p;
  const hm = c.re(HEADING_RE);
  const heading = hm ? { level: hm[2] as HeadingLevel, num: NUM(hm[1], hm[3]) } : null;
  if (heading && c.eat('의 제목 ')) {
    const [from, to] = pair(c);
    return { op: { op: 'headingTitle', heading, from, to }, target: prev };
  }
  if (heading && c.eat('(')) {
    // A whole 장 with its articles: `제3장의2(제20조의2부터 제20조의5까지)를 다음과 같이 신설`.
    const articles = readTargets(c, null);
    if (!c.eat(')')) throw new Fail();
    if (c.re(/(?:을|를) 다음과 같이 신설/)) return { op: { op: 'chapterInsert', heading, articles }, target: prev };
    if (c.re(/(?:을|를) 삭제/)) return { op: { op: 'chapterDelete', heading, articles }, target: prev };
    throw new Fail();
  }
  c.p = save;
  const targets = readTargets(c, prev);
  const target = lastTarget(targets);
  const first = targets[0];
  if (!target || !first) throw new Fail();
  const single = (): Target => {
    if (targets.length !== 1 || first.range) throw new Fail();
    return first.t;
  };
  if (c.eat('의 제목 ')) {
    const partial = c.eat('중 ');
    const [from, to] = pair(c);
    return { op: { op: 'title', target: single(), from, to, partial }, target };
  }
  const before = c.re(/ 앞에 (편|장|절|관) 번호 및 제목을 다음과 같이 신설/);
  if (before) return { op: { op: 'headingInsert', before: single(), level: before[1] as HeadingLevel }, target };
  if (c.eat(' 앞의 ')) {
    const text = c.quoted(/(?:을|를) 삭제/);
    c.re(/(?:을|를) 삭제/);
    return { op: { op: 'headingDelete', before: single(), text }, target };
  }
  const part = c.re(/에 (단서|후단)(?:을|를) 다음과 같이 신설/);
  if (part) return { op: { op: 'addPart', target: single(), part: part[1] as '단서' | '후단' }, target };
  const drop = c.re(/ (단서|후단)(?:을|를) 삭제/);
  if (drop) return { op: { op: 'dropPart', target: single(), part: drop[1] as '단서' | '후단' }, target };
  if (c.eat('에 ')) {
    const list = readTargets(c, target);
    const m = c.re(/(?:을|를) (각각 )?다음과 같이 신설/);
    if (!m) throw new Fail();
    return { op: { op: 'insert', parent: single(), targets: list, each: !!m[1] }, target: lastTarget(list) };
  }
  if (c.eat(' 중 ')) {
    if (c.peek(/[“"”][^]*?[”"“](?:을|를) (?:각각 )?삭제/) && !c.peek(/[“"”][^”"“]*[”"“](?:을|를) (?:각각 )?[“"”]/)) {
      const text = c.quoted(/(?:을|를) (?:각각 )?삭제/);
      const m = c.re(/(?:을|를) (각각 )?삭제/);
      return { op: { op: 'erase', targets, text, each: !!m?.[1] }, target };
    }
    const { list, each } = pairs(c);
    return { op: { op: 'replace', targets, pairs: list, each }, target };
  }
  if (!c.re(/을 |를 /)) throw new Fail();
  const each = c.eat('각각 ');
  if (c.eat('다음과 같이 신설')) return { op: { op: 'insert', parent: null, targets, each }, target };
  if (c.eat('다음과 같이')) return { op: { op: 'rewrite', targets, each }, target };
  if (c.eat('삭제')) return { op: { op: 'delete', targets, each }, target };
  if (c.eat('제1항으로')) return { op: { op: 'numberParagraph', target: single() }, target };
  const to = readTargets(c, target);
  if (!c.re(/으로|로/)) throw new Fail();
  return { op: { op: 'move', from: targets, to, each }, target: lastTarget(to) };
}

/** Parse one sentence's first line; null when it is not a 개정문 sentence this reader understands. */
export function readSentence(line: string): Sentence | null {
  const c = new Cursor(line.trim());
  const s: Sentence = { ops: [], joints: [], body: [] };
  let prev: Target | null = null;
  try {
    for (;;) {
      const r = clause(c, prev);
      prev = r.target ?? prev;
      s.ops.push(r.op);
      if (takesBody(r.op)) {
        if (!c.re(/ ?한다\.\s*$/)) throw new Fail();
        return s;
      }
      const sep = c.re(/, | ?하고, | ?하며, | ?한다\.\s*$/);
      if (!sep) throw new Fail();
      if (sep[0].includes('한다.')) return s;
      s.joints.push((sep[0].includes('하고') ? '하고' : sep[0].includes('하며') ? '하며' : ',') as Joint);
    }
  } catch (e) {
    if (e instanceof Fail) return null;
    throw e;
  }
}

/** A 개정문 split into sentences; a line that is no sentence belongs to the body before it. */
export function readSentences(lines: readonly string[]): { sentences: Sentence[]; texts: string[]; stray: string[] } {
  const sentences: Sentence[] = [];
  const texts: string[] = [];
  const stray: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const cur = sentences[sentences.length - 1];
    const wantsBody = cur !== undefined && takesBody(cur.ops[cur.ops.length - 1] as Op);
    const parsed = wantsBody && cur.body.length === 0 ? null : readSentence(line);
    if (parsed) {
      sentences.push(parsed);
      texts.push(line);
    } else if (wantsBody) cur.body.push(line);
    else stray.push(line);
  }
  return { sentences, texts, stray };
}
