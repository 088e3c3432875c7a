// The one operation model of a 개정문. The planner turns a diff into these, the printer writes them as
// sentences, the reader parses sentences back into them and the applier carries them out, so the forms
// a drafter may write are spelled once (drafting guide §3).
import type { UnitKind, UnitNumber } from '../types.ts';

export interface LevelRef {
  num: UnitNumber;
  /** `(종전의 제5조)`: the number the unit had before this amendment renumbered it. */
  former: UnitNumber | null;
}

/** Part of a unit's own text a clause is limited to. */
export type Portion = '본문' | '단서' | '전단' | '후단';

/** A path such as `제5조제2항제3호` (an article's single unmarked 항 is not named). */
export interface Target {
  article?: LevelRef;
  paragraph?: LevelRef;
  item?: LevelRef;
  subitem?: LevelRef;
  /** `각 호 외의 부분` / `각 목 외의 부분`: the unit's own text, not its 호 or 목. */
  lead?: boolean;
  /** `각 호` / `각 목`: all the 호 (목) of the unit, as one set (`제3조제1항 각 호를 다음과 같이 한다`). */
  all?: boolean;
  portion?: Portion;
  /** Written relative to the previous path of the sentence: `같은 조 제3항`, `같은 항 제2호`, `같은 호 라목`. */
  same?: 'article' | 'paragraph' | 'item';
}

export type TargetEntry = { range: false; t: Target } | { range: true; from: Target; to: Target };

export type HeadingLevel = '편' | '장' | '절' | '관';

export interface HeadingRef {
  level: HeadingLevel;
  num: UnitNumber;
}

export type Op =
  /** `제명 "A"를 "B"로` */
  | { op: 'jemyeong'; from: string; to: string }
  /** `제2장의 제목 "A"를 "B"로` */
  | { op: 'headingTitle'; heading: HeadingRef; from: string; to: string }
  /** `제7조 앞에 장 번호 및 제목을 다음과 같이 신설` + the heading line as body */
  | { op: 'headingInsert'; before: Target; level: HeadingLevel }
  /** `제7조 앞의 "제2장 위원회"를 삭제` */
  | { op: 'headingDelete'; before: Target; text: string }
  /** `제3장의2(제20조의2부터 제20조의5까지)를 다음과 같이 신설` + the heading and its articles as body */
  | { op: 'chapterInsert'; heading: HeadingRef; articles: TargetEntry[] }
  /** `제4장(제15조부터 제20조까지)을 삭제`: the heading goes, its articles become `삭제` */
  | { op: 'chapterDelete'; heading: HeadingRef; articles: TargetEntry[] }
  /** `제5조제2항 중 "A"를 "B"로, "C"를 "D"로`; `each`: `… 중 "A"를 각각 "B"로` over several targets */
  | { op: 'replace'; targets: TargetEntry[]; pairs: Array<[string, string]>; each: boolean }
  /** `제5조 중 "A "를 삭제` */
  | { op: 'erase'; targets: TargetEntry[]; text: string; each: boolean }
  /** `제5조의 제목 "(A)"를 "(B)"로` (`partial`: `제5조의 제목 중 "A"를 "B"로`) */
  | { op: 'title'; target: Target; from: string; to: string; partial: boolean }
  /** `제5조제1항 단서를 삭제` (also `후단`) */
  | { op: 'dropPart'; target: Target; part: '단서' | '후단' }
  /** `제5조제1항에 단서를 다음과 같이 신설` (also `후단`) */
  | { op: 'addPart'; target: Target; part: '단서' | '후단' }
  | { op: 'delete'; targets: TargetEntry[]; each: boolean }
  /** `제6조를 제7조로`; `제4조부터 제6조까지를 각각 제5조부터 제7조까지로` */
  | { op: 'move'; from: TargetEntry[]; to: TargetEntry[]; each: boolean }
  /** `제10조를 제1항으로`: an article's single unmarked 항 becomes ① (before a ② is added). */
  | { op: 'numberParagraph'; target: Target }
  /** `제5조제2항을 다음과 같이 한다` (`각각` over several) */
  | { op: 'rewrite'; targets: TargetEntry[]; each: boolean }
  /** `제5조의2를 다음과 같이 신설`; `제5조에 제4항을 …`; `parent` is null for articles */
  | { op: 'insert'; parent: Target | null; targets: TargetEntry[]; each: boolean }
  /** `별표 3 중 "A"를 "B"로`: an attachment outside the text; the applier reports it. */
  | { op: 'annex'; annex: string; pairs: Array<[string, string]> };

/** What joins a clause to the next one in a sentence. */
export type Joint = ',' | '하고' | '하며';

export interface Sentence {
  ops: Op[];
  /** joints[i] joins ops[i] and ops[i + 1]. */
  joints: Joint[];
  /** Lines after `다음과 같이 …` (the last op's new text). */
  body: string[];
}

export const LEVELS: UnitKind[] = ['article', 'paragraph', 'item', 'subitem'];

/** Clauses that end in `…로` (and may be followed by a comma). */
export function endsInRo(op: Op): boolean {
  return (
    op.op === 'replace' ||
    op.op === 'title' ||
    op.op === 'jemyeong' ||
    op.op === 'headingTitle' ||
    op.op === 'move' ||
    op.op === 'numberParagraph' ||
    op.op === 'annex'
  );
}

/** Ops after which the new text follows: they end their sentence. */
export function takesBody(op: Op): boolean {
  return (
    op.op === 'rewrite' ||
    op.op === 'insert' ||
    op.op === 'headingInsert' ||
    op.op === 'addPart' ||
    op.op === 'chapterInsert'
  );
}

export function entryTargets(entries: readonly TargetEntry[]): Target[] {
  return entries.flatMap((e) => (e.range ? [e.from, e.to] : [e.t]));
}

export function lastTarget(entries: readonly TargetEntry[]): Target | null {
  const e = entries[entries.length - 1];
  return e ? (e.range ? e.to : e.t) : null;
}

export function deepestKind(t: Target): UnitKind {
  let kind: UnitKind = 'article';
  for (const k of LEVELS) if (t[k]) kind = k;
  return kind;
}
