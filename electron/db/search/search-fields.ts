import type { SEARCH_COLUMNS } from '../migrations/003-search.ts';
import type { SearchField } from '../../../shared/cases/search-views.ts';

export type SearchColumn = (typeof SEARCH_COLUMNS)[number];

/** What each document column (migration 003) is called on screen, in the order snippets prefer them. */
export const SEARCH_FIELD_LABELS: Record<SearchColumn, SearchField> = {
  number: '사건번호',
  title: '사건명',
  parties: '당사자',
  people: '담당자',
  opinion: '자문',
  memo: '메모',
  attachments: '첨부파일',
  records: '기록',
};

export const SEARCH_COLUMN_ORDER = Object.keys(SEARCH_FIELD_LABELS) as SearchColumn[];

export type SearchDocument = Record<SearchColumn, string>;
