// Court case numbers: year + 사건부호 + serial, e.g. `2022구합12345`, `2024헌마123` (docs/cases.md §1).
// 행정심판 commissions number their cases `2024-12345`. Users type spaces freely (`2022 구합 12345`);
// we store the compact form.

const COURT_NUMBER = /^(19[5-9]\d|20\d\d)([가-힣]{1,3})(\d{1,7})$/;
const APPEAL_NUMBER = /^(19[5-9]\d|20\d\d)-(\d{1,7})$/;

export function compactCaseNumber(raw: string): string {
  return raw.replace(/[\s\u3000]+/g, '');
}

export function isCourtCaseNumber(value: string): boolean {
  return COURT_NUMBER.test(compactCaseNumber(value));
}

export function isAppealCaseNumber(value: string): boolean {
  const compact = compactCaseNumber(value);
  return APPEAL_NUMBER.test(compact) || COURT_NUMBER.test(compact);
}

/** The 사건부호 of a court case number (`구합` of `2022구합12345`), or undefined. */
export function caseCode(value: string): string | undefined {
  return COURT_NUMBER.exec(compactCaseNumber(value))?.[2];
}
