// The records behind one figure, as a table: what the "click a number" list, the DOCX appendices and the XLSX
// appendix sheets show. One builder, so all three list a figure's records the same way.
import { caseKindLabel, type CaseKind } from '../cases/case-kinds.ts';
import { daysBetween } from '../deadlines/civil-date.ts';
import type { LitigationStanding } from './compute-report.ts';
import { entityOfKey, labelOfKey, type DrillEntity } from './drill-keys.ts';
import type { ReportEducation, ReportRevision } from './report-types.ts';

/** A case as the lists show it. */
export interface ReportCaseDetail {
  id: number;
  kind: string;
  caseNumber: string | null;
  title: string;
  court: string | null;
  department: string | null;
  instance: number | null;
  filedOn: string | null;
  result: string | null;
  decidedOn: string | null;
  closedOn: string | null;
  claimAmount: number | null;
  opinionType: string | null;
}

export interface RecordRow {
  id: number;
  /** Set for cases, so the UI can link to the case page. */
  caseId: number | null;
  cells: string[];
}

export interface RecordList {
  key: string;
  title: string;
  entity: DrillEntity;
  columns: string[];
  rows: RecordRow[];
}

export interface RecordSources {
  asOf: string;
  standings: ReadonlyMap<number, LitigationStanding>;
  /** The listed cases and the roots of their families. */
  cases: ReadonlyMap<number, ReportCaseDetail>;
  revisions: ReadonlyMap<number, ReportRevision>;
  education: ReadonlyMap<number, ReportEducation>;
}

export const RECORD_COLUMNS: Record<DrillEntity, string[]> = {
  litigation: [
    '번호',
    '구분',
    '사건번호',
    '사건명',
    '심급',
    '접수일',
    '종결일',
    '상태',
    '결과',
    '소송가액',
    '사건 계열',
  ],
  opinion: ['번호', '유형', '요청일', '회신일', '회신 일수', '질의 (제목)', '요청부서'],
  revision: ['번호', '종류', '자치법규명', '구분', '공포번호', '입법예고일', '공포일', '예고→공포 일수'],
  education: ['번호', '일자', '과정명', '인원', '비고'],
};

const won = (amount: number | null) => (amount === null ? '' : `${amount.toLocaleString('ko-KR')}원`);
const kindName = (kind: string) => caseKindLabel(kind as CaseKind);
const caseRef = (c: ReportCaseDetail | undefined) => (c ? (c.caseNumber ?? c.title) : '');

function litigationCells(no: number, id: number, src: RecordSources): string[] {
  const c = src.cases.get(id);
  const s = src.standings.get(id);
  const result =
    s?.outcome == null ? '' : c?.result && c.result !== s.outcome ? `${s.outcome} (${c.result})` : s.outcome;
  const family = s && s.rootId !== id ? `${caseRef(src.cases.get(s.rootId))}의 상급심` : '';
  return [
    String(no),
    c ? kindName(c.kind) : '',
    c?.caseNumber ?? '',
    c?.title ?? `#${id}`,
    c?.instance ? `${c.instance}심` : '',
    c?.filedOn ?? '',
    s?.closedOn && !s.open ? s.closedOn : '',
    s ? (s.open ? '진행' : '종결') : '',
    result,
    won(c?.claimAmount ?? null),
    family,
  ];
}

function opinionCells(no: number, id: number, src: RecordSources): string[] {
  const c = src.cases.get(id);
  const replied = c?.decidedOn && c.decidedOn <= src.asOf ? c.decidedOn : null;
  const type = c?.opinionType === 'external' ? '외부' : c?.opinionType === 'internal' ? '내부' : '미지정';
  return [
    String(no),
    type,
    c?.filedOn ?? '',
    replied ?? '회신 대기',
    replied && c?.filedOn ? `${daysBetween(c.filedOn, replied)}일` : '',
    c?.title ?? `#${id}`,
    c?.department ?? '',
  ];
}

function revisionCells(no: number, id: number, src: RecordSources): string[] {
  const r = src.revisions.get(id);
  if (!r) return [String(no), '', `#${id}`, '', '', '', '', ''];
  const days =
    r.noticeStartedOn && r.promulgatedOn && r.noticeStartedOn <= r.promulgatedOn
      ? `${daysBetween(r.noticeStartedOn, r.promulgatedOn)}일`
      : '';
  return [
    String(no),
    r.ordinanceType,
    r.ordinanceName,
    r.revisionKind,
    r.promulgationNo ?? '',
    r.noticeStartedOn ?? '',
    r.promulgatedOn ?? '',
    days,
  ];
}

function educationCells(no: number, id: number, src: RecordSources): string[] {
  const e = src.education.get(id);
  return e ? [String(no), e.heldOn, e.course, `${e.attendees}명`, e.memo ?? ''] : [String(no), '', `#${id}`, '', ''];
}

const CELLS = {
  litigation: litigationCells,
  opinion: opinionCells,
  revision: revisionCells,
  education: educationCells,
} as const;

export function recordList(
  key: string,
  ids: readonly number[],
  src: RecordSources,
  title: string = labelOfKey(key),
): RecordList {
  const entity = entityOfKey(key);
  const cells = CELLS[entity];
  const isCase = entity === 'litigation' || entity === 'opinion';
  return {
    key,
    title,
    entity,
    columns: RECORD_COLUMNS[entity],
    rows: ids.map((id, i) => ({ id, caseId: isCase ? id : null, cells: cells(i + 1, id, src) })),
  };
}
