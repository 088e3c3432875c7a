// The yearly 주요업무 추진실적 as the council receives it: A4, the title with its 기준일, the 추진실적 table
// (항목 / 실적 / 비고), 구분별 현황, 향후 계획, the counting rules as notes, then landscape appendices listing every
// counted record, so each figure can be checked against the records.
import {
  AlignmentType,
  BorderStyle,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { LITIGATION_KINDS } from '../../shared/reports/definitions.ts';
import type { RecordList } from '../../shared/reports/record-list.ts';
import type { YearReport } from '../../shared/reports/report-types.ts';
import { DEFAULT_SECTION, koreanDate, reportTitle, type SummaryRow } from '../../shared/reports/summary-table.ts';
import {
  A4,
  PAGE_MARGIN,
  TEXT_WIDTH,
  createDocument,
  fontAttributes,
  packDocx,
  pageNumberFooter,
  pageSection,
  resolveFont,
  titleParagraph,
} from './docx-style.ts';

/** Everything both exports print. */
export interface ReportDocumentModel {
  report: YearReport;
  rows: SummaryRow[];
  plans: readonly string[];
  appendices: readonly RecordList[];
  /** e.g. 마포구; default `○○구`. */
  office?: string;
  /** e.g. 법무행정. */
  sectionTitle?: string;
}

const TEXT_WIDTH_LANDSCAPE = A4.height - 2 * PAGE_MARGIN;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const HEADER_SHADE = 'D9D9D9';
const CELL_MARGINS = { top: 50, bottom: 50, left: 90, right: 90 } as const;
/** A Gothic for tables, as council tables are set; the body stays in the house Myeongjo. */
const TABLE_FONT = fontAttributes('돋움');

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function cell(text: string, width: number, pt: number, opts: { bold?: boolean; align?: Align; shade?: string } = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlign.CENTER,
    ...(opts.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.shade } } : {}),
    children: [
      new Paragraph({
        alignment: opts.align ?? AlignmentType.LEFT,
        spacing: { line: 260 },
        children: [new TextRun({ text, font: TABLE_FONT, size: pt * 2, bold: opts.bold })],
      }),
    ],
  });
}

/** Column widths in twips from relative weights, summing exactly to `total`. */
function widths(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor((w / sum) * total));
  out[out.length - 1] = (out.at(-1) ?? 0) + total - out.reduce((a, b) => a + b, 0);
  return out;
}

function table(
  header: readonly string[],
  body: readonly (readonly string[])[],
  columnWidths: number[],
  pt: number,
  align: (column: number) => Align = () => AlignmentType.LEFT,
): Table {
  const total = columnWidths.reduce((a, b) => a + b, 0);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) =>
          cell(h, columnWidths[i] ?? 0, pt, { bold: true, align: AlignmentType.CENTER, shade: HEADER_SHADE }),
        ),
      }),
      ...body.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) => cell(text, columnWidths[i] ?? 0, pt, { align: align(i) })),
          }),
      ),
    ],
  });
}

const heading = (text: string, before = 240) =>
  new Paragraph({
    spacing: { before, after: 120 },
    keepNext: true,
    children: [new TextRun({ text, bold: true, size: 26 })],
  });

const line = (text: string, opts: { size?: number; indent?: number } = {}) =>
  new Paragraph({
    spacing: { after: 60 },
    indent: { left: opts.indent ?? 200, hanging: 200 },
    children: [new TextRun({ text, size: opts.size })],
  });

function summaryTable(rows: readonly SummaryRow[]): Table {
  return table(
    ['항목', '실적', '비고'],
    rows.map((r) => [r.item, r.value, r.note]),
    // 실적 gets half the line so a sub-count line (`122건 — 행정소송 48, …`) stays on one line.
    widths([18, 50, 32], TEXT_WIDTH),
    10,
  );
}

