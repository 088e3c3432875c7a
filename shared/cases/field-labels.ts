// Korean names of case-record fields, for the change history and messages.
export const CASE_FIELD_LABELS: Record<string, string> = {
  kind: '구분',
  caseNumber: '사건번호',
  title: '사건명',
  court: '법원·기관',
  department: '담당부서',
  instance: '심급',
  parentCaseId: '원심 사건',
  division: '재판부',
  direction: '지휘',
  wardSide: '우리측 지위',
  claimAmount: '소송가액',
  filedOn: '접수일',
  result: '결과',
  decidedOn: '선고일',
  finalizedOn: '확정일',
  closedOn: '종결일',
  opinionType: '자문유형',
  question: '질의 요지',
  answer: '회신 요지',
  costAmount: '비용',
  awardAmount: '판결금',
  memo: '메모',
  parties: '당사자',
  people: '소송수행자·대리인',
  occurredOn: '날짜',
  noticeOn: '전자송달 통지일',
  dueOn: '기한일',
  doneAt: '완료',
  extension: '연장',
  reason: '사유',
};

// The same key means something else on a deadline or a file than on the case itself.
const ENTITY_FIELD_LABELS: Record<string, Record<string, string>> = {
  deadline: { title: '기한' },
  attachment: { name: '파일 이름', size: '크기(바이트)', sha256: 'SHA-256', file: '보관 파일' },
};

/** The Korean name of a field in a history entry of `entity` (case, event, deadline, attachment). */
export function historyFieldLabel(entity: string, field: string): string {
  return ENTITY_FIELD_LABELS[entity]?.[field] ?? CASE_FIELD_LABELS[field] ?? field;
}

export const HISTORY_ACTION_LABELS = {
  create: '등록',
  update: '수정',
  delete: '휴지통으로 이동',
  restore: '복원',
} as const;
export const HISTORY_ENTITY_LABELS: Record<string, string> = {
  case: '사건',
  event: '기록',
  deadline: '기한',
  attachment: '첨부',
};
