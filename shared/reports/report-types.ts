// What the yearly report reads (plain records, as the repository fetches them) and what it gives back.
import type { LitigationKindLabel, Outcome } from './definitions.ts';

export interface ReportPeriod {
  /** First day counted, `YYYY-MM-DD`. */
  from: string;
  /** 기준일: the last day counted. */
  asOf: string;
}

/** A 송무 or 자문 record with only the fields the counts need. */
export interface ReportCase {
  id: number;
  kind: string;
  parentCaseId: number | null;
  wardSide: string | null;
  /** 접수일 / 청구일 / 요청일. */
  filedOn: string | null;
  result: string | null;
  /** 선고일 / 재결일 / 회신일. */
  decidedOn: string | null;
  closedOn: string | null;
  claimAmount: number | null;
  opinionType: string | null;
  /** Records in the 휴지통 are never counted; the repository leaves them out, the computation skips them too. */
  deletedAt?: string | null;
}

/** A parent link of any case (also outside the period), so every family finds its root. */
export interface ReportParentLink {
  id: number;
  parentCaseId: number;
}

/** A lawyer linked to a case: `attorney` 소송대리인 on a 송무 건, `advisor` 고문변호사 on a 자문. */
export interface ReportPersonLink {
  caseId: number;
  personId: number;
  role: string;
  name: string;
  organization: string | null;
}

export interface ReportRevision {
  id: number;
  ordinanceId: number;
  ordinanceName: string;
  /** 조례 / 규칙 / 훈령 / 예규 */
  ordinanceType: string;
  /** 제정 / 일부개정 / 전부개정 / 폐지 / 타법개정 */
  revisionKind: string;
  promulgationNo: string | null;
  promulgatedOn: string | null;
  noticeStartedOn: string | null;
}

export interface ReportEducation {
  id: number;
  heldOn: string;
  course: string;
  attendees: number;
  memo: string | null;
}

export interface ReportInput {
  period: ReportPeriod;
  cases: readonly ReportCase[];
  parentLinks?: readonly ReportParentLink[];
  people?: readonly ReportPersonLink[];
  revisions?: readonly ReportRevision[];
  education?: readonly ReportEducation[];
}

export interface KindStatusRow {
  kind: LitigationKindLabel;
  total: number;
  new: number;
  carriedOver: number;
  open: number;
  closed: number;
}

export interface PersonRow {
  personId: number;
  name: string;
  organization: string | null;
  /** 소송대리인으로 수임한 집계 대상 송무 건. */
  litigation: number;
  /** 고문변호사로 맡은 기간 내 자문. */
  opinions: number;
}

export interface MonthRow {
  /** `YYYY-MM` */
  month: string;
  new: number;
  closed: number;
}

export interface ReportWarning {
  key: string;
  message: string;
  count: number;
}

export interface YearReport {
  asOf: string;
  from: string;
  litigation: {
    /** 송무 건 (each 심급 its own record). */
    total: number;
    open: number;
    closed: number;
    new: number;
    carriedOver: number;
    /** 사건: distinct families (root of the 원심 chain) among the counted 송무 건. */
    families: number;
    byKind: Record<LitigationKindLabel, number>;
    byKindStatus: KindStatusRow[];
    /** 소송가액: summed per record, and per family (largest amount of each family). */
    claimAmount: { total: number; byFamily: number; records: number };
  };
  results: Record<Outcome, number>;
  winRate: number | null;
  winRateFormula: string;
  people: PersonRow[];
  opinions: {
    total: number;
    external: number;
    internal: number;
    unspecified: number;
    replied: number;
    pending: number;
    averageReplyDays: number | null;
    averageReplyDaysExternal: number | null;
    averageReplyDaysInternal: number | null;
  };
  legislation: {
    total: number;
    byType: Record<string, number>;
    byKind: Record<string, number>;
    averageNoticeDays: number | null;
    /** Revisions with a recorded 입법예고 start, the base of the average. */
    withNotice: number;
  };
  education: { sessions: number; attendees: number };
  monthly: MonthRow[];
  warnings: ReportWarning[];
  definitions: readonly string[];
  /** Figure key → ids of the records behind it (cases, revisions or education sessions, by the key's area). */
  drill: Record<string, number[]>;
}
