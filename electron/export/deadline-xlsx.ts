// The deadline list as a spreadsheet: the same columns as the 기한 관리대장, for reports that travel by e-mail.
import ExcelJS from 'exceljs';
import { REGISTER_COLUMNS, basisText, type RegisterRow } from './deadline-register-docx.ts';

export const DEADLINE_SHEET = '기한';

/** Characters per column, in REGISTER_COLUMNS order. */
const WIDTHS = [6, 16, 30, 18, 18, 14, 14, 14, 26, 8];

/** The row as the sheet shows it: everything text, so Excel neither reformats dates nor drops leading zeros. */
export function xlsxValues(row: RegisterRow): string[] {
  return [
    String(row.no),
    row.caseNumber,
    row.caseTitle,
    row.kind,
    row.provisional ? `${row.due} 미확정` : row.due,
    row.remaining,
    row.department,
    row.assignee,
    basisText(row),
    '',
  ];
}

export async function buildDeadlineXlsx(rows: readonly RegisterRow[], today: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'LexDesk';
  book.title = `기한 목록 (기준일 ${today})`;
  const sheet = book.addWorksheet(DEADLINE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REGISTER_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i] ?? 12 }));
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', horizontal: 'center' };
  headerRow.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  for (const row of rows) {
    const added = sheet.addRow(xlsxValues(row));
    added.eachCell({ includeEmpty: true }, (c) => {
      c.numFmt = '@'; // text: a 사건번호 or a date must stay exactly as written
    });
    if (row.overdue) added.getCell(6).font = { bold: true, color: { argb: 'FFC00000' } };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REGISTER_COLUMNS.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
