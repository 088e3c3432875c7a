import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { CaseRecord } from '../../shared/cases/case-schema.ts';
import type { FileExportResult } from '../../shared/cases/calendar-views.ts';
import { testContext } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { ok } from '../helpers/dispatch.ts';

// Today is 2026-03-02 (testContext).
let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
let sheet: ExcelJS.Worksheet;
let result: FileExportResult;

beforeAll(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  dispatch = createDispatcher(testContext(database));
  const damages = await ok<CaseRecord>(
    dispatch('cases:create', {
      kind: 'civil_suit',
      caseNumber: '2024가단5678',
      title: '손해배상(기)',
      department: '도로과',
    }),
  );
  const opinion = await ok<CaseRecord>(
    dispatch('cases:create', { kind: 'legal_opinion', title: '공유재산 사용료 질의' }),
  );
  await ok(dispatch('events:add', { caseId: damages.id, kind: 'judgment-served-first-instance', date: '2026-02-20' }));
  await ok(
    dispatch('deadlines:add', { caseId: opinion.id, title: '자문 회신', dueOn: '2026-02-25', assignee: '이주무관' }),
  );
  await ok(dispatch('deadlines:add', { caseId: damages.id, title: '비용 정산', dueOn: '2026-05-15' }));
  result = await ok<FileExportResult>(dispatch('deadlines:exportXlsx', { to: '2026-04-30' }));
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(result.path ?? '');
  const found = book.getWorksheet('기한');
  if (!found) throw new Error('no sheet 기한');
  sheet = found;
});

afterAll(async () => {
  await database?.close();
  temp?.cleanup();
});

const text = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1).map((v) => v ?? '');

describe('기한 XLSX', () => {
  it('is saved as lexdesk-기한-<today>.xlsx with the open deadlines of the period', () => {
    expect(basename(result.path ?? '')).toBe('lexdesk-기한-2026-03-02.xlsx');
    expect(result.count).toBe(2); // 비용 정산 (05-15) is after `to`
  });

  it('has one sheet 기한 with the register columns and the rows as text, by due date', () => {
    expect(sheet.rowCount).toBe(3);
    expect(text(1)).toEqual([
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
    ]);
    expect(text(2)).toEqual([
      '1',
      '',
      '공유재산 사용료 질의',
      '자문 회신',
      '2026-02-25(수)',
      '경과 5일',
      '',
      '이주무관',
      '직접 입력',
      '',
    ]);
    expect(text(3)).toEqual([
      '2',
      '2024가단5678',
      '손해배상(기)',
      '항소장 제출',
      '2026-03-06(금)',
      '4일 남음',
      '도로과',
      '',
      '민사소송법 §396 (불변기간)',
      '',
    ]);
    for (let c = 1; c <= 10; c++) expect(typeof sheet.getRow(2).getCell(c).value).not.toBe('number');
  });

  it('freezes the bold header row and marks overdue in bold red', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(6).font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
    expect(sheet.getRow(3).getCell(6).font?.bold).toBeFalsy();
  });
});
