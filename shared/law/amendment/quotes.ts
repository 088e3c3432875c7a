// What a replacement clause quotes (drafting guide §3, "What to quote"): whole words, never a quote that
// starts or ends in a space, a bare number with its label (`별표 3`), context only where the bare word
// would also match where nothing changes, and a longer pattern before a shorter one inside it.
import { countOccurrences, replaceAllLoose } from './text-edit.ts';
import { isWordChar, type Span } from '../word-diff.ts';

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

function slice(s: Span, a: string, b: string): Span {
  return { ...s, oldText: a.slice(s.oldStart, s.oldEnd), newText: b.slice(s.newStart, s.newEnd) };
}

/** Widen by `k` shared characters on the left / right (text outside spans is the same in both). */
function left(s: Span, k: number): Span {
  return { ...s, oldStart: s.oldStart - k, newStart: s.newStart - k };
}
function right(s: Span, k: number): Span {
  return { ...s, oldEnd: s.oldEnd + k, newEnd: s.newEnd + k };
}

/** Characters up to the start of the previous 어절 (spaces included). */
function prevWordLength(a: string, at: number): number {
  let k = 0;
  while (at - k > 0 && isSpace(a[at - k - 1])) k++;
  while (at - k > 0 && !isSpace(a[at - k - 1])) k++;
  return k;
}
function nextWordLength(a: string, at: number): number {
  let k = 0;
  while (at + k < a.length && isSpace(a[at + k])) k++;
  while (at + k < a.length && !isSpace(a[at + k])) k++;
  return k;
}

/** A replacement never starts or ends in a space: take in the neighbouring word instead. */
function wholeWords(s: Span, a: string, b: string): Span {
  if (s.newStart === s.newEnd) return s; // a deletion quotes `A, ` as drafters do
  let r = s;
  const edge = (x: string, y: string, at: 'start' | 'end'): boolean => {
    const pick = (t: string): string | undefined => (at === 'start' ? t[0] : t[t.length - 1]);
    return (isSpace(pick(x)) || isSpace(pick(y))) && !(isSpace(pick(x)) && isSpace(pick(y)));
  };
  for (let i = 0; i < 4; i++) {
    const cur = slice(r, a, b);
    if (edge(cur.oldText, cur.newText, 'end') && r.oldEnd < a.length) r = right(r, nextWordLength(a, r.oldEnd));
    else if (edge(cur.oldText, cur.newText, 'start') && r.oldStart > 0) r = left(r, prevWordLength(a, r.oldStart));
    else break;
  }
  return slice(r, a, b);
}

const LABEL_BEFORE_NUMBER = /(?:별표|별지|부표|서식|제)\s?$/;

/** `별표 3과` → `별표 5와`: a bare number is quoted with the word that names it. */
function withNumberLabel(s: Span, a: string, b: string): Span {
  if (!/^[0-9]/.test(s.oldText) || !/^[0-9]/.test(s.newText)) return s;
  const before = a.slice(Math.max(0, s.oldStart - 4), s.oldStart);
  if (!LABEL_BEFORE_NUMBER.test(before) || /제\s?$/.test(before)) return s;
  return slice(left(s, prevWordLength(a, s.oldStart)), a, b);
}

function growSpan(s: Span, a: string, b: string): Span {
  // Prefer the preceding 어절 (`100분의 100`); at the start, the next one.
  if (s.oldStart > 0) return slice(left(s, prevWordLength(a, s.oldStart)), a, b);
  if (isWordChar(a[s.oldEnd]) && isWordChar(a[s.oldEnd - 1])) {
    let k = 0;
    while (s.oldEnd + k < a.length && !isSpace(a[s.oldEnd + k])) k++;
    return slice(right(s, k), a, b);
  }
  return slice(right(s, nextWordLength(a, s.oldEnd)), a, b);
}

function mergeSpans(spans: Span[], a: string, b: string): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((x, y) => x.oldStart - y.oldStart)) {
    const p = out[out.length - 1];
    if (p && s.oldStart < p.oldEnd) {
      const extra = Math.max(0, p.oldEnd - s.oldEnd);
      out[out.length - 1] = slice({ ...p, oldEnd: Math.max(p.oldEnd, s.oldEnd), newEnd: s.newEnd + extra }, a, b);
    } else out.push(s);
  }
  return out;
}

/** Text order, except that a pattern goes before any shorter one it contains (`복지국장` before `복지국`). */
export function applicationOrder(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const at = out.findIndex((r) => r.oldText !== s.oldText && s.oldText.includes(r.oldText));
    if (at < 0) out.push(s);
    else out.splice(at, 0, s);
  }
  return out;
}

/**
 * Spans shaped for quoting and grown until each quoted stretch is unambiguous where it applies (inside
 * `range` of the old text when the clause names a 본문 or 단서): every occurrence, once the patterns
 * before it are applied, changes the same way, and none occurs in the 호/목 below (`below`).
 * Returned in application order; null when that cannot be reached (at once, when `grow` is false).
 */
export function quotableSpans(
  oldText: string,
  newText: string,
  spans: readonly Span[],
  below = '',
  range: [number, number] | null = null,
  grow = true,
): Span[] | null {
  let list = mergeSpans(
    spans.map((s) => withNumberLabel(wholeWords(s, oldText, newText), oldText, newText)),
    oldText,
    newText,
  );
  const scope = range ? oldText.slice(range[0], range[1]) : oldText;
  for (let round = 0; round < (grow ? 8 : 1); round++) {
    const ordered = applicationOrder(list);
    const unclear = new Set<string>();
    const done = new Set<string>();
    let t: string | null = scope;
    for (const s of ordered) {
      const key = `${s.oldText}\u0000${s.newText}`;
      if (t === null || done.has(key)) continue;
      done.add(key);
      const same = list.filter((x) => x.oldText === s.oldText && x.newText === s.newText).length;
      const count = countOccurrences(t, s.oldText);
      if (s.oldText.trim() !== '' && (count !== same || countOccurrences(below, s.oldText) > 0)) unclear.add(key);
      t = replaceAllLoose(t, s.oldText, s.newText);
    }
    if (unclear.size === 0) return ordered;
    list = mergeSpans(
      list.map((s) => (unclear.has(`${s.oldText}\u0000${s.newText}`) ? growSpan(s, oldText, newText) : s)),
      oldText,
      newText,
    );
  }
  return null;
}
