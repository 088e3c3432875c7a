// Text edits shared by the applier and the writer's self-check: replace every occurrence of a quoted
// stretch inside one unit, matching through typographic noise (· / ㆍ, curly / straight quotes).
import { canonicalTypography, collapseSpaces } from './normalize.ts';

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

/** Drop the 단서 (the last sentence starting with `다만`); null when there is none. */
export function dropProviso(text: string): string | null {
  const m = /\s*다만\s*[,，]?\s[^]*$/.exec(text);
  if (!m || m.index === 0) return null;
  return collapseSpaces(text.slice(0, m.index));
}
