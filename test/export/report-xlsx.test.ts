import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { ReportFileResult } from '../../shared/contracts/reports.ts';
import type { YearReport } from '../../shared/reports/report-types.ts';
import { testContext } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { COUNCIL, seedCouncilYear } from '../unit/reports/council-seed.ts';
import { ok } from '../helpers/dispatch.ts';

// The workbook is read back with exceljs and compared with the report the app computes for the same period.
let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
let report: YearReport;
let book: ExcelJS.Workbook;

beforeAll(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  seedCouncilYear(database.sqlite);
  dispatch = createDispatcher(testContext(database));
  report = await ok<YearReport>(dispatch('reports:compute', { asOf: COUNCIL.asOf }));
  const saved = await ok<ReportFileResult>(
    dispatch('reports:exportXlsx', { asOf: COUNCIL.asOf, plans: ['조례·규칙심의회 운영'] }),
  );
  expect(saved.path).toMatch(/법무행정-추진실적-2025-10-31\.xlsx$/);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(saved.path ?? '');
});

afterAll(async () => {
  await database?.close();
  temp?.cleanup();
});

/** A sheet as rows of cell values, header first. */
function rows(name: string): unknown[][] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('추진실적 XLSX', () => {
  it('has one sheet per table and one per appendix', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '개요',
      '추진실적',
      '구분별 현황',
      '결과별',
      '월별',
      '대리인별',
      '법률자문',
      '자치법규 종류별',
      '자치법규 구분별',
      '부록1 소송·심판 송무 건 목록',
      '부록2 법률자문 목록',
      '부록3 자치법규 제·개정 목록',
      '부록4 교육 실적 목록',
    ]);
  });

  it('holds the 추진실적 table with the sub-count lines', () => {
    const summary = rows('추진실적');
    expect(summary[0]).toEqual(['항목', '실적', '비고']);
    expect(summary).toContainEqual([
      '소송·심판 송무 지도',
      '122건 — 행정소송 48, 민사소송 31, 행정심판 43',
      expect.any(String),
    ]);
    expect(summary).toContainEqual(['자치법규 제·개정', '66건 — 조례 40, 규칙 23, 훈령 3', expect.any(String)]);
    expect(summary).toContainEqual(['향후 계획', '조례·규칙심의회 운영', '']);
  });

  it('equals the report figures, as numbers', () => {
    const byKind = rows('구분별 현황');
    expect(byKind[0]).toEqual(['구분', '계', '신규', '이월', '진행', '종결']);
    for (const r of report.litigation.byKindStatus)
      expect(byKind).toContainEqual([r.kind, r.total, r.new, r.carriedOver, r.open, r.closed]);
    const l = report.litigation;
    expect(byKind).toContainEqual(['합계', l.total, l.new, l.carriedOver, l.open, l.closed]);
    expect(l.total).toBe(COUNCIL.total);
    expect(byKind.find((r) => r[0] === '사건 계열 수')?.[1]).toBe(COUNCIL.families);
    expect(byKind.find((r) => r[0] === '소송가액 합계(원)')?.[1]).toBe(COUNCIL.claimTotal);

    const results = rows('결과별');
    for (const [outcome, n] of Object.entries(report.results)) expect(results).toContainEqual([outcome, n]);
    expect(results).toContainEqual(['승소율', '75.0%']);
    expect(rows('개요')).toContainEqual(['승소율 산식', COUNCIL.formula]);

    expect(rows('법률자문').slice(1, 4)).toEqual([
      ['전체', 92],
      ['외부', 62],
      ['내부', 30],
    ]);
    expect(rows('자치법규 종류별').slice(1)).toEqual([
      ['조례', 40],
      ['규칙', 23],
      ['훈령', 3],
      ['예규', 0],
      ['합계', 66],
    ]);
    expect(rows('월별').slice(1)).toEqual(report.monthly.map((m) => [m.month, m.new, m.closed]));
    expect(rows('대리인별').slice(1)).toEqual(
      report.people.map((p) => [p.name, p.organization ?? '', p.litigation, p.opinions]),
    );
  });

  it('lists the counted records in the appendix sheets', () => {
    const suits = rows('부록1 소송·심판 송무 건 목록');
    expect(suits).toHaveLength(1 + COUNCIL.total);
    expect(suits[0]?.slice(0, 4)).toEqual(['번호', '구분', '사건번호', '사건명']);
    expect(suits.find((r) => r[2] === '2025누2000')?.[10]).toBe('2025구합1000의 상급심');
    expect(rows('부록2 법률자문 목록')).toHaveLength(1 + 92);
    expect(rows('부록3 자치법규 제·개정 목록')).toHaveLength(1 + 66);
    expect(rows('부록4 교육 실적 목록').slice(1)).toEqual([['1', '2025-05-20', '행정소송 실무 교육', '87명', '']]);
  });
});

describe('기관명', () => {
  it('titles the export with the 기관명 from 설정 unless the export names another', async () => {
    const title = async (office?: string) => {
      const saved = await ok<ReportFileResult>(
        dispatch('reports:exportXlsx', { asOf: COUNCIL.asOf, plans: [], ...(office ? { office } : {}) }),
      );
      const read = new ExcelJS.Workbook();
      await read.xlsx.readFile(saved.path ?? '');
      return read.title;
    };
    expect(await title()).toBe('○○구 법무행정 주요업무 추진실적 (2025. 10. 31. 기준)');
    await ok(dispatch('settings:update', { officeName: ' 마포구 ' }));
    expect(await ok<{ officeName: string; userName: string }>(dispatch('settings:get', undefined))).toMatchObject({
      officeName: '마포구',
      userName: '',
    });
    expect(await title()).toBe('마포구 법무행정 주요업무 추진실적 (2025. 10. 31. 기준)');
    expect(await title('서대문구')).toBe('서대문구 법무행정 주요업무 추진실적 (2025. 10. 31. 기준)');
    await ok(dispatch('settings:update', { officeName: '' }));
    expect(await title()).toBe('○○구 법무행정 주요업무 추진실적 (2025. 10. 31. 기준)');
    expect(await dispatch('settings:update', { officeName: '가'.repeat(21) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { officeName: '기관명은 20자 이내로 입력하세요.' } },
    });
  });
});