function kindStatusTable(report: YearReport): Table {
  const rows = report.litigation.byKindStatus.filter((r) => r.total > 0);
  const l = report.litigation;
  const center = (i: number) => (i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT);
  return table(
    ['구분', '계', '신규', '이월', '진행', '종결'],
    [
      ...(rows.length > 0
        ? rows
        : LITIGATION_KINDS.slice(0, 3).map((k) => ({
            kind: k.label,
            total: 0,
            new: 0,
            carriedOver: 0,
            open: 0,
            closed: 0,
          }))
      ).map((r) => [r.kind, r.total, r.new, r.carriedOver, r.open, r.closed].map(String)),
      ['합계', l.total, l.new, l.carriedOver, l.open, l.closed].map(String),
    ],
    widths([30, 14, 14, 14, 14, 14], TEXT_WIDTH),
    10,
    center,
  );
}

function appendixSection(list: RecordList, index: number): ISectionOptions {
  const weights: Record<RecordList['entity'], number[]> = {
    litigation: [4, 7, 11, 17, 4, 8, 8, 5, 9, 9, 18],
    opinion: [4, 6, 9, 9, 8, 45, 19],
    revision: [4, 6, 38, 9, 10, 10, 10, 13],
    education: [4, 12, 49, 10, 25],
  };
  const numeric = new Set(['번호', '인원', '소송가액', '회신 일수', '예고→공포 일수', '심급']);
  const columnWidths = widths(weights[list.entity], TEXT_WIDTH_LANDSCAPE);
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: { top: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN, footer: 567 },
      },
    },
    footers: { default: pageNumberFooter() },
    children: [
      heading(`[부록 ${index + 1}] ${list.title} (${list.rows.length}건)`, 0),
      list.rows.length === 0
        ? new Paragraph({ text: '해당 기록이 없습니다.' })
        : table(
            list.columns,
            list.rows.map((r) => r.cells),
            columnWidths,
            8.5,
            (i) => (numeric.has(list.columns[i] ?? '') ? AlignmentType.RIGHT : AlignmentType.LEFT),
          ),
    ],
  };
}

export async function buildReportDocx(model: ReportDocumentModel): Promise<Buffer> {
  const font = resolveFont({ fontSizePt: 11 });
  const { report } = model;
  const section = model.sectionTitle?.trim() || DEFAULT_SECTION;
  const title = reportTitle(report.asOf, model.office?.trim() || undefined, section);
  const plans = model.plans.map((p) => p.trim()).filter((p) => p !== '');
  const main = pageSection([
    titleParagraph(title),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [
        new TextRun({
          text: `집계 기간: ${koreanDate(report.from)} ~ ${koreanDate(report.asOf)} (기준일 ${koreanDate(report.asOf)})`,
          size: 20,
        }),
      ],
    }),
    heading(`1. ${section}`, 0),
    heading('□ 추진실적', 60),
    summaryTable(model.rows),
    new Paragraph({ spacing: { before: 120 } }),
    line(`○ ${report.winRateFormula} (각하 ${report.results.각하}건 · 취하 ${report.results.취하}건은 분모 제외)`),
    line(
      `○ 송무 건 ${report.litigation.total}건은 심급마다 1건으로 센 수, 사건 ${report.litigation.families}건은 원심으로 연결된 심급을 하나로 센 수입니다.`,
    ),
    heading('□ 소송·심판 구분별 현황 (송무 건 기준)'),
    kindStatusTable(report),
    heading('□ 향후 계획'),
    ...(plans.length > 0 ? plans.map((p) => line(`○ ${p}`)) : [line('○ (입력된 계획 없음)')]),
    heading('※ 집계 기준'),
    ...report.definitions.map((d) => line(`- ${d}`, { size: 18 })),
    ...report.warnings.map((w) => line(`- 확인 필요: ${w.message} ${w.count}건`, { size: 18 })),
  ]);
  const doc = createDocument(font, title, [main, ...model.appendices.map((a, i) => appendixSection(a, i))]);
  return packDocx(doc);
}
