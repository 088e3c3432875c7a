// The ordinance tree produced by the parser. Every node keeps the exact source text it came from
// (head + text + tail), so rendering the tree gives the input back byte for byte.

export type UnitKind = 'article' | 'paragraph' | 'item' | 'subitem';

/** 제5조의2 → {main: 5, branch: 2}; 목 letters are numbered 가=1, 나=2 …; branch 0 = none. */
export interface UnitNumber {
  main: number;
  branch: number;
}

export interface Unit {
  kind: UnitKind;
  num: UnitNumber;
  /** A 항 written without a marker (an article with a single paragraph, or the lead text). */
  implicit: boolean;
  /** Raw source before the text: indent, markdown hashes, the label, the article title, spacing. */
  head: string;
  /** Where the number label sits inside `head` (so renumbering can rewrite it in place). */
  labelStart: number;
  labelEnd: number;
  /** Article title without parentheses (null when none); `titleStart/End` locate it in `head`. */
  title: string | null;
  titleStart: number;
  titleEnd: number;
  /** The unit's own text (raw, may hold line breaks and history tags in the middle). */
  text: string;
  /** Raw trailing history tags, spaces, line breaks and tag-only lines. */
  tail: string;
  children: Unit[];
  /** 1-based source line of the head (0 for units created by the applier). */
  line: number;
}

export interface Heading {
  kind: 'heading';
  level: '편' | '장' | '절' | '관';
  num: UnitNumber;
  /** Heading text after the number, e.g. `총칙`. */
  title: string;
  raw: string;
  line: number;
}

export type BodyEntry = Heading | Unit;

export interface AddendumBlock {
  /** First line of the block, e.g. `부칙 <조례 제1856호, 2026. 7. 16.>`. */
  header: string;
  raw: string;
  line: number;
}

export interface LawWarning {
  line: number;
  text: string;
  /** Korean, for the user. */
  message: string;
  /** Path of the nearest unit, e.g. `제5조제2항`. */
  near?: string;
}

export interface OrdinanceDoc {
  /** Raw text before the first heading/article (the 제명 line, blank lines, stray lines). */
  front: string;
  /** 제명 as found in the text (markdown hashes stripped), or null. */
  title: string | null;
  body: BodyEntry[];
  /** Raw text of all 부칙 blocks (from the first `부칙` line to the end). */
  addendaRaw: string;
  addenda: AddendumBlock[];
  /** `별표 1`, `별표3` … referenced in the body text. */
  annexRefs: string[];
  warnings: LawWarning[];
}
