// The 송무대장 (case ledger) as a spreadsheet: its columns, the header names offices actually use, and the
// parsers for cell values. Import (ledger-rows.ts) and export (ledger-record.ts) share this one list, so an
// exported file always re-imports.

import { CASE_KINDS, type CaseKind } from './case-kinds.ts';
import { optionalIsoDate, optionalWon } from './case-fields.ts';
import { CASE_RESULTS, OPINION_TYPES, WARD_SIDES, codeOf, type CaseResult, type OpinionType } from './case-values.ts';
import type { WardSide } from './case-values.ts';

export type LedgerField =
  | 'kind'
  | 'caseNumber'
  | 'court'
  | 'division'
  | 'direction'
  | 'instance'
  | 'parentCaseNumber'
  | 'title'
  | 'plaintiffs'
  | 'defendants'
  | 'otherParties'
  | 'wardSide'
  | 'department'
  | 'performers'
  | 'attorneys'
  | 'advisors'
  | 'claimAmount'
  | 'filedOn'
  | 'result'
  | 'decidedOn'
  | 'finalizedOn'
  | 'closedOn'
  | 'opinionType'
  | 'requestedOn'
  | 'answeredOn'
  | 'question'
  | 'answer'
  | 'costAmount'
  | 'awardAmount'
  | 'memo';

export interface LedgerColumn {
  field: LedgerField;
  /** The header the export writes and the import prefers. */
  header: string;
  /** Other names seen in office ledgers; compared without spaces. */
  synonyms: readonly string[];
  /** Export column width in characters. */
  width: number;
}

// Export order: the columns of the team's paper ledger first, then what the app stores beyond them.
export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { field: 'kind', header: '구분', synonyms: ['사건구분', '사건종류', '종류'], width: 10 },
  { field: 'caseNumber', header: '사건번호', synonyms: ['심판번호', '청구번호'], width: 16 },
  { field: 'court', header: '법원', synonyms: ['관할법원', '법원명', '심판기관', '법원·기관', '기관'], width: 22 },
  { field: 'division', header: '재판부', synonyms: ['담당재판부'], width: 12 },
  { field: 'instance', header: '심급', synonyms: [], width: 6 },
  { field: 'parentCaseNumber', header: '원심사건번호', synonyms: ['원심사건', '원심'], width: 16 },
  { field: 'title', header: '사건명', synonyms: ['건명', '사건내용', '제목'], width: 36 },
  { field: 'plaintiffs', header: '원고', synonyms: ['청구인', '신청인'], width: 20 },
  { field: 'defendants', header: '피고', synonyms: ['피청구인', '피신청인'], width: 20 },
  { field: 'otherParties', header: '기타당사자', synonyms: ['기타 당사자', '참가인'], width: 16 },
  { field: 'direction', header: '지휘', synonyms: ['검찰청지휘', '지휘청', '지휘내용', '소송지휘'], width: 24 },
  { field: 'wardSide', header: '우리측지위', synonyms: ['우리측', '구지위', '당사자지위', '지위'], width: 12 },
  { field: 'department', header: '담당부서', synonyms: ['부서', '담당과', '소관부서', '요청부서'], width: 14 },
  { field: 'performers', header: '소송수행자', synonyms: ['수행자'], width: 16 },
  { field: 'attorneys', header: '소송대리인', synonyms: ['대리인', '변호사'], width: 24 },
  { field: 'claimAmount', header: '소송가액', synonyms: ['소가', '소송물가액', '청구금액'], width: 16 },
  { field: 'filedOn', header: '접수일', synonyms: ['접수일자', '제소일', '소제기일', '청구일'], width: 12 },
  { field: 'result', header: '결과', synonyms: ['판결결과', '처리결과', '재결결과'], width: 10 },
  { field: 'decidedOn', header: '선고일', synonyms: ['선고일자', '판결일', '재결일'], width: 12 },
  { field: 'finalizedOn', header: '확정일', synonyms: ['확정일자'], width: 12 },
  { field: 'closedOn', header: '종결일', synonyms: ['종결일자'], width: 12 },
  { field: 'opinionType', header: '자문유형', synonyms: ['자문구분', '자문 유형'], width: 10 },
  { field: 'requestedOn', header: '요청일', synonyms: ['자문요청일', '의뢰일'], width: 12 },
  { field: 'answeredOn', header: '회신일', synonyms: ['자문회신일'], width: 12 },
  { field: 'advisors', header: '자문변호사', synonyms: ['자문기관', '고문변호사'], width: 20 },
  { field: 'question', header: '질의요지', synonyms: ['질의내용', '자문내용'], width: 30 },
  { field: 'answer', header: '회신요지', synonyms: ['회신내용'], width: 30 },
  { field: 'costAmount', header: '비용', synonyms: ['소송비용', '자문료'], width: 14 },
  { field: 'awardAmount', header: '판결금', synonyms: [], width: 14 },
  { field: 'memo', header: '메모', synonyms: ['비고'], width: 30 },
];

