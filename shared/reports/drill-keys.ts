// Names of the report's figures. Each figure has a key; `YearReport.drill[key]` lists the records it counts, and
// the key's first part says which records those are.

export const DRILL = {
  litigationTotal: 'litigation.total',
  litigationOpen: 'litigation.open',
  litigationClosed: 'litigation.closed',
  litigationNew: 'litigation.new',
  litigationCarriedOver: 'litigation.carriedOver',
  litigationFamilies: 'litigation.families',
  claimAmount: 'litigation.claimAmount',
  winRate: 'results.winRateBase',
  opinionsTotal: 'opinions.total',
  opinionsExternal: 'opinions.external',
  opinionsInternal: 'opinions.internal',
  opinionsUnspecified: 'opinions.unspecified',
  opinionsReplied: 'opinions.replied',
  opinionsPending: 'opinions.pending',
  legislationTotal: 'legislation.total',
  legislationWithNotice: 'legislation.withNotice',
  educationTotal: 'education.total',
} as const;

export type LitigationStatus = 'total' | 'new' | 'carriedOver' | 'open' | 'closed';

export const kindKey = (kind: string, status: LitigationStatus = 'total') =>
  status === 'total' ? `litigation.kind.${kind}` : `litigation.kind.${kind}.${status}`;
export const outcomeKey = (outcome: string) => `results.${outcome}`;
export const monthKey = (month: string) => `monthly.${month}.new`;
export const monthClosedKey = (month: string) => `monthly.${month}.closed`;
export const personLitigationKey = (personId: number) => `people.${personId}.litigation`;
export const personOpinionsKey = (personId: number) => `people.${personId}.opinions`;
export const ordinanceTypeKey = (type: string) => `legislation.type.${type}`;
export const revisionKindKey = (kind: string) => `legislation.kind.${kind}`;
export const warningKey = (name: string) => `warnings.${name}`;

/** Which records a key lists. */
export type DrillEntity = 'litigation' | 'opinion' | 'revision' | 'education';

export function entityOfKey(key: string): DrillEntity {
  if (key.startsWith('opinions.') || /^people\.\d+\.opinions$/.test(key)) return 'opinion';
  if (key.startsWith('legislation.')) return 'revision';
  if (key.startsWith('education.')) return 'education';
  return 'litigation';
}

const STATUS_LABEL: Record<LitigationStatus, string> = {
  total: '전체',
  new: '신규',
  carriedOver: '이월',
  open: '진행',
  closed: '종결',
};

const FIXED_LABELS: Record<string, string> = {
  [DRILL.litigationTotal]: '송무 건 전체',
  [DRILL.litigationOpen]: '진행 중인 송무 건',
  [DRILL.litigationClosed]: '기간 내 종결된 송무 건',
  [DRILL.litigationNew]: '기간 내 신규 접수된 송무 건',
  [DRILL.litigationCarriedOver]: '전년도 등에서 이월된 송무 건',
  [DRILL.litigationFamilies]: '사건 계열별 송무 건',
  [DRILL.claimAmount]: '소송가액이 있는 송무 건',
  [DRILL.winRate]: '승소율 분모 (승소·패소·일부승소)',
  [DRILL.opinionsTotal]: '법률자문 전체',
  [DRILL.opinionsExternal]: '외부 법률자문',
  [DRILL.opinionsInternal]: '내부 자문',
  [DRILL.opinionsUnspecified]: '자문유형 미지정 자문',
  [DRILL.opinionsReplied]: '기준일까지 회신된 자문',
  [DRILL.opinionsPending]: '기준일 현재 회신 대기 자문',
  [DRILL.legislationTotal]: '자치법규 제·개정 전체',
  [DRILL.legislationWithNotice]: '입법예고일이 기록된 제·개정',
  [DRILL.educationTotal]: '교육 실적',
};

/** A Korean caption for the list behind a key, e.g. `행정소송 · 진행`. */
export function labelOfKey(key: string, personName?: string): string {
  const fixed = FIXED_LABELS[key];
  if (fixed) return fixed;
  const parts = key.split('.');
  const [area, a, b, c] = parts;
  if (area === 'litigation' && a === 'kind' && b) return `${b} · ${STATUS_LABEL[(c ?? 'total') as LitigationStatus]}`;
  if (area === 'results' && a) return `결과: ${a}`;
  if (area === 'monthly' && a) return `${a} ${b === 'closed' ? '종결' : '신규 접수'}`;
  if (area === 'people' && a)
    return `${personName ?? `#${a}`} · ${b === 'opinions' ? '고문변호사 자문' : '소송대리인 송무 건'}`;
  if (area === 'legislation' && a === 'type' && b) return `자치법규 ${b}`;
  if (area === 'legislation' && a === 'kind' && b) return `자치법규 ${b}`;
  if (area === 'warnings') return '확인이 필요한 기록';
  return key;
}
