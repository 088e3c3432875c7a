// Word files for an amendment: the 신·구조문대비표 (two columns 현 행 | 개 정 안) and the 개정문 alone.
// Layout follows the official samples (shared/fixtures/reference): equal columns across the page, a shaded
// header repeated on each page, changed words underlined in both columns.
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
import {
  TEXT_WIDTH,
  createDocument,
  packDocx,
  pageSection,
  resolveFont,
  titleParagraph,
  type DocxFontOptions,
} from './docx-style.ts';

export type ComparisonDocxOptions = DocxFontOptions;

const COLUMN_WIDTH = Math.floor(TEXT_WIDTH / 2);
const HEADER_SHADE = 'D9D9D9';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
/** ~1 mm above/below, ~2 mm left/right: enough air that underlines don't touch the borders. */
const CELL_MARGINS = { top: 57, bottom: 57, left: 113, right: 113 } as const;

export async function buildComparisonDocx(table: ComparisonTable, opts: ComparisonDocxOptions = {}): Promise<Buffer> {
  const font = resolveFont(opts);
  const grid = new Table({
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
  const doc = createDocument(font, table.title, [pageSection([titleParagraph(table.title), grid])]);
  return packDocx(doc);
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

/**
 * The bill name for a 제명: `○○ 조례` → `○○ 조례 일부개정조례안`, `○○ 규칙` → `○○ 규칙 일부개정규칙안`;
 * a name that is already a bill name (ends in 안) is kept.
 */
export function amendmentBillTitle(name: string, fullRevision = false): string {
  const trimmed = name.trim();
  if (trimmed.endsWith('안')) return trimmed;
  const kind = trimmed.endsWith('규칙') ? '규칙' : '조례';
  return `${trimmed} ${fullRevision ? '전부' : '일부'}개정${kind}안`;
}

const FULL_REVISION_OPENING = /전부를 다음과 같이 개정한다/;

/** The 개정문 alone: the bill name as title, then one paragraph per line of the amendment text. */
export async function buildAmendmentDocx(
  title: string,
  amendment: string,
  opts: ComparisonDocxOptions = {},
): Promise<Buffer> {
  const font = resolveFont(opts);
  const billTitle = amendmentBillTitle(title, FULL_REVISION_OPENING.test(amendment));
  const lines = amendment.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const body = lines.map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.BOTH,
        spacing: { after: 120 },
        // Official 개정문 indent each sentence by one character.
        indent: { firstLine: font.bodySize * 10 },
        children: [new TextRun(line)],
      }),
  );
  const doc = createDocument(font, billTitle, [pageSection([titleParagraph(billTitle), ...body])]);
  return packDocx(doc);
}
