// `lexdesk report --db <file> --as-of YYYY-MM-DD [--from YYYY-MM-DD] [--json] [--ids] [--docx out.docx]
// [--xlsx out.xlsx] [--plan 문장 …]`: the yearly 추진실적 figures from a terminal, the same numbers as the app's page.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../../shared/deadlines/civil-date.ts';
import type { YearReport } from '../../shared/reports/report-types.ts';
import { summaryRows } from '../../shared/reports/summary-table.ts';
import { openDatabase } from '../db/open.ts';
import { reportDocuments, yearReport } from '../handlers/reports.ts';
import { CliError } from './cli-error.ts';
import type { CliCommand } from './command.ts';

const USAGE_HINT =
  '사용법: lexdesk report --db <데이터베이스.sqlite3> --as-of <기준일 YYYY-MM-DD> [--from <시작일>] [--json] [--docx 파일] [--xlsx 파일]';

const options = {
  db: { type: 'string' },
  'as-of': { type: 'string' },
  from: { type: 'string' },
  json: { type: 'boolean' },
  ids: { type: 'boolean' },
  docx: { type: 'string' },
  xlsx: { type: 'string' },
  plan: { type: 'string', multiple: true },
  office: { type: 'string' },
  section: { type: 'string' },
} as const;

function date(value: string | undefined, label: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new CliError(`${label}은 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요: ${value}`);
  return value;
}

/** The JSON printed by `--json`: every figure; the record ids only with `--ids` (they can run to thousands). */
function jsonOf(report: YearReport, withIds: boolean): string {
  const { drill, definitions, ...figures } = report;
  return JSON.stringify({ ...figures, definitions, ...(withIds ? { drill } : {}) }, null, 2);
}

export const reportCommand: CliCommand = {
  name: 'report',
  usage:
    'report --db <데이터베이스.sqlite3> --as-of <기준일> [--from <시작일, 기본: 기준일 연도 1월 1일>] [--json] [--ids] [--docx 파일.docx] [--xlsx 파일.xlsx] [--plan 향후계획 …]  (주요업무 추진실적 집계)',
  async run(args, out) {
    let parsed;
    try {
      parsed = parseArgs({ args, options, allowPositionals: false, strict: true });
    } catch (error) {
      throw new CliError(
        `인자를 해석할 수 없습니다: ${error instanceof Error ? error.message : String(error)}\n${USAGE_HINT}`,
      );
    }
    const v = parsed.values;
    if (!v.db) throw new CliError(`--db 로 데이터베이스 파일을 지정하세요.\n${USAGE_HINT}`);
    // Never create an empty database for a mistyped path: a report of zeros would look like a real one.
    if (!existsSync(v.db)) throw new CliError(`데이터베이스 파일을 찾을 수 없습니다: ${v.db}`);
    const asOf = date(v['as-of'], '기준일');
    if (!asOf) throw new CliError(`--as-of 로 기준일을 지정하세요.\n${USAGE_HINT}`);
    const from = date(v.from, '시작일');
    if (from && from > asOf) throw new CliError(`시작일(${from})은 기준일(${asOf})과 같거나 그 앞이어야 합니다.`);

    const database = await openDatabase(v.db);
    try {
      const plans = (v.plan ?? []).map((p) => p.trim()).filter((p) => p !== '');
      const { report } = await yearReport(database.db, asOf, from);
      if (v.docx || v.xlsx) {
        const documents = await reportDocuments(database.db, {
          asOf,
          from: from ?? null,
          plans,
          ...(v.office ? { office: v.office } : {}),
          ...(v.section ? { sectionTitle: v.section } : {}),
        });
        const save = async (path: string, data: Promise<Buffer>) => {
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, await data);
        };
        if (v.docx) await save(v.docx, documents.docx());
        if (v.xlsx) await save(v.xlsx, documents.xlsx());
      }
      if (v.json) out.write(`${jsonOf(report, v.ids === true)}\n`);
      else {
        out.write(`주요업무 추진실적 (${report.from} ~ ${report.asOf})\n`);
        for (const row of summaryRows(report, plans))
          out.write(`- ${row.item}: ${row.value}${row.note ? ` (${row.note})` : ''}\n`);
        if (v.docx) out.write(`DOCX: ${v.docx}\n`);
        if (v.xlsx) out.write(`XLSX: ${v.xlsx}\n`);
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
