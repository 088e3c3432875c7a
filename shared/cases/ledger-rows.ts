// From the cells of a 송무대장 sheet (strings, as ledger-file.ts reads them) to validated case inputs, with every
// problem reported as `3행 사건번호: …` in the row numbers the user sees in Excel. Pure: the database checks
// (duplicates against stored cases, people) happen in electron/import/ledger-import.ts.
//
// Mapping decisions beyond the columns themselves (issue 6):
// - 법률자문 rows: 요청일 → filedOn, 회신일 → decidedOn (접수일/선고일 are read when those are empty); other rows
//   the other way round. 결과 may be empty or 회신.
// - closedOn: the 종결일 column when the sheet has one (an empty cell stays empty), else 선고일 once 결과 is filled.
// - 심급: the 심급 column when the sheet has one, else from the 사건부호 (구합/구단/가합/가단/가소 → 1, 누/나 → 2,
//   두/다 → 3), else none.
// - Every row goes through caseInputSchema, so its messages are the case form's.
// - A 사건번호 twice at the same 법원 is an error on the later row.

import { caseKindGroup, type CaseKind } from './case-kinds.ts';
import { caseCode, compactCaseNumber } from './case-number.ts';
import { caseInputSchema, type CaseInput, type CaseInputParsed } from './case-schema.ts';
import {
  cleanCell,
  fieldOfHeader,
  headerOf,
  instanceOfCode,
  parseInstance,
  parseKind,
  parseLedgerDate,
  parseOpinionType,
  parseResult,
  parseWardSide,
  parseWon,
  REQUIRED_FIELDS,
  type LedgerField,
  type Parsed,
} from './ledger-columns.ts';
import { parseParties, parsePeople, type LedgerParty, type LedgerPerson } from './ledger-parties.ts';

export interface LedgerIssue {
  /** 1-based row number as shown in Excel. */
  row: number;
  /** The column header as written in the file (spaces removed). */
  column?: string;
  message: string;
}

export interface ParsedLedgerRow {
  row: number;
  /** Validated by caseInputSchema; `people` is empty until the import links stored people. */
  input: CaseInputParsed;
  people: LedgerPerson[];
  /** 원심사건번호 (compact), linked at commit. */
  parentCaseNumber: string | null;
}

export interface LedgerParseResult {
  headerRow: number;
  /** Data rows that are not blank. */
  total: number;
  rows: ParsedLedgerRow[];
  errors: LedgerIssue[];
  warnings: LedgerIssue[];
}

export function formatLedgerIssue(issue: LedgerIssue): string {
  return issue.column ? `${issue.row}행 ${issue.column}: ${issue.message}` : `${issue.row}행: ${issue.message}`;
}

const HEADER_SEARCH_ROWS = 10;

interface Header {
  row: number;
  /** field → column index */
  columns: Map<LedgerField, number>;
  /** field → the header text in the file (spaces removed) */
  names: Map<LedgerField, string>;
}

function findHeader(sheet: readonly (readonly string[])[], warnings: LedgerIssue[]): Header | undefined {
  let best: { index: number; score: number } | undefined;
  sheet.slice(0, HEADER_SEARCH_ROWS).forEach((cells, index) => {
    const score = new Set(cells.map((c) => fieldOfHeader(c)).filter((f) => f)).size;
    if (score >= 2 && (!best || score > best.score)) best = { index, score };
  });
  if (!best) return undefined;
  const row = best.index + 1;
  const columns = new Map<LedgerField, number>();
  const names = new Map<LedgerField, string>();
  const unknown: string[] = [];
  (sheet[best.index] ?? []).forEach((cell, index) => {
    const field = fieldOfHeader(cell);
    const name = cleanCell(cell).replace(/\s+/g, '');
    if (field === undefined) {
      if (name !== '') unknown.push(name);
    } else if (field !== null) {
      if (columns.has(field))
        warnings.push({ row, column: name, message: `${names.get(field)} 열과 같은 항목이라 무시합니다.` });
      else {
        columns.set(field, index);
        names.set(field, name);
      }
    }
  });
  if (unknown.length > 0) warnings.push({ row, message: `알 수 없는 열은 가져오지 않습니다: ${unknown.join(', ')}` });
  return { row, columns, names };
}

// caseInputSchema's field → the ledger field it came from, for messages.
const INPUT_FIELD: Partial<Record<keyof CaseInput, LedgerField>> = {
  kind: 'kind',
  caseNumber: 'caseNumber',
  title: 'title',
  court: 'court',
  department: 'department',
  instance: 'instance',
  division: 'division',
  direction: 'direction',
  wardSide: 'wardSide',
  claimAmount: 'claimAmount',
  result: 'result',
  finalizedOn: 'finalizedOn',
  opinionType: 'opinionType',
  question: 'question',
  answer: 'answer',
  costAmount: 'costAmount',
  awardAmount: 'awardAmount',
  memo: 'memo',
};

