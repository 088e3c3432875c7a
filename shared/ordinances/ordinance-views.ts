import type { LawWarning } from '../law/index.ts';

// What the main side returns about ordinances, revisions and drafts (plain JSON).

export const ORDINANCE_TYPES = ['조례', '규칙', '훈령', '예규'] as const;
export type OrdinanceType = (typeof ORDINANCE_TYPES)[number];

export const REVISION_KINDS = ['제정', '일부개정', '전부개정', '폐지', '타법개정'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface OrdinanceSummary {
  id: number;
  /** 제명 */
  name: string;
  type: OrdinanceType;
  /** 소관부서 */
  department: string | null;
  tags: string[];
  /** 최종 공포일·번호 and 현행 시행일: of the newest revision (by 공포일). */
  latestPromulgatedOn: string | null;
  latestPromulgationNo: string | null;
  effectiveOn: string | null;
  revisionCount: number;
  /** Drafts still being worked on. */
  openDraftCount: number;
}

export interface RevisionView {
  id: number;
  ordinanceId: number;
  revisionKind: RevisionKind;
  promulgationNo: string | null;
  promulgatedOn: string | null;
  effectiveOn: string | null;
  noticeStartedOn: string | null;
  /** The draft it came from, when it was promulgated through LexDesk. */
  draftId: number | null;
  createdAt: string;
}

/** One line of the parsed outline (장/절 headings, 조, 부칙), for navigation and checking the source. */
export interface OutlineItem {
  kind: 'heading' | 'article' | 'supplement' | 'title';
  /** e.g. `제5조의2(위원회의 구성)`, `제2장 위원회`, `부칙 <제1234호, 2022. 3. 10.>` */
  label: string;
  /** 0-based line in the text, to jump to. */
  line: number;
  depth: number;
}

export interface ParsedText {
  outline: OutlineItem[];
  warnings: LawWarning[];
  articleCount: number;
}

export interface DraftSummary {
  id: number;
  ordinanceId: number;
  name: string;
  status: 'drafting' | 'promulgated' | 'abandoned';
  baseRevisionId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface OrdinanceDetail {
  ordinance: OrdinanceSummary;
  /** Newest first. */
  revisions: RevisionView[];
  drafts: DraftSummary[];
  /** The 현행 text (newest revision) with its outline and the parser's warnings; null before any revision. */
  current: ({ revisionId: number; body: string } & ParsedText) | null;
}

/** 주요내용 line of a bill: a sentence and the articles it cites, printed as `(안 제5조)`. */
export interface MainPoint {
  text: string;
  articles: string[];
}

/** What the 의안 package needs beyond the texts. */
export interface BillInfo {
  billNumber: string;
  /** 제출연월일 */
  submittedOn: string | null;
  /** 제출자, e.g. `서울특별시 마포구청장` */
  submitter: string;
  reason: string;
  mainPoints: MainPoint[];
  references: { laws: string; budget: string; notice: string; other: string };
  /** The 부칙 of the bill (the new text's own 부칙 is not part of the 개정문). */
  supplement: string;
  /** 일부개정 (default) or 전부개정, as the drafter decides. */
  revisionKind: '일부개정' | '전부개정';
}

export const TIMELINE_STEPS = [
  { step: 'drafting', label: '입안' },
  { step: 'consultation', label: '관계부서 협의' },
  { step: 'notice', label: '입법예고' },
  { step: 'review', label: '조례·규칙심의회' },
  { step: 'submission', label: '의회 제출' },
  { step: 'resolution', label: '의결' },
  { step: 'transfer', label: '이송' },
  { step: 'promulgation', label: '공포' },
  { step: 'effective', label: '시행' },
] as const;
export type TimelineStep = (typeof TIMELINE_STEPS)[number]['step'];

export interface TimelineStepView {
  step: TimelineStep;
  label: string;
  plannedOn: string | null;
  actualOn: string | null;
  /** 입법예고 only: the last day of the notice period. */
  endOn: string | null;
  /** A date the rules give (e.g. 공포 ≤ 이송 + 20일) with the rule in Korean, when the inputs are known. */
  computed: { date: string; rule: string } | null;
  /** Not done and its planned (or computed latest) date is before today. */
  overdue: boolean;
  /** 규칙 have no council steps: those steps are not applicable. */
  applicable: boolean;
}

export interface DraftDetail {
  draft: DraftSummary & { body: string; bill: BillInfo };
  ordinance: OrdinanceSummary;
  /** The 현행 text the draft is compared against (its base revision). */
  baseBody: string;
  steps: TimelineStepView[];
  today: string;
}
