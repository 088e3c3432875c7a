// The 의안 package a 조례·규칙 amendment goes to the council with (docs/drafting.md §5), in the guide's order:
// cover (의안번호, 제출연월일, 제출자, 의안명), 제안이유, 주요내용, 참고사항, the bill text (개정문 + 부칙) and the
// 신·구조문대비표. Each part starts a new page (one section each); page numbers run through the whole file.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { ComparisonResult } from '../../shared/law/index.ts';
import type { BillInfo, TimelineStepView } from '../../shared/ordinances/ordinance-views.ts';
import { billName, koreanDate, officeHeadOf } from '../../shared/ordinances/ordinance-text.ts';
import {
  bodyParagraphs,
  billTextParagraphs,
  defaultSupplement,
  listItem,
  listMark,
  mainPointItems,
  sectionHeading,
} from './bill-text-section.ts';
import { comparisonGrid } from './comparison-table-section.ts';
import {
  TEXT_WIDTH,
  createDocument,
  packDocx,
  pageSection,
  resolveFont,
  titleParagraph,
  type DocxFontOptions,
  type ResolvedFont,
} from './docx-style.ts';

export interface BillDocxInput {
  /** 제명 of the ordinance being amended. */
  ordinanceName: string;
  comparison: Pick<ComparisonResult, 'mode' | 'amendment' | 'table'>;
  bill: BillInfo;
  steps: TimelineStepView[];
  font?: DocxFontOptions;
}

const BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const BLANK_DATE = '     .     .     .';

/** The 입법예고 period as the 참고사항 reports it, when the bill does not say more. */
function noticeLine(steps: TimelineStepView[]): string {
  const notice = steps.find((s) => s.step === 'notice');
  const start = notice?.actualOn ?? notice?.plannedOn;
  if (!start) return '';
  const end = notice?.endOn ?? notice?.computed?.date;
  return `입법예고 기간: ${koreanDate(start)} ~ ${end ? koreanDate(end) : BLANK_DATE}`;
}

function coverTable(rows: [string, string][], font: ResolvedFont): Table {
  const labelWidth = Math.round(TEXT_WIDTH * 0.22);
  const valueWidth = Math.round(TEXT_WIDTH * 0.38);
  const cell = (text: string, width: number, bold: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 80, bottom: 80, left: 140, right: 140 },
      children: [
        new Paragraph({
          alignment: bold ? AlignmentType.DISTRIBUTE : AlignmentType.LEFT,
          children: [new TextRun({ text, bold, size: font.bodySize })],
        }),
      ],
    });
  return new Table({
    width: { size: labelWidth + valueWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.RIGHT,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: rows.map(
      ([label, value]) => new TableRow({ children: [cell(label, labelWidth, true), cell(value, valueWidth, false)] }),
    ),
  });
}

const COVER_TITLE_PT = 20;
/** Hangul syllables per cover-title line at 20 pt inside the box (titleLines counts for 16 pt). */
const COVER_LINE_CAPACITY = 22;

function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\s!-~]/.test(ch) ? 0.5 : 1;
  return w;
}

/** Our own line breaks between words, so the renderer never breaks inside one (or overprints a forced break). */
export function coverTitleLines(title: string): string[] {
  const lines: string[] = [];
  for (const word of title.trim().split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && width(`${last} ${word}`) <= COVER_LINE_CAPACITY)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The 의안명 in a ruled box across the page, as council covers print it. */
function coverTitle(title: string): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            margins: { top: 360, bottom: 360, left: 200, right: 200 },
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { line: 360 },
                children: coverTitleLines(title).map(
                  (text, i) =>
                    new TextRun({ text, bold: true, size: COVER_TITLE_PT * 2, break: i > 0 ? 1 : undefined }),
                ),
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

export async function buildBillDocx(input: BillDocxInput): Promise<Buffer> {
  const font = resolveFont(input.font);
  const { bill, comparison, steps } = input;
  const title = billName(input.ordinanceName, comparison.mode);
  const submitter = bill.submitter || officeHeadOf(input.ordinanceName) || '';

  const cover = [
    new Paragraph({ spacing: { before: 1200, after: 600 }, children: [] }),
    coverTitle(title),
    new Paragraph({ spacing: { after: 600 }, children: [] }),
    coverTable(
      [
        ['의안번호', bill.billNumber || '제      호'],
        ['제출연월일', bill.submittedOn ? koreanDate(bill.submittedOn) : BLANK_DATE],
        ['제출자', submitter],
      ],
      font,
    ),
  ];

  const refs = bill.references;
  const references = [
    ['관계법령', refs.laws || '해당 없음'],
    ['예산조치', refs.budget || '별도조치 필요 없음'],
    ['합의 및 입법예고 결과', refs.notice || noticeLine(steps) || '해당 없음'],
    ['기타', refs.other || '없음'],
  ] as const;
  const explanation = [
    sectionHeading('1. 제안이유'),
    ...bodyParagraphs(bill.reason, font, '(제안이유를 적으세요.)'),
    sectionHeading('2. 주요내용'),
    ...mainPointItems(bill.mainPoints, font, '(주요내용을 적으세요.)'),
    sectionHeading('3. 참고사항'),
    ...references.flatMap(([label, text], i) => {
      const [first, ...rest] = text.split(/\n+/);
      return [listItem(listMark(i), `${label}: ${first ?? ''}`, font), ...rest.map((l) => listItem(' ', l, font))];
    }),
  ];

  const supplement = bill.supplement || defaultSupplement(title, steps);
  const billText = [titleParagraph(title), ...billTextParagraphs(comparison.amendment, supplement, font)];

  const table = [titleParagraph(comparison.table.title), comparisonGrid(comparison.table)];

  const doc = createDocument(font, title, [
    pageSection(cover),
    pageSection([titleParagraph(title), ...explanation]),
    pageSection(billText),
    pageSection(table),
  ]);
  return packDocx(doc);
}
