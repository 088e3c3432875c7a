// The counting rules of the yearly 추진실적 report, in one place: the report, its record lists, the DOCX notes and
// the UI all take them from here, so a figure and its explanation cannot drift apart.
import type { CaseKind } from '../cases/case-kinds.ts';

/** The kinds that make a 송무 건 (소송 or 행정심판), in the order the report lists them. */
export const LITIGATION_KINDS = [
  { code: 'administrative_suit', label: '행정소송' },
  { code: 'civil_suit', label: '민사소송' },
  { code: 'administrative_appeal', label: '행정심판' },
  { code: 'constitutional_suit', label: '헌법소송' },
  { code: 'family_suit', label: '가사소송' },
] as const satisfies readonly { code: CaseKind; label: string }[];

export type LitigationKindLabel = (typeof LITIGATION_KINDS)[number]['label'];

const KIND_LABELS = new Map<string, LitigationKindLabel>(LITIGATION_KINDS.map((k) => [k.code, k.label]));

export function litigationKindLabel(kind: string): LitigationKindLabel | undefined {
  return KIND_LABELS.get(kind);
}

/** Outcomes from the ward's point of view; `미입력`: closed without a result, `기타`: a result outside these. */
export const OUTCOMES = ['승소', '패소', '일부승소', '각하', '취하', '화해', '조정', '기타', '미입력'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outcomes in the 승소율 denominator; 각하·취하·화해·조정 are shown apart, never in it. */
export const DECIDED_OUTCOMES = ['승소', '패소', '일부승소'] as const satisfies readonly Outcome[];

export const ORDINANCE_TYPES = ['조례', '규칙', '훈령', '예규'] as const;
export const REVISION_KINDS = ['제정', '일부개정', '전부개정', '폐지', '타법개정'] as const;

/** Sides on which a granted claim (인용) is the ward's win. */
const CLAIMING_SIDES = new Set(['plaintiff', 'claimant', 'appellant']);

/**
 * The date a case closed: 종결일 when recorded, else the 선고일/재결일 once a result is entered. A case with neither
 * is open. Every count of the report uses this rule and no other.
 */
export function closedDateOf(c: { closedOn: string | null; decidedOn: string | null; result: string | null }) {
  return c.closedOn ?? (c.result !== null ? c.decidedOn : null);
}

/**
 * A result as the ward's outcome. In 행정심판 the ward is always the respondent (피청구인): 인용 is its loss,
 * 기각 its win, 일부인용 a partial win. A lawsuit recorded with 인용/기각 is read by the ward's side.
 */
export function outcomeOf(kind: string, result: string | null, wardSide: string | null): Outcome {
  if (result === null) return '미입력';
  if (result === '인용' || result === '기각' || result === '일부인용') {
    if (result === '일부인용') return '일부승소';
    const wardClaims = kind !== 'administrative_appeal' && wardSide !== null && CLAIMING_SIDES.has(wardSide);
    return (result === '인용') === wardClaims ? '승소' : '패소';
  }
  return (OUTCOMES as readonly string[]).includes(result) ? (result as Outcome) : '기타';
}

/** 승소 / (승소 + 패소 + 일부승소); null when nothing was decided on the merits. */
export function winRateOf(counts: Record<Outcome, number>): number | null {
  const denominator = counts.승소 + counts.패소 + counts.일부승소;
  return denominator === 0 ? null : counts.승소 / denominator;
}

export function formatPercent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** `승소율 = 승소 12 / (승소 12 + 패소 3 + 일부승소 1) = 75.0%` */
export function winRateFormula(counts: Record<Outcome, number>): string {
  const rate = winRateOf(counts);
  const { 승소: won, 패소: lost, 일부승소: partly } = counts;
  if (rate === null) return '승소율 = 산정 불가 (승소·패소·일부승소 0건)';
  return `승소율 = 승소 ${won} / (승소 ${won} + 패소 ${lost} + 일부승소 ${partly}) = ${formatPercent(rate)}`;
}

/** The definitions as users read them, under the figures (UI) and in the notes (DOCX). */
export const DEFINITIONS: readonly string[] = [
  '송무 건: 소송(행정·민사·헌법·가사) 또는 행정심판 기록 1건. 1심·2심·3심은 각각 별개의 송무 건으로 셉니다.',
  '사건(계열): 원심으로 연결된 심급을 하나로 묶은 것. 항소심과 그 1심은 송무 건 2건, 사건 1건입니다.',
  '집계 대상: 접수일(청구일)이 기준일 이전이고, 시작일 전에 종결되지 않은 송무 건. 휴지통의 기록은 세지 않습니다.',
  '종결일: 종결일이 입력되어 있으면 그 날, 없으면 결과가 입력된 경우의 선고일(재결일).',
  '진행: 기준일 현재 종결되지 않은 건(기준일 다음 날 이후 선고·종결된 건 포함). 종결: 시작일~기준일 사이에 종결된 건. 신규: 기간 안에 접수된 건, 이월: 시작일 전에 접수된 건.',
  '결과: 기간 안에 종결된 건을 구의 입장에서 셉니다. 행정심판에서 구는 피청구인이므로 인용 → 패소, 일부인용 → 일부승소, 기각 → 승소로 봅니다. 소송에서 인용·기각으로 입력된 결과는 구가 원고·청구인·항소인이면 인용 → 승소, 그 밖에는 인용 → 패소로 봅니다.',
  '승소율 = 승소 ÷ (승소 + 패소 + 일부승소). 각하·취하·화해·조정은 분모에 넣지 않으며, 분모가 0이면 산정하지 않습니다.',
  '소송가액 합계: 집계 대상 송무 건의 소송가액을 심급마다 더한 값(사건 계열별로는 가장 큰 값만 더한 값을 함께 표시).',
  '법률자문: 요청일이 기간 안인 자문. 평균 회신 일수는 기준일까지 회신된 자문의 요청일~회신일 일수 평균입니다.',
  '자치법규 제·개정: 공포일이 기간 안인 제정·개정·폐지 건. 입법예고→공포 평균 일수는 입법예고 시작일이 기록된 건의 평균입니다.',
  '교육 실적: 일자가 기간 안인 교육 과정의 횟수와 인원.',
];