class RowReader {
  readonly errors: LedgerIssue[] = [];
  readonly warnings: LedgerIssue[] = [];
  /** caseInputSchema field → ledger field that supplied it (where not the default of INPUT_FIELD). */
  readonly source = new Map<string, LedgerField>();

  constructor(
    private readonly header: Header,
    private readonly cells: readonly string[],
    readonly row: number,
  ) {}

  has(field: LedgerField): boolean {
    return this.header.columns.has(field);
  }

  text(field: LedgerField): string {
    const index = this.header.columns.get(field);
    return index === undefined ? '' : cleanCell(this.cells[index]);
  }

  column(field: LedgerField): string {
    return this.header.names.get(field) ?? headerOf(field);
  }

  isBlank(): boolean {
    return [...this.header.columns.values()].every((i) => cleanCell(this.cells[i]) === '');
  }

  error(field: LedgerField | undefined, message: string): void {
    this.errors.push(field ? { row: this.row, column: this.column(field), message } : { row: this.row, message });
  }

  /** Errors in the order of the file's columns, as the user scans the row. */
  sortedErrors(): LedgerIssue[] {
    const position = (column: string | undefined) => {
      const field = [...this.header.names].find(([, name]) => name === column)?.[0];
      return (field && this.header.columns.get(field)) ?? Number.MAX_SAFE_INTEGER;
    };
    return [...this.errors].sort((a, b) => position(a.column) - position(b.column));
  }

  warn(field: LedgerField, message: string): void {
    this.warnings.push({ row: this.row, column: this.column(field), message });
  }

  /** The parsed value, or null after recording the error (so the schema does not report it again). */
  value<T>(field: LedgerField, parsed: Parsed<T | null>): T | null {
    if (parsed.ok) return parsed.value;
    this.error(field, parsed.message);
    return null;
  }

  date(field: LedgerField): string | null {
    return this.value(field, parseLedgerDate(this.text(field), headerOf(field)));
  }

  /** The first of two date columns that is filled; a different date in the second is reported and ignored. */
  preferredDate(target: string, first: LedgerField, second: LedgerField): string | null {
    const a = this.date(first);
    const b = this.date(second);
    if (a !== null && b !== null && a !== b)
      this.warn(second, `${headerOf(first)}(${a})을 쓰고 이 값(${b})은 무시합니다.`);
    this.source.set(target, a !== null || b === null ? first : second);
    return a ?? b;
  }
}

function readRow(
  reader: RowReader,
  kind: CaseKind,
): { input: CaseInput; people: LedgerPerson[]; parties: LedgerParty[] } {
  const opinion = caseKindGroup(kind) === 'opinion';
  const caseNumber = reader.text('caseNumber') || null;
  const filedOn = opinion
    ? reader.preferredDate('filedOn', 'requestedOn', 'filedOn')
    : reader.preferredDate('filedOn', 'filedOn', 'requestedOn');
  const decidedOn = opinion
    ? reader.preferredDate('decidedOn', 'answeredOn', 'decidedOn')
    : reader.preferredDate('decidedOn', 'decidedOn', 'answeredOn');
  const result = reader.value('result', parseResult(reader.text('result')));
  let closedOn: string | null;
  if (reader.has('closedOn')) closedOn = reader.date('closedOn');
  else {
    closedOn = result !== null ? decidedOn : null;
    reader.source.set('closedOn', reader.source.get('decidedOn') ?? 'decidedOn');
  }
  const instance = reader.has('instance')
    ? reader.value('instance', parseInstance(reader.text('instance')))
    : caseKindGroup(kind) === 'lawsuit' && caseNumber
      ? instanceOfCode(caseCode(caseNumber))
      : null;
  const wardSide = reader.value('wardSide', parseWardSide(reader.text('wardSide')));
  const parties = parseParties(kind, wardSide, {
    plaintiffs: reader.text('plaintiffs'),
    defendants: reader.text('defendants'),
    otherParties: reader.text('otherParties'),
  });
  if (wardSide !== null && parties.length > 0 && !parties.some((p) => p.isWard))
    reader.warn(
      'wardSide',
      '어느 당사자가 우리측인지 알 수 없어 표시하지 않았습니다. 우리측 당사자 이름 뒤에 (우리측)을 붙이면 표시됩니다.',
    );
  const people = [
    ...parsePeople('performers', reader.text('performers')),
    ...parsePeople('attorneys', reader.text('attorneys')),
    ...parsePeople('advisors', reader.text('advisors')),
  ];
  const won = (field: LedgerField) => reader.value(field, parseWon(reader.text(field), headerOf(field)));
  const input: CaseInput = {
    kind,
    caseNumber,
    title: reader.text('title'),
    court: reader.text('court') || null,
    department: reader.text('department') || null,
    instance,
    parentCaseId: null,
    division: reader.text('division') || null,
    direction: reader.text('direction') || null,
    wardSide,
    claimAmount: won('claimAmount'),
    filedOn,
    result,
    decidedOn,
    finalizedOn: reader.date('finalizedOn'),
    closedOn,
    opinionType: reader.value('opinionType', parseOpinionType(reader.text('opinionType'))),
    question: reader.text('question') || null,
    answer: reader.text('answer') || null,
    costAmount: won('costAmount'),
    awardAmount: won('awardAmount'),
    memo: reader.text('memo') || null,
    parties: parties.map(({ side, name, isWard }) => ({ side, name, isWard })),
    people: [],
  };
  return { input, people, parties };
}

