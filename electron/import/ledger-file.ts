// Reads a 송무대장 file (XLSX, or CSV in UTF-8/UTF-16/CP949) into rows of cell strings for
// shared/cases/ledger-rows.ts. Row i of the result is row i+1 in Excel, blank rows included, so messages can
// name the row the user sees.
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeLedgerText, type LedgerEncoding } from './ledger-encoding.ts';

export type LedgerFileErrorCode = 'not-found' | 'unreadable' | 'unsupported' | 'broken' | 'empty' | 'encoding';

/** A file we cannot read as a ledger; `message` is Korean and meant for the user. */
export class LedgerFileError extends Error {
  constructor(
    readonly code: LedgerFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LedgerFileError';
  }
}

export interface LedgerSheet {
  rows: string[][];
  /** Sheet name (XLSX) or detected encoding (CSV), for the preview. */
  source: string;
}

/** The sheet we read from a workbook: the one named 송무대장, else the first that has anything in it. */
export const LEDGER_SHEET_NAME = '송무대장';
const SAVE_AS_HINT = 'Excel에서 "Excel 통합 문서(*.xlsx)" 또는 "CSV"로 저장한 뒤 다시 선택해 주세요.';

export async function readLedgerFile(path: string): Promise<LedgerSheet> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv' && ext !== '.txt')
    throw new LedgerFileError(
      'unsupported',
      `지원하지 않는 파일 형식입니다(${ext || '확장자 없음'}): ${path}\n.xlsx 또는 .csv 파일만 가져올 수 있습니다. ${SAVE_AS_HINT}`,
    );
  const data = await readBytes(path);
  if (data.length === 0) throw new LedgerFileError('empty', `빈 파일입니다: ${path}`);
  const sheet = ext === '.xlsx' ? await readXlsx(path, data) : readCsv(path, data);
  if (sheet.rows.every((row) => row.every((cell) => cell.trim() === '')))
    throw new LedgerFileError('empty', `파일에 내용이 없습니다: ${path}`);
  return sheet;
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new LedgerFileError('unreadable', `파일이 아닙니다(폴더 등): ${path}`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof LedgerFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new LedgerFileError('not-found', `파일을 찾을 수 없습니다: ${path}`);
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES')
      throw new LedgerFileError(
        'unreadable',
        `파일을 열 수 없습니다(다른 프로그램에서 열려 있거나 권한이 없습니다): ${path}\nExcel에서 파일을 닫고 다시 시도해 주세요.`,
      );
    throw new LedgerFileError('unreadable', `파일을 읽을 수 없습니다(${code ?? String(error)}): ${path}`);
  }
}

// ---- XLSX --------------------------------------------------------------------------------------------------

function isoDateUtc(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** A cell as the user reads it: Date cells as YYYY-MM-DD (exceljs gives them in UTC), numbers as plain digits. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDateUtc(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : cellText(value.result);
  return ''; // an error value such as #N/A
}

async function readXlsx(path: string, data: Buffer): Promise<LedgerSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own `Buffer` (an ArrayBuffer); it reads Node Buffers and ArrayBuffers alike.
    await workbook.xlsx.load(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer);
  } catch {
    throw new LedgerFileError(
      'broken',
      `XLSX 파일을 열 수 없습니다(손상되었거나 암호가 걸려 있거나 XLSX 형식이 아닙니다): ${path}\n${SAVE_AS_HINT}`,
    );
  }
  const sheets = workbook.worksheets;
  const sheet =
    sheets.find((s) => s.name.replace(/\s+/g, '') === LEDGER_SHEET_NAME) ?? sheets.find((s) => s.rowCount > 0);
  if (!sheet) throw new LedgerFileError('empty', `파일에 내용이 있는 시트가 없습니다: ${path}`);
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return { rows, source: sheet.name };
}

// ---- CSV ---------------------------------------------------------------------------------------------------

/** Comma, unless the first line has more tabs (Excel's "텍스트(탭으로 분리)" / "유니코드 텍스트"). */
function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const firstLine = end === -1 ? text : text.slice(0, end);
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

function readCsv(path: string, data: Buffer): LedgerSheet {
  const { text, encoding } = decodeLedgerText(data);
  if (encoding === 'cp949' && text.includes('\ufffd'))
    throw new LedgerFileError(
      'encoding',
      `파일의 글자 인코딩을 알 수 없습니다(UTF-8도 CP949도 아닙니다): ${path}\nExcel에서 "CSV UTF-8(쉼표로 분리)"로 저장해 주세요.`,
    );
  try {
    const rows = parseCsv(text.replace(/^\ufeff/, ''), {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
    return { rows, source: ENCODING_NAME[encoding] };
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new LedgerFileError(
      'broken',
      `CSV 파일을 해석할 수 없습니다${line ? `(${line}번째 줄 근처)` : ''}: ${path}\n따옴표(")가 짝이 맞는지 확인하거나 ${SAVE_AS_HINT}`,
    );
  }
}

const ENCODING_NAME: Record<LedgerEncoding, string> = {
  'utf-8': 'CSV (UTF-8)',
  'utf-16le': 'CSV (UTF-16)',
  'utf-16be': 'CSV (UTF-16)',
  cp949: 'CSV (CP949)',
};
