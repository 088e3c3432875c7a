// Text normalisation: history tags, whitespace and typographic noise. Differences these functions
// erase are not amendments (drafting guide §1, issue 5 item 2).

const DATE = /\d{2,4}\s*[.,]\s*\d|'\s?\d{2}/;
const ANGLE_KEYWORD =
  /^\s*(?:개정|신설|삭제|본조신설|전문개정|일부개정|전부개정|제목개정|단서신설|단서삭제|호신설|항신설|목신설|후단신설|종전|시행일|타법개정|[^<>]*이동)/;
const ANGLE_ONLY_DATES = /^[\s\d.,'~∼-]+$/;
// Any bracketed note with a date that records a move, deletion, insertion or revision, in any wording
// (`[제15조에서 이동 …]`, `[기존 제14조 삭제 <…>]`, `[종전 …]`).
const SQUARE_KEYWORD = /^\s*(?:본조신설|전문개정|제목개정|본조제목개정|종전|기존|시행일|[^\]]*(?:이동|삭제|신설|개정))/;
const PAREN_KEYWORD = /^\s*(?:개정|신설|삭제|전문개정|일부개정|전부개정|타법개정|본조신설|제목개정|[^()]*이동)/;

// One regex for every tag shape; the callback below decides whether a match really is a tag.
const TAG_CANDIDATE = /<([^<>\n]{1,200})>|\[([^[\]\n]{1,200})\]|\(([^()\n]{1,200})\)/g;

export interface TagMatch {
  start: number;
  end: number;
}

function isTag(angle: string | undefined, square: string | undefined, paren: string | undefined): boolean {
  if (angle !== undefined) return DATE.test(angle) && (ANGLE_KEYWORD.test(angle) || ANGLE_ONLY_DATES.test(angle));
  if (square !== undefined) return DATE.test(square) && SQUARE_KEYWORD.test(square.replace(/<[^>]*>/g, ''));
  if (paren !== undefined) return DATE.test(paren) && PAREN_KEYWORD.test(paren);
  return false;
}

/** All history tags in `s` (`<개정 …>`, `[전문개정 …]`, `(개정 '95.10.20)` …), in order. */
const MAYBE_TAG = /[<[(][^<>[\]()\n]{0,200}\d/;

export function findTags(s: string): TagMatch[] {
  // Cheap exit: every tag holds a bracket followed by a date digit.
  if (!MAYBE_TAG.test(s)) return [];
  const out: TagMatch[] = [];
  // Square tags may contain an angle tag (`[종전 제5조는 제6조로 이동 <2020. 1. 2.>]`): match them first.
  const squareNested = /\[[^[\]\n]{0,200}<[^<>\n]*>[^[\]\n]{0,50}\]/g;
  const taken: Array<[number, number]> = [];
  if (s.includes('['))
    for (const m of s.matchAll(squareNested)) {
      const inner = m[0].slice(1, -1);
      if (isTag(undefined, inner, undefined)) {
        out.push({ start: m.index, end: m.index + m[0].length });
        taken.push([m.index, m.index + m[0].length]);
      }
    }
  for (const m of s.matchAll(TAG_CANDIDATE)) {
    const start = m.index;
    if (taken.some(([a, b]) => start >= a && start < b)) continue;
    if (isTag(m[1], m[2], m[3])) out.push({ start, end: start + m[0].length });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

// A comma left after a tag at the end of a line (`[본조신설 <2024.3.19.>], `) is part of the tag's noise.
const TRAILING_COMMA = /^[ \t]*[,，;][ \t]*(?=\r?\n|$)/;

export function stripTags(s: string): string {
  const tags = findTags(s);
  if (tags.length === 0) return s;
  let out = '';
  let pos = 0;
  for (const t of tags) {
    out += s.slice(pos, t.start) + ' ';
    pos = t.end;
    const comma = TRAILING_COMMA.exec(s.slice(pos));
    if (comma) pos += comma[0].length;
  }
  return out + s.slice(pos);
}

/** Index where the trailing run of whitespace and history tags starts. */
export function tailStart(s: string): number {
  const tags = findTags(s);
  let cut = s.length;
  for (;;) {
    while (cut > 0 && isSpace(s.charCodeAt(cut - 1))) cut--;
    const t = tags.find((x) => x.end === cut);
    if (!t) break;
    cut = t.start;
  }
  return cut;
}

const SPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Collapse every run of whitespace (incl. full-width and no-break spaces) to one space, trim. */
export function collapseSpaces(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim();
}

/** The text as a reader sees it: history tags removed, whitespace collapsed; typography untouched. */
export function visibleText(s: string): string {
  return collapseSpaces(stripTags(s));
}

const TYPO_MAP: Record<string, string> = {
  '\u00b7': '\u318d',
  '\u30fb': '\u318d',
  '\u2027': '\u318d',
  '\u2219': '\u318d',
  '\u22c5': '\u318d',
  '\uff65': '\u318d',
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\uff02': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\uff07': "'",
};
const TYPO_RE = /[\u00b7\u30fb\u2027\u2219\u22c5\uff65\u201c-\u201f\u2033\uff02\u2018-\u201b\u2032\uff07]/g;

/**
 * Map typographic variants to one form, character for character (same length, so offsets found in
 * the canonical string are valid in the visible one).
 */
export function canonicalTypography(s: string): string {
  return s.replace(TYPO_RE, (c) => TYPO_MAP[c] ?? c);
}

/** The comparison key of a unit's text: visible text with typography unified. */
export function comparisonText(s: string, showTypographic = false): string {
  const v = visibleText(s);
  return showTypographic ? v : canonicalTypography(v);
}
