import type { Kysely } from 'kysely';
import type {
  ReportExportParsed,
  ReportFileResult,
  ReportPeriodParsed,
  ReportRecordsParsed,
} from '../../shared/contracts/reports.ts';
import { computeReport, litigationStandings } from '../../shared/reports/compute-report.ts';
import { DRILL, labelOfKey } from '../../shared/reports/drill-keys.ts';
import { resolvePeriod } from '../../shared/reports/period.ts';
import { recordList, type RecordList } from '../../shared/reports/record-list.ts';
import type { ReportPeriod, YearReport } from '../../shared/reports/report-types.ts';
import { summaryRows } from '../../shared/reports/summary-table.ts';
import { loadCaseDetails, loadReportData, type ReportData } from '../db/repositories/report-data.ts';
import type { Database } from '../db/schema.ts';
import { buildReportDocx } from '../export/report-docx.ts';
import { buildReportXlsx } from '../export/report-xlsx.ts';
import type { HandlerContext } from './context.ts';
import { getSetting } from '../db/repositories/settings.ts';
import { OFFICE_NAME_SETTING } from './settings.ts';

// The yearly 추진실적 report: the app's page, its exports and `lexdesk report` all come through these functions,
// so a figure on screen, in the DOCX and in the CLI's JSON is the same number from the same records.

export interface ReportBundle {
  period: ReportPeriod;
  data: ReportData;
  report: YearReport;
}

export async function yearReport(db: Kysely<Database>, asOf: string, from?: string | null): Promise<ReportBundle> {
  const period = resolvePeriod(asOf, from);
  const data = await loadReportData(db, period);
  return { period, data, report: computeReport({ period, ...data }) };
}

/** The lists behind the given figures, with one fetch of the cases they name (and their families' roots). */
export async function recordLists(
  db: Kysely<Database>,
  bundle: ReportBundle,
  keys: readonly { key: string; title?: string }[],
): Promise<RecordList[]> {
  const { data, report, period } = bundle;
  const standings = new Map(litigationStandings({ period, ...data }).map((s) => [s.id, s]));
  const caseIds = new Set<number>();
  for (const { key } of keys)
    for (const id of report.drill[key] ?? []) {
      caseIds.add(id);
      const root = standings.get(id)?.rootId;
      if (root !== undefined) caseIds.add(root);
    }
  const sources = {
    asOf: period.asOf,
    standings,
    cases: await loadCaseDetails(db, [...caseIds]),
    revisions: new Map(data.revisions.map((r) => [r.id, r])),
    education: new Map(data.education.map((e) => [e.id, e])),
  };
  return keys.map(({ key, title }) => recordList(key, report.drill[key] ?? [], sources, title ?? titleOf(report, key)));
}

function titleOf(report: YearReport, key: string): string {
  const personId = /^people\.(\d+)\./.exec(key)?.[1];
  const person = personId ? report.people.find((p) => p.personId === Number(personId)) : undefined;
  return labelOfKey(key, person?.name);
}

/** The appendices of the exports: every record counted, by area. */
export const APPENDICES = [
  { key: DRILL.litigationTotal, title: '소송·심판 송무 건 목록' },
  { key: DRILL.opinionsTotal, title: '법률자문 목록' },
  { key: DRILL.legislationTotal, title: '자치법규 제·개정 목록' },
  { key: DRILL.educationTotal, title: '교육 실적 목록' },
] as const;

export interface ReportDocuments {
  docx(): Promise<Buffer>;
  xlsx(): Promise<Buffer>;
  fileStem: string;
}

export async function reportDocuments(
  db: Kysely<Database>,
  input: Pick<ReportExportParsed, 'asOf' | 'from' | 'office' | 'sectionTitle' | 'plans'>,
): Promise<ReportDocuments> {
  const bundle = await yearReport(db, input.asOf, input.from);
  const appendices = await recordLists(db, bundle, APPENDICES);
  // An export that names no office takes the 기관명 from 설정.
  const office = input.office || (await getSetting(db, OFFICE_NAME_SETTING));
  const model = {
    report: bundle.report,
    rows: summaryRows(bundle.report, input.plans),
    plans: input.plans,
    appendices,
    ...(office ? { office } : {}),
    ...(input.sectionTitle ? { sectionTitle: input.sectionTitle } : {}),
  };
  return {
    docx: () => buildReportDocx(model),
    xlsx: () => buildReportXlsx(model),
    fileStem: `법무행정-추진실적-${input.asOf}`,
  };
}

export const reportHandlers = {
  'reports:compute': async (ctx: HandlerContext, input: ReportPeriodParsed): Promise<YearReport> =>
    (await yearReport(ctx.db, input.asOf, input.from)).report,

  'reports:records': async (ctx: HandlerContext, input: ReportRecordsParsed): Promise<RecordList> => {
    const bundle = await yearReport(ctx.db, input.asOf, input.from);
    const [list] = await recordLists(ctx.db, bundle, [{ key: input.key }]);
    if (!list) throw new Error('record list missing');
    return list;
  },

  'reports:exportDocx': async (ctx: HandlerContext, input: ReportExportParsed): Promise<ReportFileResult> => {
    const documents = await reportDocuments(ctx.db, input);
    const path = await ctx.desktop.saveFile(`${documents.fileStem}.docx`, await documents.docx(), [
      { name: 'Word 문서', extensions: ['docx'] },
    ]);
    return { path };
  },

  'reports:exportXlsx': async (ctx: HandlerContext, input: ReportExportParsed): Promise<ReportFileResult> => {
    const documents = await reportDocuments(ctx.db, input);
    const path = await ctx.desktop.saveFile(`${documents.fileStem}.xlsx`, await documents.xlsx(), [
      { name: '엑셀 파일', extensions: ['xlsx'] },
    ]);
    return { path };
  },
};
