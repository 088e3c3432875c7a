// The case list as the team's 송무대장 spreadsheet. Same columns the import reads (shared/cases/ledger-columns.ts),
// so a file exported here imports into another database with nothing lost.
import ExcelJS from 'exceljs';
import type { CaseRecord } from '../../shared/cases/case-schema.ts';
import { LEDGER_COLUMNS, type LedgerField } from '../../shared/cases/ledger-columns.ts';
import { ledgerCells } from '../../shared/cases/ledger-record.ts';

export const LEDGER_SHEET = '송무대장';

const MONEY: ReadonlySet<LedgerField> = new Set(['claimAmount', 'costAmount', 'awardAmount']);
const NUMBER: ReadonlySet<LedgerField> = new Set(['instance']);

/**
 * One sheet `송무대장`: bold, frozen header row; dates and 사건번호 as text (Excel must not turn `2024-03-04` into a
 * serial or `2024-12345` into a formula); money as numbers shown `#,##0`.
 * `parentNumbers` gives the 원심 사건번호 of parents outside `records`; parents inside are found by id.
 */
export async function buildLedgerXlsx(
  records: readonly CaseRecord[],
  parentNumbers: ReadonlyMap<number, string> = new Map(),
): Promise<Buffer> {
  const numbers = new Map(parentNumbers);
  for (const r of records) if (r.caseNumber) numbers.set(r.id, r.caseNumber);
  const book = new ExcelJS.Workbook();
  book.creator = 'LexDesk';
  book.title = '송무대장';
  const sheet = book.addWorksheet(LEDGER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header, key: c.field, width: c.width }));
  LEDGER_COLUMNS.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.numFmt = MONEY.has(c.field) ? '#,##0' : NUMBER.has(c.field) ? '0' : '@';
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.eachCell((c) => {
    c.numFmt = '@';
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  for (const record of records) {
    const parent = record.parentCaseId === null ? null : (numbers.get(record.parentCaseId) ?? null);
    const cells = ledgerCells(record, parent);
    sheet.addRow(LEDGER_COLUMNS.map((c) => cells[c.field]));
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: LEDGER_COLUMNS.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
