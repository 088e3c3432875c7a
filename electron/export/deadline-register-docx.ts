// 기한 관리대장: the printable control sheet of open deadlines (A4 landscape), and the row model the XLSX shares.
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
import type { DeadlineView } from '../../shared/cases/case-views.ts';
import { daysBetween, isoWithWeekday } from '../../shared/deadlines/civil-date.ts';
import { DEADLINE_RULES } from '../../shared/deadlines/rules.ts';
import {
  A4,
  PAGE_MARGIN,
  createDocument,
  fontAttributes,
  packDocx,
  pageNumberFooter,
  resolveFont,
  titleParagraph,
  type DocxFontOptions,
} from './docx-style.ts';
import { directionParticle } from '../../shared/law/particles.ts';

export const REGISTER_TITLE = '기한 관리대장';

export const REGISTER_COLUMNS = [
  '번호',
  '사건번호',
  '사건명',
  '기한 종류',
  '기한일',
  '남은 일수 / 경과',
  '담당부서',
  '담당자',
  '근거',
  '확인',
] as const;

export interface RegisterRow {
  no: number;
  caseNumber: string;
  caseTitle: string;
  kind: string;
  /** `2024-09-27(금)` */
  due: string;
  dueOn: string;
  /** Computed from holiday data not yet official: printed `미확정`. */
  provisional: boolean;
  /** `3일 남음`, `오늘`, `경과 2일` */
  remaining: string;
  overdue: boolean;
  dueToday: boolean;
  department: string;
  assignee: string;
  /** 근거: the statute (`민사소송법 §396`) or `직접 입력` for a custom deadline. */
  basis: string;
  /** `불변기간`, `내부 목표`, `1회 연장`, `결정으로 연장` / `통지로 연장` or ''. */
  binding: string;
}

const BINDING_NOTE = { peremptory: '불변기간', statutory: '', internal: '내부 목표' } as const;

/**
 * 근거 of a deadline: the statute of its rule, how binding it is and whether it was extended, or `직접 입력` for a
 * custom one.
 */
function basisOf(d: DeadlineView): { basis: string; binding: string } {
  if (d.ruleId === null) return { basis: '직접 입력', binding: '' };
  const rule = DEADLINE_RULES.find((r) => r.id === d.ruleId);
  const decided = rule?.extension?.document ?? '결정';
  const extended = d.extendedAt ? (d.extendedUntil ? `${decided}${directionParticle(decided)} 연장` : '1회 연장') : '';
  const binding = [rule ? BINDING_NOTE[rule.binding] : '', extended].filter(Boolean).join(', ');
  return { basis: rule?.statute ?? d.ruleId, binding };
}

/** `민사소송법 §396 (불변기간)`: 근거 in one line, for the spreadsheet. */
export function basisText(row: RegisterRow): string {
  return row.binding ? `${row.basis} (${row.binding})` : row.basis;
}

function remainingOf(dueOn: string, today: string): string {
  const days = daysBetween(today, dueOn);
  if (days === 0) return '오늘';
  return days > 0 ? `${days}일 남음` : `경과 ${-days}일`;
}

/**
 * The rows of the register, by due date. `performers` (소송수행자 per case) fill 담당자 when the deadline has no
 * assignee of its own.
 */
export function registerRows(
  deadlines: readonly DeadlineView[],
  today: string,
  performers: ReadonlyMap<number, readonly string[]> = new Map(),
): RegisterRow[] {
  return [...deadlines]
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id)
    .map((d, i) => ({
      no: i + 1,
      caseNumber: d.caseNumber ?? '',
      caseTitle: d.caseTitle,
      kind: d.title,
      due: isoWithWeekday(d.dueOn),
      dueOn: d.dueOn,
      provisional: d.provisional,
      remaining: remainingOf(d.dueOn, today),
      overdue: d.dueOn < today,
      dueToday: d.dueOn === today,
      department: d.department ?? '',
      assignee: d.assignee ?? performers.get(d.caseId)?.join(', ') ?? '',
      ...basisOf(d),
    }));
}

export interface RegisterDocxOptions extends DocxFontOptions {
  /** Family of the table text; default `돋움`, a Gothic that stays legible at 9 pt. */
  tableFontFamily?: string;
  /** Printed under the title, e.g. `기간: 2026-03-01 ~ 2026-03-31`. */
  periodLabel?: string;
}

