// Kinds of matters the legal team tracks (docs/cases.md §1). Codes are stored in the database;
// labels are what users see and what imports/exports use.

export const CASE_KINDS = [
  { code: 'administrative_suit', label: '행정소송', group: 'lawsuit' },
  { code: 'civil_suit', label: '민사소송', group: 'lawsuit' },
  { code: 'constitutional_suit', label: '헌법소송', group: 'lawsuit' },
  { code: 'family_suit', label: '가사소송', group: 'lawsuit' },
  { code: 'administrative_appeal', label: '행정심판', group: 'appeal' },
  { code: 'legal_opinion', label: '법률자문', group: 'opinion' },
] as const;

export type CaseKind = (typeof CASE_KINDS)[number]['code'];
export type CaseGroup = (typeof CASE_KINDS)[number]['group'];

export const CASE_KIND_CODES = CASE_KINDS.map((k) => k.code) as [CaseKind, ...CaseKind[]];

export function caseKindLabel(kind: CaseKind): string {
  return CASE_KINDS.find((k) => k.code === kind)?.label ?? kind;
}

export function caseKindGroup(kind: CaseKind): CaseGroup {
  const found = CASE_KINDS.find((k) => k.code === kind);
  if (!found) throw new Error(`unknown case kind ${kind}`);
  return found.group;
}
