// Text edits shared by the applier and the planner's self-check: replace every occurrence of a quoted
// stretch inside one unit (or one part of it: 본문, 단서, 전단, 후단), matching through typographic
// noise (· / ㆍ, curly / straight quotes).
import { canonicalTypography, collapseSpaces } from '../normalize.ts';
import type { Portion } from './ops.ts';

export function countOccurrences(hay: string, needle: string): number {
  if (!needle) return 0;
  const h = canonicalTypography(hay);
  const n = canonicalTypography(needle);
  let count = 0;
  for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + n.length)) count++;
  return count;
}

/** Replace all occurrences of `a` by `b`; null when `a` does not occur. */
export function replaceAllLoose(text: string, a: string, b: string): string | null {
  const h = canonicalTypography(text);
  const n = canonicalTypography(a);
  if (!n) return null;
  let out = '';
  let pos = 0;
  let found = false;
  for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + n.length)) {
    out += text.slice(pos, i) + b;
    pos = i + n.length;
    found = true;
  }
  if (!found) return null;
  return collapseSpaces(out + text.slice(pos));
}

const PROVISO = /\s다만\s*[,，]?\s/;
const LATTER = /(?<=\.)\s이 경우\s/;

/** Where the 단서 (`다만, …`) or the 후단 (`이 경우 …`) starts; -1 when there is none. */
export function partStart(text: string, part: '단서' | '후단'): number {
  const m = (part === '단서' ? PROVISO : LATTER).exec(text);
  return m ? m.index : -1;
}

/** [start, end) of a portion of a unit's text; null when the text has no such portion. */
export function portionRange(text: string, portion: Portion): [number, number] | null {
  const part = portion === '본문' || portion === '단서' ? '단서' : '후단';
  const at = partStart(text, part);
  if (at < 0) return null;
  return portion === '본문' || portion === '전단' ? [0, at] : [at, text.length];
}

/** Apply `edit` to a portion of `text` (the whole text when no portion); null when it does not apply. */
export function editPortion(
  text: string,
  portion: Portion | undefined,
  edit: (s: string) => string | null,
): string | null {
  if (!portion) return edit(text);
  const r = portionRange(text, portion);
  if (!r) return null;
  const inner = edit(text.slice(r[0], r[1]));
  if (inner === null) return null;
  return collapseSpaces(`${text.slice(0, r[0])} ${inner} ${text.slice(r[1])}`);
}

/** Drop the 단서 (from `다만`) or the 후단 (from `이 경우`); null when there is none. */
export function dropPart(text: string, part: '단서' | '후단'): string | null {
  const at = partStart(text, part);
  if (at <= 0) return null;
  return collapseSpaces(text.slice(0, at));
}
