// Unit numbers and labels: ① ↔ 1, 가 ↔ 1, `제5조의2`, paths such as `제5조의2제3항제2호나목`.
import type { Unit, UnitKind, UnitNumber } from './types.ts';

export const SUBITEM_LETTERS = '가나다라마바사아자차카타파하';

/** ①..⑳ ㉑..㉟ ㊱..㊿, and ⓛ (U+24DB), a common typo for ①. */
export function circledValue(ch: string): number | null {
  const c = ch.codePointAt(0);
  if (c === undefined) return null;
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  if (c === 0x24db) return 1;
  return null;
}

export function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `(${n})`;
}

export function subitemLetter(n: number): string {
  return SUBITEM_LETTERS[n - 1] ?? `${n}`;
}

export function compareNum(a: UnitNumber, b: UnitNumber): number {
  return a.main - b.main || a.branch - b.branch;
}

export function numKey(n: UnitNumber): string {
  return n.branch ? `${n.main}의${n.branch}` : `${n.main}`;
}

const KIND_SUFFIX: Record<UnitKind, string> = { article: '조', paragraph: '항', item: '호', subitem: '목' };

/** Label used in 개정문 paths: `제5조의2`, `제3항`, `제1호의2`, `가목`. */
export function pathLabel(kind: UnitKind, n: UnitNumber): string {
  if (kind === 'subitem') return `${subitemLetter(n.main)}목${n.branch ? `의${n.branch}` : ''}`;
  if (kind === 'article') return `제${n.main}조${n.branch ? `의${n.branch}` : ''}`;
  if (kind === 'paragraph') return `제${n.main}항`;
  return `제${n.main}호${n.branch ? `의${n.branch}` : ''}`;
}

/** Marker as written in the text: `제5조의2`, `②`, `1의2.`, `가.`. */
export function textLabel(kind: UnitKind, n: UnitNumber): string {
  if (kind === 'article') return `제${n.main}조${n.branch ? `의${n.branch}` : ''}`;
  if (kind === 'paragraph') return circled(n.main);
  if (kind === 'item') return `${numKey(n)}.`;
  return `${subitemLetter(n.main)}${n.branch ? `의${n.branch}` : ''}.`;
}

export function kindSuffix(kind: UnitKind): string {
  return KIND_SUFFIX[kind];
}

/** Path of a unit from its ancestors (implicit 항 are skipped, as drafters do: `제5조제2호`). */
export function unitPath(chain: readonly Unit[]): string {
  let out = '';
  for (const u of chain) {
    if (u.kind === 'paragraph' && u.implicit) continue;
    out += pathLabel(u.kind, u.num);
  }
  return out;
}