/** Validates one row; undefined when it has errors (recorded on the reader). */
function validateRow(reader: RowReader): ParsedLedgerRow | undefined {
  const kind = reader.value('kind', parseKind(reader.text('kind')));
  if (kind === null) return undefined;
  const { input, people, parties } = readRow(reader, kind);
  for (const person of people) {
    if (person.name.length > 60) reader.error(person.field, '이름은 60자 이내로 입력하세요.');
  }
  const parsed = caseInputSchema.safeParse(input);
  if (!parsed.success) {
    const reported = new Set(reader.errors.map((e) => e.column));
    for (const issue of parsed.error.issues) {
      const [key, index] = issue.path;
      const field =
        key === 'parties' && typeof index === 'number'
          ? parties[index]?.field
          : (reader.source.get(String(key)) ?? INPUT_FIELD[key as keyof CaseInput]);
      const column = field ? reader.column(field) : undefined;
      if (column !== undefined && reported.has(column)) continue;
      reported.add(column);
      reader.error(field, issue.message);
    }
  }
  if (reader.errors.length > 0 || !parsed.success) return undefined;
  const parent = reader.text('parentCaseNumber');
  return {
    row: reader.row,
    input: parsed.data,
    people,
    parentCaseNumber: parent ? compactCaseNumber(parent) : null,
  };
}

export function caseKey(caseNumber: string, court: string | null): string {
  return `${court ?? ''}\u0000${caseNumber}`;
}

/** Parses a ledger sheet; rows with any error are left out of `rows` and listed in `errors`. */
export function parseLedgerRows(sheet: readonly (readonly string[])[]): LedgerParseResult {
  const warnings: LedgerIssue[] = [];
  const header = findHeader(sheet, warnings);
  if (!header)
    return {
      headerRow: 0,
      total: 0,
      rows: [],
      warnings,
      errors: [
        {
          row: 1,
          message: `머리글 행을 찾을 수 없습니다. 처음 ${HEADER_SEARCH_ROWS}행 안에 구분, 사건번호, 사건명 같은 열 이름이 있는 행이 있어야 합니다.`,
        },
      ],
    };
  const missing = REQUIRED_FIELDS.filter((f) => !header.columns.has(f));
  if (missing.length > 0)
    return {
      headerRow: header.row,
      total: 0,
      rows: [],
      warnings,
      errors: [{ row: header.row, message: `필수 열이 없습니다: ${missing.map(headerOf).join(', ')}` }],
    };

  const rows: ParsedLedgerRow[] = [];
  const errors: LedgerIssue[] = [];
  const seen = new Map<string, number>();
  let total = 0;
  for (let index = header.row; index < sheet.length; index++) {
    const reader = new RowReader(header, sheet[index] ?? [], index + 1);
    if (reader.isBlank()) continue;
    total++;
    const parsed = validateRow(reader);
    const caseNumber = parsed?.input.caseNumber;
    if (parsed && caseNumber) {
      const key = caseKey(caseNumber, parsed.input.court);
      const first = seen.get(key);
      if (first !== undefined)
        reader.error('caseNumber', `${first}행과 같은 법원의 같은 사건번호입니다: ${caseNumber}`);
      else seen.set(key, reader.row);
    }
    errors.push(...reader.sortedErrors());
    warnings.push(...reader.warnings);
    if (parsed && reader.errors.length === 0) rows.push(parsed);
  }
  return { headerRow: header.row, total, rows, errors, warnings };
}
