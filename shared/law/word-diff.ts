// Word-level diff inside one unit: 어절- and punctuation-aware replacement spans, shaped the way a
// drafter quotes them (whole words, trailing particles left outside, enclosing parentheses kept).
import { diffArrays } from 'diff';
import { directionParticle, objectParticle, subjectParticle, topicParticle, withParticle } from './particles.ts';

export interface Span {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  oldText: string;
  newText: string;
}

// Words are runs of letters/digits; ㆍ (U+318D, a Hangul letter to Unicode) is punctuation here.
const TOKEN_RE = /[\p{L}\p{N}]+|\s+|[^]/gu;
const WORD_CHAR = /^(?:(?!\u318d)[\p{L}\p{N}])$/u;

// Particles that may be left outside a quotation when the noun before them changes.
const PARTICLES = [
  '으로서',
  '으로써',
  '에게서',
  '이라는',
  '이란',
  '이라',
  '에게',
  '에서',
  '으로',
  '부터',
  '까지',
  '보다',
  '처럼',
  '로서',
  '로써',
  '라는',
  '과',
  '와',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '도',
  '만',
  '란',
  '라',
].sort((a, b) => b.length - a.length);

export function tokenize(s: string): string[] {
  const raw = s.match(TOKEN_RE) ?? [];
  if (!s.includes('\u318d')) return raw;
  return raw.flatMap((t) => (t.length > 1 && t.includes('\u318d') ? (t.match(/[^\u318d]+|\u318d/g) ?? []) : [t]));
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

function isSpaceChar(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

function isPunctOnly(s: string): boolean {
  return s.length > 0 && [...s].every((c) => !isWordChar(c) && !isSpaceChar(c));
}

function onlyParticleOrPunct(s: string): boolean {
  const t = s.trim();
  if (!t) return true;
  if (!/[\p{L}\p{N}]/u.test(t)) return true;
  return PARTICLES.includes(t);
}

function withTexts(s: Omit<Span, 'oldText' | 'newText'>, a: string, b: string): Span {
  return { ...s, oldText: a.slice(s.oldStart, s.oldEnd), newText: b.slice(s.newStart, s.newEnd) };
}

/** Raw token-level hunks in character offsets. */
function rawHunks(a: string, b: string): Array<Omit<Span, 'oldText' | 'newText'>> {
  const changes = diffArrays(tokenize(a), tokenize(b));
  const out: Array<Omit<Span, 'oldText' | 'newText'>> = [];
  let i = 0;
  let j = 0;
  let cur: Omit<Span, 'oldText' | 'newText'> | null = null;
  for (const c of changes) {
    const len = c.value.reduce((n, t) => n + t.length, 0);
    if (!c.added && !c.removed) {
      if (cur) out.push(cur);
      cur = null;
      i += len;
      j += len;
      continue;
    }
    cur ??= { oldStart: i, oldEnd: i, newStart: j, newEnd: j };
    if (c.removed) {
      i += len;
      cur.oldEnd = i;
    } else {
      j += len;
      cur.newEnd = j;
    }
  }
  if (cur) out.push(cur);
  return out;
}

type Hunk = Omit<Span, 'oldText' | 'newText'>;

function merge(x: Hunk, y: Hunk): Hunk {
  const extra = Math.max(0, x.oldEnd - y.oldEnd);
  return { oldStart: x.oldStart, newStart: x.newStart, oldEnd: Math.max(x.oldEnd, y.oldEnd), newEnd: y.newEnd + extra };
}

function mergeOverlapping(hs: Hunk[], a: string, gapMergeable: (gap: string) => boolean): Hunk[] {
  const out: Hunk[] = [];
  for (const h of hs) {
    const prev = out[out.length - 1];
    if (
      prev &&
      (h.oldStart < prev.oldEnd || (h.oldStart >= prev.oldEnd && gapMergeable(a.slice(prev.oldEnd, h.oldStart))))
    ) {
      out[out.length - 1] = merge(prev, h);
    } else out.push(h);
  }
  return out;
}

/** Extend a hunk on both sides by the same context (context outside hunks is identical in a and b). */
function extendLeft(h: Hunk, k: number): Hunk {
  return { ...h, oldStart: h.oldStart - k, newStart: h.newStart - k };
}
function extendRight(h: Hunk, k: number): Hunk {
  return { ...h, oldEnd: h.oldEnd + k, newEnd: h.newEnd + k };
}

/** Grow to whole words: a boundary never falls between two word characters. */
function toWordBoundaries(h: Hunk, a: string): Hunk {
  let r = h;
  while (r.oldStart > 0 && isWordChar(a[r.oldStart - 1]) && isWordChar(a[r.oldStart])) r = extendLeft(r, 1);
  while (r.oldEnd < a.length && isWordChar(a[r.oldEnd - 1]) && isWordChar(a[r.oldEnd])) r = extendRight(r, 1);
  // Pure insertions inside a word (no old chars) are handled by the neighbour-word expansion below.
  return r;
}

const UNIT_SYMBOL = /[%％‰℃°㎡㎥㎞㎝㎜㎏㎎ℓ㎖]/;

/** Numbers are quoted whole (`1,000`, `2.5`, `30%`), never a digit group of them. */
function wholeNumbers(h: Hunk, a: string): Hunk {
  let r = h;
  const numberish = (i: number): boolean => {
    const c = a[i] ?? '';
    if (/[0-9]/.test(c)) return true;
    return /[.,]/.test(c) && /[0-9]/.test(a[i - 1] ?? '') && /[0-9]/.test(a[i + 1] ?? '');
  };
  if (r.oldStart < r.oldEnd || r.newStart < r.newEnd) {
    while (
      r.oldStart > 0 &&
      numberish(r.oldStart - 1) &&
      (numberish(r.oldStart) || /[0-9.,]/.test(a[r.oldStart] ?? ''))
    )
      r = extendLeft(r, 1);
    while (
      r.oldEnd < a.length &&
      (numberish(r.oldEnd) || UNIT_SYMBOL.test(a[r.oldEnd] ?? '')) &&
      /[0-9.,%]/.test(a[r.oldEnd - 1] ?? '')
    )
      r = extendRight(r, 1);
  }
  return r;
}

/** Include the preceding 어절 (or the following one at the start) so the quote has something to hold. */
function withNeighbourWord(h: Hunk, a: string): Hunk {
  let k = 0;
  let s = h.oldStart;
  while (s > 0 && isSpaceChar(a[s - 1])) {
    s--;
    k++;
  }
  if (s > 0) {
    while (s > 0 && !isSpaceChar(a[s - 1])) {
      s--;
      k++;
    }
    return extendLeft(h, k);
  }
  let e = h.oldEnd;
  k = 0;
  while (e < a.length && isSpaceChar(a[e])) {
    e++;
    k++;
  }
  while (e < a.length && !isSpaceChar(a[e])) {
    e++;
    k++;
  }
  return extendRight(h, k);
}

/** Grow to the whole 어절 (the run between spaces) around a hunk. */
function wholeEojeol(h: Hunk, a: string): Hunk {
  // Brackets and punctuation end a word here (`담당관ㆍ과장(소속`, `담당관,`); the joiner ㆍ does not.
  const inWord = (c: string | undefined): boolean =>
    c !== undefined && !isSpaceChar(c) && !/[(),.;:「」『』[\]<>"“”]/.test(c);
  let r = h;
  while (r.oldStart > 0 && inWord(a[r.oldStart - 1])) r = extendLeft(r, 1);
  while (r.oldEnd < a.length && inWord(a[r.oldEnd])) r = extendRight(r, 1);
  return r;
}

/** Drop whitespace shared at both ends of the old and new stretch. */
function trimSharedSpaces(h: Hunk, a: string, b: string): Hunk {
  const r = { ...h };
  while (r.oldStart < r.oldEnd && r.newStart < r.newEnd && isSpaceChar(a[r.oldStart]) && isSpaceChar(b[r.newStart])) {
    r.oldStart++;
    r.newStart++;
  }
  while (
    r.oldEnd > r.oldStart &&
    r.newEnd > r.newStart &&
    isSpaceChar(a[r.oldEnd - 1]) &&
    isSpaceChar(b[r.newEnd - 1])
  ) {
    r.oldEnd--;
    r.newEnd--;
  }
  return r;
}

const PAIRED: Record<string, (s: string) => string> = {
  과: withParticle,
  와: withParticle,
  이: subjectParticle,
  가: subjectParticle,
  은: topicParticle,
  는: topicParticle,
  을: objectParticle,
  를: objectParticle,
  으로: directionParticle,
  로: directionParticle,
};

/**
 * Length of the longest tail of `shared` (a run without spaces) that starts with a particle and goes on
 * with a verb or noun (`이되고`, `과의`): where a word written without spaces may be cut. 0 when none.
 */
function longestParticleTail(shared: string): number {
  if (/[\s\u318d]/.test(shared)) return 0;
  for (let i = 1; i < shared.length - 1; i++) {
    const rest = shared.slice(i);
    if (PARTICLES.some((q) => rest.startsWith(q) && rest.length > q.length)) return rest.length;
  }
  return 0;
}

function particleFits(stem: string, p: string): boolean {
  const form = PAIRED[p];
  return !form || form(stem) === p;
}

/** `새마포담당관과` → `기획예산과장과`: quote the nouns, leave the shared particle outside. */
function trimSharedParticle(h: Hunk, a: string, b: string): Hunk {
  const x = a.slice(h.oldStart, h.oldEnd);
  const y = b.slice(h.newStart, h.newEnd);
  let cs = 0;
  while (cs < x.length && cs < y.length && x[x.length - 1 - cs] === y[y.length - 1 - cs]) cs++;
  if (cs === 0) return h;
  const shared = x.slice(x.length - cs);
  /** The hunk without the shared tail `p`; null when `p` is not a particle the quote may leave outside. */
  const cut = (p: string): Hunk | null => {
    const restX = x.slice(0, x.length - p.length);
    const restY = y.slice(0, y.length - p.length);
    // The particle must follow a word char on both sides, and what remains must still be a real word.
    if (!isWordChar(restX[restX.length - 1]) || !isWordChar(restY[restY.length - 1])) return null;
    const particle = PARTICLES.find((q) => p.startsWith(q)) ?? p;
    if (p === particle) {
      // Each side must end in this very particle (`…담당관으로` → `정책과로` changes it: quote both whole).
      const own = (w: string): string | undefined => PARTICLES.find((q) => w.endsWith(q) && w.length > q.length);
      if (own(x) !== p || own(y) !== p) return null;
    }
    // A particle agrees with the 받침 before it: `총무과` (과 after a vowel) is a noun, not 총무 + 과.
    if (!particleFits(restX, particle) || !particleFits(restY, particle)) return null;
    // `관광과` → `관광산업과`: a word grown inside keeps its last syllable (a 과 of a department name).
    const grown = (u: string, v: string): boolean => v.startsWith(u) && !/\s/.test(v.slice(u.length));
    if (particle.length === 1 && (grown(restX, restY) || grown(restY, restX))) return null;
    const lastWord = (s: string): string => /(?:(?!\u318d)[\p{L}\p{N}])+$/u.exec(s)?.[0] ?? '';
    // One Hangul syllable may be a noun ending in a particle-like syllable (회의); Latin or digits may not.
    const tooShort = (w: string): boolean => w.length < 2 && /[가-힣]$/.test(w);
    if (!lastWord(restX) || !lastWord(restY) || tooShort(lastWord(restX)) || tooShort(lastWord(restY))) return null;
    return { ...h, oldEnd: h.oldEnd - p.length, newEnd: h.newEnd - p.length };
  };
  // The particle at the end (`…담당관과`), the first that fits decides.
  const end = PARTICLES.find((p) => p.length <= cs && shared.endsWith(p));
  if (end) return cut(end) ?? h;
  // A word written without spaces: cut before a particle that starts the shared tail
  // (`교육정책전략국장이되고` → `시민사회국장이되고`).
  const tail = longestParticleTail(shared);
  return (tail > 0 && cut(shared.slice(shared.length - tail))) || h;
}

/** `(깨끗한마포과장)`: when the change fills a pair of parentheses, quote them too. */
function withEnclosingBrackets(h: Hunk, a: string): Hunk {
  const pairs: Record<string, string> = { '(': ')', '「': '」', '『': '』', '[': ']' };
  const open = a[h.oldStart - 1];
  if (open === undefined) return h;
  const close = pairs[open];
  if (close && a[h.oldEnd] === close) return extendRight(extendLeft(h, 1), 1);
  return h;
}

/** Deleted `A ` rather than ` A`, so the quote reads `"A "를 삭제한다`. */
function rotateDeletion(h: Hunk, a: string): Hunk {
  if (h.newStart !== h.newEnd) return h;
  let r = h;
  while (r.oldEnd < a.length && isSpaceChar(a[r.oldStart]) && a[r.oldStart] === a[r.oldEnd]) {
    r = { ...r, oldStart: r.oldStart + 1, oldEnd: r.oldEnd + 1, newStart: r.newStart + 1, newEnd: r.newEnd + 1 };
  }
  return r;
}

/**
 * Replacement spans turning `a` into `b` (both already whitespace-collapsed). Offsets index `a`/`b`;
 * pass canonical strings as `a`/`b` and visible strings as `va`/`vb` to quote the text as written.
 */
export function wordDiff(a: string, b: string, va: string = a, vb: string = b): Span[] {
  if (a === b) return [];
  let hs = rawHunks(a, b);
  // Changes separated only by spaces or punctuation read as one stretch (adjacent items of a list are
  // quoted together, as published: `"기획조정과장, 예산회계과장"을 …`); items with an unchanged one
  // between them get a quote each (drafting guide §3).
  hs = mergeOverlapping(hs, a, (gap) => gap.length <= 2 && !/[\p{L}\p{N}]/u.test(gap));
  hs = hs.map((h) => {
    let r = wholeNumbers(toWordBoundaries(h, a), a);
    const x = a.slice(r.oldStart, r.oldEnd);
    const y = b.slice(r.newStart, r.newEnd);
    if (!x.trim() && y.trim()) {
      // Inserted into an 어절 (`담당관ㆍ과장` → `실ㆍ담당관ㆍ과장`): quote that 어절; between words: the one before.
      const glued =
        (r.oldStart > 0 && !isSpaceChar(a[r.oldStart - 1])) || (r.oldEnd < a.length && !isSpaceChar(a[r.oldEnd]));
      if (glued && !isSpaceChar(y[0]) && !isSpaceChar(y[y.length - 1])) r = trimSharedParticle(wholeEojeol(r, a), a, b);
      else r = withNeighbourWord(r, a);
    } else if (x.trim() && !y.trim()) r = rotateDeletion(r, a);
    else if (isPunctOnly(x) && isPunctOnly(y) && isWordChar(a[r.oldStart - 1]) && isWordChar(a[r.oldEnd])) {
      // A joiner between two words changed (`설치·운영` → `설치ㆍ운영`): quote the joined words.
      while (r.oldStart > 0 && isWordChar(a[r.oldStart - 1])) r = extendLeft(r, 1);
      while (r.oldEnd < a.length && isWordChar(a[r.oldEnd])) r = extendRight(r, 1);
      r = trimSharedParticle(r, a, b);
    } else if (onlyParticleOrPunct(x) || onlyParticleOrPunct(y)) r = withNeighbourWord(r, a);
    else r = trimSharedParticle(trimSharedSpaces(r, a, b), a, b);
    r = trimSharedSpaces(r, a, b);
    if (r.oldStart < r.oldEnd && r.newStart < r.newEnd) r = withEnclosingBrackets(r, a);
    return r;
  });
  hs = mergeOverlapping(hs, a, () => false);
  return hs.map((h) => withTexts(h, va, vb));
}

/** Apply spans (sorted, non-overlapping) to `a`. */
export function applySpans(a: string, spans: readonly Span[]): string {
  let out = '';
  let pos = 0;
  for (const s of spans) {
    out += a.slice(pos, s.oldStart) + s.newText;
    pos = s.oldEnd;
  }
  return out + a.slice(pos);
}

/**
 * 0..1 similarity of two texts: Dice coefficient over the multiset of word tokens, weighted by length.
 * Linear time (no diff), since alignment calls it for every candidate pair.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const bag = new Map<string, number>();
  for (const t of tokenize(a)) if (t.trim()) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  let lenA = 0;
  let lenB = 0;
  for (const [t, n] of bag) lenA += t.length * n;
  for (const t of tokenize(b)) {
    if (!t.trim()) continue;
    lenB += t.length;
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common += t.length;
      bag.set(t, n - 1);
    }
  }
  return lenA + lenB ? (2 * common) / (lenA + lenB) : 1;
}
