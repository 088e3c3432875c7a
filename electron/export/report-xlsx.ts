// The yearly report as a workbook: one sheet per table of the report and one per appendix. Counts are numbers
// (so a reader can sum and chart them); record lists are text, as in the other LexDesk sheets.
import ExcelJS from 'exceljs';
import { DEFINITIONS, OUTCOMES, formatPercent } from '../../shared/reports/definitions.ts';
import { koreanDate, reportTitle, DEFAULT_SECTION } from '../../shared/reports/summary-table.ts';
import type { ReportDocumentModel } from './report-docx.ts';

type Cell = string | number | null;

export const REPORT_SHEETS = {
  overview: '개요',
  summary: '추진실적',
  byKind: '구분별 현황',
  results: '결과별',
  monthly: '월별',
  people: '대리인별',
  opinions: '법률자문',
  ordinanceTypes: '자치법규 종류별',
  revisionKinds: '자치법규 구분별',
} as const;

function addSheet(book: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], widths: number[]) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 14 }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center' };
  head.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

/** Sheet names may not hold `[]:*?/\` and stop at 31 characters. */
export function appendixSheetName(index: number, title: string): string {
  return `부록${index + 1} ${title}`.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

export async function buildReportXlsx(model: ReportDocumentModel): Promise<Buffer> {
  const { report } = model;
  const l = report.litigation;
  const book = new ExcelJS.Workbook();
  book.creator = 'LexDesk';
  const title = reportTitle(
    report.asOf,
    model.office?.trim() || undefined,
    model.sectionTitle?.trim() || DEFAULT_SECTION,
  );
  book.title = title;

  addSheet(
    book,
    REPORT_SHEETS.overview,
    ['항목', '내용'],
    [
      ['제목', title],
      ['시작일', report.from],
      ['기준일', report.asOf],
      ['기간', `${koreanDate(report.from)} ~ ${koreanDate(report.asOf)}`],
      ['승소율 산식', report.winRateFormula],
      ...model.plans.map((p, i): Cell[] => [`향후 계획 ${i + 1}`, p]),
      ...DEFINITIONS.map((d, i): Cell[] => [`집계 기준 ${i + 1}`, d]),
      ...report.warnings.map((w): Cell[] => ['확인 필요', `${w.message} ${w.count}건`]),
    ],
    [16, 120],
  );
  addSheet(
    book,
    REPORT_SHEETS.summary,
    ['항목', '실적', '비고'],
    model.rows.map((r) => [r.item, r.value, r.note]),
    [22, 50, 70],
  );
  addSheet(
    book,
    REPORT_SHEETS.byKind,
    ['구분', '계', '신규', '이월', '진행', '종결'],
    [
      ...l.byKindStatus.map((r): Cell[] => [r.kind, r.total, r.new, r.carriedOver, r.open, r.closed]),
      ['합계', l.total, l.new, l.carriedOver, l.open, l.closed],
      ['사건 계열 수', l.families, null, null, null, null],
      ['소송가액 합계(원)', l.claimAmount.total, null, null, null, null],
    ],
    [18, 10, 10, 10, 10, 10],
  );
  addSheet(
    book,
    REPORT_SHEETS.results,
    ['결과', '건수'],
    [
      ...OUTCOMES.map((o): Cell[] => [o, report.results[o]]),
      ['승소율', report.winRate === null ? '산정 불가' : formatPercent(report.winRate)],
    ],
    [14, 12],
  );
  addSheet(
    book,
    REPORT_SHEETS.monthly,
    ['월', '신규 접수', '종결'],
    report.monthly.map((m) => [m.month, m.new, m.closed]),
    [12, 12, 12],
  );
  addSheet(
    book,
    REPORT_SHEETS.people,
    ['이름', '소속', '소송대리 송무 건', '고문 자문'],
    report.people.map((p) => [p.name, p.organization ?? '', p.litigation, p.opinions]),
    [14, 24, 18, 12],
  );
  const o = report.opinions;
  addSheet(
    book,
    REPORT_SHEETS.opinions,
    ['항목', '값'],
    [
      ['전체', o.total],
      ['외부', o.external],
      ['내부', o.internal],
      ['유형 미지정', o.unspecified],
      ['회신', o.replied],
      ['회신 대기', o.pending],
      ['평균 회신 일수', o.averageReplyDays],
      ['평균 회신 일수 (외부)', o.averageReplyDaysExternal],
      ['평균 회신 일수 (내부)', o.averageReplyDaysInternal],
    ],
    [22, 12],
  );
  addSheet(
    book,
    REPORT_SHEETS.ordinanceTypes,
    ['종류', '건수'],
    [...Object.entries(report.legislation.byType), ['합계', report.legislation.total]],
    [12, 10],
  );
  addSheet(
    book,
    REPORT_SHEETS.revisionKinds,
    ['구분', '건수'],
    [
      ...Object.entries(report.legislation.byKind),
      ['합계', report.legislation.total],
      ['입법예고→공포 평균 일수', report.legislation.averageNoticeDays],
    ],
    [24, 10],
  );
  model.appendices.forEach((list, i) => {
    const sheet = addSheet(
      book,
      appendixSheetName(i, list.title),
      list.columns,
      list.rows.map((r) => r.cells),
      list.columns.map((c) =>
        c === '사건명' || c === '자치법규명' || c === '과정명' || c.startsWith('질의') ? 36 : 14,
      ),
    );
    sheet.eachRow((row, n) => {
      if (n > 1)
        row.eachCell({ includeEmpty: true }, (c) => {
          c.numFmt = '@'; // a 사건번호 or a date stays exactly as written
        });
    });
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