/** A4 landscape with the house margins: 257 mm of table width. */
const TEXT_WIDTH_LANDSCAPE = A4.height - 2 * PAGE_MARGIN;
/** Twips per column, in REGISTER_COLUMNS order; 사건명 and 근거 get the room, 번호 and 확인 the least. */
const COLUMN_WIDTHS = [560, 1640, 2400, 1600, 1560, 1750, 1150, 1150, 2060, 700];
const TABLE_PT = 9;
const RED = 'C00000';
const HEADER_SHADE = 'D9D9D9';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 } as const;

interface CellText {
  /** Several strings are set as lines of one paragraph, broken where we choose rather than where the cell fills. */
  text: string | string[];
  bold?: boolean;
  color?: string;
  align?: (typeof AlignmentType)[keyof typeof AlignmentType];
}

export async function buildDeadlineRegisterDocx(
  rows: readonly RegisterRow[],
  today: string,
  opts: RegisterDocxOptions = {},
): Promise<Buffer> {
  const font = resolveFont(opts);
  const tableFont = fontAttributes(opts.tableFontFamily?.trim() || '돋움');
  const cell = (width: number, content: CellText, shade?: string): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: CELL_MARGINS,
      verticalAlign: VerticalAlign.CENTER,
      ...(shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: shade } } : {}),
      children: [
        new Paragraph({
          alignment: content.align ?? AlignmentType.LEFT,
          spacing: { line: 260 },
          children: (Array.isArray(content.text) ? content.text : [content.text]).map(
            (text, i) =>
              new TextRun({
                text,
                break: i > 0 ? 1 : undefined,
                font: tableFont,
                size: TABLE_PT * 2,
                bold: content.bold,
                color: content.color,
              }),
          ),
        }),
      ],
    });

  const header = new TableRow({
    tableHeader: true, // repeated at the top of every printed page
    cantSplit: true,
    children: REGISTER_COLUMNS.map((title, i) =>
      cell(COLUMN_WIDTHS[i] ?? 0, { text: title, bold: true, align: AlignmentType.CENTER }, HEADER_SHADE),
    ),
  });
  const body = rows.map((row) => bodyRow(row, cell));
  const empty = new TableRow({
    children: [
      new TableCell({
        columnSpan: REGISTER_COLUMNS.length,
        margins: CELL_MARGINS,
        children: [new Paragraph({ alignment: AlignmentType.CENTER, text: '해당하는 미완료 기한이 없습니다.' })],
      }),
    ],
  });
  const table = new Table({
    width: { size: TEXT_WIDTH_LANDSCAPE, type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    layout: TableLayoutType.FIXED,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [header, ...(body.length > 0 ? body : [empty])],
  });

  const overdue = rows.filter((r) => r.overdue).length;
  const summary = `기준일: ${today}${opts.periodLabel ? `   ${opts.periodLabel}` : ''}   미완료 ${rows.length}건${
    overdue > 0 ? ` (경과 ${overdue}건)` : ''
  }`;
  const section: ISectionOptions = {
    properties: {
      page: {
        // docx swaps width and height for a landscape page; give it the portrait A4 size.
        size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
        margin: { top: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN, footer: 567 },
      },
    },
    footers: { default: pageNumberFooter() },
    children: [
      titleParagraph(REGISTER_TITLE),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { after: 120 },
        text: summary,
      }),
      table,
      new Paragraph({
        spacing: { before: 120 },
        children: [
          new TextRun({
            text: '※ 경과: 기한일이 지났으나 완료 처리되지 않은 기한.  미확정: 공휴일 자료가 확정되지 않은 연도로 계산한 기한.',
            size: TABLE_PT * 2,
          }),
        ],
      }),
    ],
  };
  return packDocx(createDocument(font, REGISTER_TITLE, [section]));
}

function bodyRow(row: RegisterRow, cell: (width: number, content: CellText) => TableCell): TableRow {
  const w = (i: number) => COLUMN_WIDTHS[i] ?? 0;
  const center = AlignmentType.CENTER;
  const alert = row.overdue ? { bold: true, color: RED } : row.dueToday ? { bold: true } : {};
  return new TableRow({
    cantSplit: true,
    children: [
      cell(w(0), { text: String(row.no), align: center }),
      cell(w(1), { text: row.caseNumber }),
      cell(w(2), { text: row.caseTitle }),
      cell(w(3), { text: row.kind }),
      cell(w(4), {
        text: row.provisional ? [row.due, '미확정'] : row.due,
        align: center,
        ...(row.overdue ? { color: RED } : {}),
      }),
      cell(w(5), { text: row.remaining, align: center, ...alert }),
      cell(w(6), { text: row.department }),
      cell(w(7), { text: row.assignee }),
      cell(w(8), { text: row.binding ? [row.basis, `(${row.binding})`] : row.basis }),
      cell(w(9), { text: '' }),
    ],
  });
}
