// Closed vocabularies of a case record, with the Korean labels users see and import.

export const WARD_SIDES = [
  { code: 'plaintiff', label: '원고' },
  { code: 'defendant', label: '피고' },
  { code: 'appellant', label: '항소인·상고인' },
  { code: 'appellee', label: '피항소인·피상고인' },
  { code: 'claimant', label: '청구인' },
  { code: 'respondent', label: '피청구인' },
  { code: 'intervenor', label: '참가인' },
] as const;
export type WardSide = (typeof WARD_SIDES)[number]['code'];

export const CASE_RESULTS = [
  '승소',
  '패소',
  '일부승소',
  '각하',
  '취하',
  '화해',
  '조정',
  '인용',
  '일부인용',
  '기각',
  '회신',
] as const;
export type CaseResult = (typeof CASE_RESULTS)[number];

export const OPINION_TYPES = [
  { code: 'external', label: '외부' },
  { code: 'internal', label: '내부' },
] as const;
export type OpinionType = (typeof OPINION_TYPES)[number]['code'];

export const PERSON_ROLES = [
  { code: 'performer', label: '소송수행자' },
  { code: 'attorney', label: '소송대리인' },
  { code: 'advisor', label: '자문 변호사' },
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number]['code'];

export function labelOf<T extends { code: string; label: string }>(list: readonly T[], code: string | null): string {
  if (code === null) return '';
  return list.find((item) => item.code === code)?.label ?? code;
}

export function codeOf<T extends { code: string; label: string }>(
  list: readonly T[],
  label: string,
): T['code'] | undefined {
  return list.find((item) => item.label === label || item.code === label)?.code;
}
