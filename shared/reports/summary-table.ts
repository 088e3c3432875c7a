// The 추진실적 table as the council reads it (항목 / 실적 / 비고), built from a YearReport. The DOCX, the XLSX and the
// UI preview all print these rows.
import { formatPercent, LITIGATION_KINDS, OUTCOMES } from './definitions.ts';
import { DRILL } from './drill-keys.ts';
import type { YearReport } from './report-types.ts';

export interface SummaryRow {
  item: string;
  value: string;
  note: string;
  /** The figure behind `value`, for the record lists. */
  key?: string;
}

/** `2025. 10. 31.` — the date form of Korean official documents. */
export function koreanDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}. ${m}. ${d}.`;
}

export const DEFAULT_OFFICE = '○○구';
export const DEFAULT_SECTION = '법무행정';

/** `○○구 법무행정 주요업무 추진실적 (2025. 10. 31. 기준)` */
export function reportTitle(asOf: string, office = DEFAULT_OFFICE, section = DEFAULT_SECTION): string {
  return `${office} ${section} 주요업무 추진실적 (${koreanDate(asOf)} 기준)`;
}

/** `122건 — 행정소송 48, 민사소송 31, 행정심판 43`: the total, then every non-zero part in the given order. */
export function subCountLine(total: number, parts: readonly (readonly [string, number])[], unit = '건'): string {
  const shown = parts.filter(([, n]) => n > 0).map(([label, n]) => `${label} ${n}`);
  return shown.length === 0 ? `${total}${unit}` : `${total}${unit} — ${shown.join(', ')}`;
}

export const won = (amount: number) => `${amount.toLocaleString('ko-KR')}원`;
const days = (n: number | null) => (n === null ? '-' : `${n}일`);

export function litigationLine(r: YearReport): string {
  return subCountLine(
    r.litigation.total,
    LITIGATION_KINDS.map((k) => [k.label, r.litigation.byKind[k.label]] as const),
  );
}

export function legislationLine(r: YearReport): string {
  return subCountLine(r.legislation.total, Object.entries(r.legislation.byType));
}

export function resultsLine(r: YearReport): string {
  return subCountLine(
    r.litigation.closed,
    OUTCOMES.map((o) => [o, r.results[o]] as const),
  ).replace(/^(\d+건)/, '종결 $1');
}

export function summaryRows(r: YearReport, plans: readonly string[] = []): SummaryRow[] {
  const l = r.litigation;
  const rows: SummaryRow[] = [
    {
      item: '법무 교육',
      value: `${r.education.sessions}회, ${r.education.attendees}명`,
      note: '교육 실적 기록 기준',
      key: DRILL.educationTotal,
    },
    {
      item: '소송·심판 송무 지도',
      value: litigationLine(r),
      note: `진행 ${l.open} · 종결 ${l.closed} (신규 ${l.new} · 이월 ${l.carriedOver}); 사건 계열 ${l.families}건 (심급별 송무 건 ${l.total}건)`,
      key: DRILL.litigationTotal,
    },
    {
      item: '소송·심판 결과',
      value: resultsLine(r),
      note: r.winRateFormula,
      key: DRILL.litigationClosed,
    },
    {
      item: '승소율',
      value: r.winRate === null ? '산정 불가' : formatPercent(r.winRate),
      note: '각하·취하·화해·조정은 분모 제외',
      key: DRILL.winRate,
    },
    {
      item: '소송가액 합계',
      value: won(l.claimAmount.total),
      note: `소송가액 기재 ${l.claimAmount.records}건, 심급별 합산 (사건 계열 기준 ${won(l.claimAmount.byFamily)})`,
      key: DRILL.claimAmount,
    },
    {
      item: '자치법규 제·개정',
      value: legislationLine(r),
      note: `${Object.entries(r.legislation.byKind)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}${r.legislation.total > 0 ? '; ' : ''}입법예고→공포 평균 ${days(r.legislation.averageNoticeDays)}`,
      key: DRILL.legislationTotal,
    },
    {
      item: '법률자문',
      value: `외부 법률자문 ${r.opinions.external}건, 내부 자문 ${r.opinions.internal}건${
        r.opinions.unspecified > 0 ? `, 미지정 ${r.opinions.unspecified}건` : ''
      }`,
      note: `평균 회신 ${days(r.opinions.averageReplyDays)} (회신 ${r.opinions.replied}건, 대기 ${r.opinions.pending}건)`,
      key: DRILL.opinionsTotal,
    },
  ];
  if (r.people.length > 0) {
    rows.push({
      item: '고문변호사·소송대리인',
      value: `${r.people.length}명`,
      note: r.people
        .slice(0, 5)
        .map((p) => `${p.name} ${p.litigation + p.opinions}건`)
        .join(', '),
    });
  }
  const planLines = plans.map((p) => p.trim()).filter((p) => p !== '');
  if (planLines.length > 0) rows.push({ item: '향후 계획', value: planLines.join(', '), note: '' });
  return rows;
}