/** Columns a ledger must have. */
export const REQUIRED_FIELDS: readonly LedgerField[] = ['kind', 'title'];

/** Row-number columns offices keep; recognised so they are not reported as unknown. */
const NUMBERING_HEADERS = new Set(['연번', '순번', '번호', 'no', 'no.']);

export function columnOf(field: LedgerField): LedgerColumn {
  const column = LEDGER_COLUMNS.find((c) => c.field === field);
  if (!column) throw new Error(`unknown ledger field ${field}`);
  return column;
}

export const headerOf = (field: LedgerField): string => columnOf(field).header;

const squash = (text: string) => text.replace(/[\s\u3000]+/g, '').toLowerCase();

const HEADER_INDEX = new Map<string, LedgerField>(
  LEDGER_COLUMNS.flatMap((c) => [c.header, ...c.synonyms].map((name) => [squash(name), c.field] as const)),
);

/**
 * The field a header cell names: spaces ignored (`사 건 번 호`), synonyms accepted, and a trailing unit or note in
 * brackets dropped (`소송가액(원)`). `null` for a numbering column, undefined for an unknown header.
 */
export function fieldOfHeader(header: string): LedgerField | null | undefined {
  const name = squash(header);
  if (name === '') return undefined;
  const bare = name.replace(/[([][^)\]]*[)\]]$/, '');
  const field = HEADER_INDEX.get(name) ?? HEADER_INDEX.get(bare);
  if (field) return field;
  return NUMBERING_HEADERS.has(name) ? null : undefined;
}

// ---- cell values -------------------------------------------------------------------------------------------

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

export function cleanCell(raw: string | undefined): string {
  return (raw ?? '').replace(/\u00a0/g, ' ').trim();
}

const DATE_FORMATS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/, // 2024-03-04
  /^(\d{4})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.?$/, // 2024.03.04, 2024. 3. 4.
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, // 2024/03/04 (Excel text)
  /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일$/, // 2024년 3월 4일
];

/**
 * A date cell as ISO `YYYY-MM-DD` (null when empty). Accepts `YYYY-MM-DD`, `YYYY.MM.DD`, `YYYY. M. D.` and the
 * like; anything else, or a day that does not exist, gets the same message as the case form.
 */
// Building a zod schema costs more than running it; a 5,000-row import asks for the same few labels.
function cached<S>(make: (label: string) => S): (label: string) => S {
  const schemas = new Map<string, S>();
  return (label) => {
    let schema = schemas.get(label);
    if (schema === undefined) {
      schema = make(label);
      schemas.set(label, schema);
    }
    return schema;
  };
}
const dateSchema = cached(optionalIsoDate);
const wonSchema = cached(optionalWon);

export function parseLedgerDate(raw: string, label: string): Parsed<string | null> {
  const text = cleanCell(raw);
  if (text === '') return ok(null);
  let iso = text;
  for (const format of DATE_FORMATS) {
    const m = format.exec(text);
    if (m) {
      iso = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
      break;
    }
  }
  const result = dateSchema(label).safeParse(iso);
  return result.success ? ok(result.data) : fail(result.error.issues[0]?.message ?? `${label} 형식 오류`);
}

