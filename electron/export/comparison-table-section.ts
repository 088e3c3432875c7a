// The 신·구조문대비표 grid (현 행 | 개 정 안) as a docx Table: the table file alone (comparison-docx.ts) and the
// 의안 package (bill-docx.ts) both use it. Layout follows the official samples: equal fixed columns, a shaded
// header repeated on each page, rows that may break across pages, changed words underlined in both columns.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { CellParagraph, ComparisonTable, Run } from '../../shared/law/table-types.ts';
import { TEXT_WIDTH } from './docx-style.ts';

const COLUMN_WIDTH = Math.floor(TEXT_WIDTH / 2);
const HEADER_SHADE = 'D9D9D9';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** ~1 mm above/below, ~2 mm left/right: enough air that underlines don't touch the borders. */
const CELL_MARGINS = { top: 57, bottom: 57, left: 113, right: 113 } as const;

export function comparisonGrid(table: ComparisonTable): Table {
  return new Table({
    width: { size: COLUMN_WIDTH * 2, type: WidthType.DXA },
    columnWidths: [COLUMN_WIDTH, COLUMN_WIDTH],
    // Fixed layout keeps both columns equal however long a dash run or a heading is.
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [headerRow(), ...table.rows.map((row) => bodyRow(row.old, row.new))],
  });
}

/** `현 행 | 개 정 안`, repeated at the top of every page. */
function headerRow(): TableRow {
  const cell = (text: string): TableCell =>
    new TableCell({
      width: { size: COLUMN_WIDTH, type: WidthType.DXA },
      margins: CELL_MARGINS,
      verticalAlign: VerticalAlign.CENTER,
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_SHADE },
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: true })] })],
    });
  return new TableRow({ tableHeader: true, cantSplit: true, children: [cell('현 행'), cell('개 정 안')] });
}

function bodyRow(oldCell: CellParagraph[], newCell: CellParagraph[]): TableRow {
  // A long article must flow onto the next page rather than push the whole row down.
  return new TableRow({ cantSplit: false, children: [bodyCell(oldCell), bodyCell(newCell)] });
}

function bodyCell(paragraphs: CellParagraph[]): TableCell {
  // Word refuses a cell without a paragraph.
  const children = paragraphs.length > 0 ? paragraphs.map(cellParagraph) : [new Paragraph({})];
  return new TableCell({ width: { size: COLUMN_WIDTH, type: WidthType.DXA }, margins: CELL_MARGINS, children });
}

function cellParagraph(runs: CellParagraph): Paragraph {
  return new Paragraph({ alignment: AlignmentType.LEFT, children: runs.flatMap(textRuns) });
}

/** A run may carry a line break from the engine; Word wants it as a `<w:br/>`, not a raw newline. */
function textRuns(run: Run): TextRun[] {
  const underline = run.underline ? { type: UnderlineType.SINGLE } : undefined;
  return run.text.split('\n').map((text, i) => new TextRun({ text, underline, break: i > 0 ? 1 : undefined }));
}
