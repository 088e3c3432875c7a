import type { CaseKind } from './case-kinds.ts';

// What `search:query` returns (plain JSON).

/** Where in a case the search text was found, as the result list labels it. */
export type SearchField = '사건번호' | '사건명' | '당사자' | '담당자' | '자문' | '메모' | '첨부파일' | '기록';

export interface SearchHit {
  id: number;
  kind: CaseKind;
  caseNumber: string | null;
  title: string;
  court: string | null;
  department: string | null;
  /** Always null: cases in the 휴지통 are never found. */
  deletedAt: null;
  /** Text around the first hit, each hit wrapped as 【…】. */
  snippet: string;
  matchedIn: SearchField[];
}

export interface SearchResult {
  /** Exact 사건번호 first, then by relevance; at most `limit` (50). */
  rows: SearchHit[];
  /** Number of matching cases, counted up to a cap (then `totalCapped` is true: "1,000건 이상"). */
  total: number;
  totalCapped: boolean;
}