/** Money in 원: `50000000`, `50,000,000`, `50,000,000원` (null when empty or `-`). */
export function parseWon(raw: string, label: string): Parsed<number | null> {
  const text = cleanCell(raw).replace(/\s+/g, '');
  if (text === '' || text === '-') return ok(null);
  const digits = text.replace(/원$/, '');
  const candidate: unknown = /^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$/.test(digits) ? Number(digits.replace(/,/g, '')) : text;
  const result = wonSchema(label).safeParse(candidate);
  return result.success ? ok(result.data) : fail(result.error.issues[0]?.message ?? `${label} 형식 오류`);
}

export function formatWon(value: number): string {
  return `${value.toLocaleString('en-US')}원`;
}

const KIND_ALIASES: Record<string, CaseKind> = {
  행정: 'administrative_suit',
  민사: 'civil_suit',
  헌법: 'constitutional_suit',
  헌법재판: 'constitutional_suit',
  가사: 'family_suit',
  자문: 'legal_opinion',
};

export function parseKind(raw: string): Parsed<CaseKind> {
  const text = squash(cleanCell(raw));
  if (text === '') return fail('구분을 입력하세요.');
  const kind = CASE_KINDS.find((k) => k.label === text || k.code === text)?.code ?? KIND_ALIASES[text];
  return kind
    ? ok(kind)
    : fail(`구분은 ${CASE_KINDS.map((k) => k.label).join(', ')} 중 하나여야 합니다 (입력값: ${cleanCell(raw)}).`);
}

const IN_PROGRESS = new Set(['', '진행', '진행중', '계속', '계속중', '-']);

/** A result from the list; empty (or 진행 중) means the matter is still open. */
export function parseResult(raw: string): Parsed<CaseResult | null> {
  const text = squash(cleanCell(raw));
  if (IN_PROGRESS.has(text)) return ok(null);
  const result = CASE_RESULTS.find((r) => r === text);
  return result
    ? ok(result)
    : fail(
        `결과는 ${CASE_RESULTS.join(', ')} 중 하나여야 합니다 (진행 중이면 비워 두세요. 입력값: ${cleanCell(raw)}).`,
      );
}

const WARD_SIDE_ALIASES: Record<string, WardSide> = {
  항소인: 'appellant',
  상고인: 'appellant',
  '항소인·상고인': 'appellant',
  피항소인: 'appellee',
  피상고인: 'appellee',
  '피항소인·피상고인': 'appellee',
  신청인: 'plaintiff',
  피신청인: 'defendant',
  보조참가인: 'intervenor',
};

export function parseWardSide(raw: string): Parsed<WardSide | null> {
  const text = squash(cleanCell(raw));
  if (text === '') return ok(null);
  const side = codeOf(WARD_SIDES, text) ?? WARD_SIDE_ALIASES[text];
  return side
    ? ok(side)
    : fail(
        `우리측지위는 원고, 피고, 청구인, 피청구인, 항소인, 피항소인, 참가인 중 하나여야 합니다 (입력값: ${cleanCell(raw)}).`,
      );
}

export function parseOpinionType(raw: string): Parsed<OpinionType | null> {
  const text = squash(cleanCell(raw)).replace(/(자문|고문변호사)$/, '');
  if (text === '') return ok(null);
  const type = codeOf(OPINION_TYPES, text);
  return type ? ok(type) : fail(`자문유형은 외부 또는 내부여야 합니다 (입력값: ${cleanCell(raw)}).`);
}

/** `1`, `1심`, `제1심` → 1 (null when empty). */
export function parseInstance(raw: string): Parsed<number | null> {
  const text = squash(cleanCell(raw));
  if (text === '') return ok(null);
  const m = /^제?([123])(심)?$/.exec(text);
  return m ? ok(Number(m[1])) : fail(`심급은 1, 2, 3(또는 1심, 2심, 3심)으로 입력하세요 (입력값: ${cleanCell(raw)}).`);
}

// 사건부호 → 심급, where the code alone says it (docs/cases.md §1); 아, 카합, 헌마 … name no 심급.
const INSTANCE_BY_CODE: Record<string, number> = {
  구합: 1,
  구단: 1,
  가합: 1,
  가단: 1,
  가소: 1,
  누: 2,
  나: 2,
  두: 3,
  다: 3,
};

export function instanceOfCode(code: string | undefined): number | null {
  return code === undefined ? null : (INSTANCE_BY_CODE[code] ?? null);
}
