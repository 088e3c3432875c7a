// 송무대장 import and export against real files in temp folders and a real SQLite database.
import ExcelJS from 'exceljs';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCase, listCases } from '../../electron/db/repositories/cases.ts';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { diffRecords } from '../../electron/db/repositories/history.ts';
import { setSetting } from '../../electron/db/repositories/settings.ts';
import { LedgerFileError } from '../../electron/import/ledger-file.ts';
import { commitLedger, LedgerImportError, previewLedger } from '../../electron/import/ledger-import.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { CaseRecord } from '../../shared/cases/case-schema.ts';
import { formatLedgerIssue } from '../../shared/cases/ledger-rows.ts';
import type { LedgerPreview } from '../../shared/contracts/ledger.ts';
import {
  ledgerWorkbook,
  SAMPLE_HEADER,
  SAMPLE_ROWS,
  toCsv,
  type SampleCell,
} from '../../scripts/make-sample-ledger.ts';
import { testContext, type FakeDesktop } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { ok } from '../helpers/dispatch.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/ledger');
const SAMPLE_XLSX = join(FIXTURES, '송무대장-예시.xlsx');
const SAMPLE_CP949 = join(FIXTURES, '송무대장-예시-cp949.csv');
const ERRORS_CSV = join(FIXTURES, '송무대장-오류.csv');
const NOW = '2026-03-02T00:00:00.000Z';

let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let desktop: FakeDesktop;
let dispatch: Dispatch;
beforeEach(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  const ctx = testContext(database);
  desktop = ctx.desktop;
  dispatch = createDispatcher(ctx);
});
afterEach(async () => {
  await database.close();
  temp.cleanup();
});

function counts(db: OpenDatabase): Record<string, number> {
  const count = (table: string) => (db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return Object.fromEntries(['cases', 'parties', 'people', 'case_people', 'history'].map((t) => [t, count(t)]));
}

/** Every live record, without ids and timestamps: 원심 by its number, people without their ids. */
async function comparable(db: OpenDatabase): Promise<unknown[]> {
  const records: CaseRecord[] = [];
  for (const s of await listCases(db.db)) {
    const r = await getCase(db.db, s.id);
    if (r) records.push(r);
  }
  const numberOf = new Map(records.map((r) => [r.id, r.caseNumber]));
  return records
    .map(({ id: _i, createdAt: _c, updatedAt: _u, parentCaseId, people, ...rest }) => ({
      ...rest,
      parent: parentCaseId === null ? null : (numberOf.get(parentCaseId) ?? '?'),
      people: people.map(({ personId: _p, ...p }) => p),
    }))
    .sort((a, b) => `${a.caseNumber}${a.title}`.localeCompare(`${b.caseNumber}${b.title}`));
}

function writeCsv(
  name: string,
  rows: SampleCell[][],
  encode: (text: string) => Uint8Array = (t) => Buffer.from(t),
): string {
  const path = join(temp.dir, name);
  writeFileSync(path, encode(toCsv([SAMPLE_HEADER, ...rows])));
  return path;
}

describe('preview', () => {
  it('counts the sample ledger (title line above the header) and shows the first 20 rows', async () => {
    const preview = await previewLedger(database.db, SAMPLE_XLSX);
    expect(preview).toMatchObject({ path: SAMPLE_XLSX, source: '송무대장', total: 30, valid: 30, errors: [] });
    expect(preview.sample).toHaveLength(20);
    expect(preview.sample[0]?.row).toBe(4);
    expect(preview.warnings.map(formatLedgerIssue)).toEqual([
      '14행 우리측지위: 어느 당사자가 우리측인지 알 수 없어 표시하지 않았습니다. 우리측 당사자 이름 뒤에 (우리측)을 붙이면 표시됩니다.',
    ]);
  });

  it('lists every row error in Korean, with Excel row numbers', async () => {
    const preview = await previewLedger(database.db, ERRORS_CSV);
    expect(preview.total).toBe(7);
    expect(preview.valid).toBe(1);
    expect(preview.errors.map(formatLedgerIssue)).toEqual([
      '3행 사건번호: 사건번호는 연도·사건부호·번호 형식이어야 합니다 (예: 2024구합12345).',
      '4행 구분: 구분은 행정소송, 민사소송, 헌법소송, 가사소송, 행정심판, 법률자문 중 하나여야 합니다 (입력값: 형사소송).',
      '5행 사건명: 사건명을 입력하세요.',
      '5행 접수일: 접수일은 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요.',
      '6행 소송가액(원): 소송가액은 원 단위 숫자로 입력하세요.',
      '6행 결과: 결과는 승소, 패소, 일부승소, 각하, 취하, 화해, 조정, 인용, 일부인용, 기각, 회신 중 하나여야 합니다 (진행 중이면 비워 두세요. 입력값: 일부패소).',
      '7행 사건번호: 2행과 같은 법원의 같은 사건번호입니다: 2024구합51234',
      '8행 사건번호: 행정심판 사건번호는 연도-번호 형식이어야 합니다 (예: 2024-12345).',
      '8행 선고일: 선고일이 접수일보다 빠를 수 없습니다.',
    ]);
  });

  it('through the handler: picks the file when no path is given; a closed dialog is no error', async () => {
    desktop.picks = [SAMPLE_XLSX];
    const picked = await ok<LedgerPreview>(dispatch('ledger:preview', {}));
    expect(picked).toMatchObject({ path: SAMPLE_XLSX, total: 30, valid: 30 });
    const cancelled = await ok<LedgerPreview>(dispatch('ledger:preview', {}));
    expect(cancelled).toMatchObject({ path: null, total: 0 });
  });

  it('refuses unreadable files with a Korean message', async () => {
    const broken = join(temp.dir, '대장.xlsx');
    writeFileSync(broken, 'not a zip');
    const header = writeCsv('머리글만.csv', []);
    const cases: [string, RegExp][] = [
      [join(temp.dir, '없는파일.xlsx'), /^파일을 찾을 수 없습니다: /],
      [join(temp.dir, '대장.hwp'), /^지원하지 않는 파일 형식입니다\(\.hwp\)/],
      [broken, /^XLSX 파일을 열 수 없습니다/],
    ];
    writeFileSync(join(temp.dir, '대장.hwp'), 'x');
    for (const [path, message] of cases) {
      const error = await previewLedger(database.db, path).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LedgerFileError);
      expect((error as Error).message).toMatch(message);
    }
    expect((await previewLedger(database.db, header)).errors.map(formatLedgerIssue)).toEqual([
      '1행: 머리글 아래에 가져올 행이 없습니다.',
    ]);
    const viaHandler = await dispatch('ledger:preview', { path: broken });
    expect(viaHandler).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('commit', () => {
  it('imports the sample: cases, parties, reused people and a history entry each', async () => {
    await setSetting(database.db, 'userName', '법무팀 홍길동');
    const result = await ok<{ imported: number }>(dispatch('ledger:commit', { path: SAMPLE_XLSX }));
    expect(result).toEqual({ imported: 30 });
    expect(counts(database)).toMatchObject({ cases: 30, history: 30 });
    const history = database.sqlite.prepare('SELECT DISTINCT action, changed_by FROM history').all();
    expect(history).toEqual([{ action: 'create', changed_by: '법무팀 홍길동' }]);
    // 김도윤(위생과) acts in five rows and is one person.
    // The history entry is what cases:create would have recorded for the stored record.
    const { id: _i, createdAt: _c, updatedAt: _u, deletedAt: _d, people, ...stored } = (await getCase(database.db, 2))!;
    const entry = database.sqlite.prepare('SELECT changes FROM history WHERE case_id = 2').get() as { changes: string };
    expect(JSON.parse(entry.changes)).toEqual(
      diffRecords({}, { ...stored, people: people.map((p) => `${p.role}:${p.name}`) }),
    );
    const kim = database.sqlite.prepare("SELECT kind, organization FROM people WHERE name = '김도윤'").all();
    expect(kim).toEqual([{ kind: 'official', organization: '위생과' }]);

    const records = await comparable(database);
    expect(records.find((r) => (r as CaseRecord).caseNumber === '2024구합51234')).toMatchObject({
      kind: 'administrative_suit',
      court: '서울행정법원',
      instance: 1,
      wardSide: 'defendant',
      claimAmount: 50_000_000,
      filedOn: '2024-02-13',
      result: '승소',
      decidedOn: '2024-09-12',
      finalizedOn: '2024-10-04',
      closedOn: null,
      parties: [
        { side: '원고', name: '주식회사 한빛푸드', isWard: false },
        { side: '피고', name: '서울특별시 마포구청장', isWard: true },
      ],
      people: [
        { role: 'attorney', name: '최정민', organization: '법무법인 한결' },
        { role: 'performer', name: '김도윤', organization: '위생과' },
      ],
    });
    expect(records.find((r) => (r as CaseRecord).caseNumber === '2024-12345')).toMatchObject({
      kind: 'administrative_appeal',
      parties: [
        { side: '청구인', name: '박지훈', isWard: false },
        { side: '피청구인', name: '서울특별시 마포구청장', isWard: true },
      ],
    });
    expect(records.find((r) => (r as CaseRecord).title === '체육시설 위탁협약 해지 요건')).toMatchObject({
      kind: 'legal_opinion',
      opinionType: 'external',
      filedOn: '2024-09-02',
      decidedOn: '2024-09-13',
      result: '회신',
    });
  });

  it('all or nothing: one bad row among 30 writes nothing', async () => {
    await ok(dispatch('ledger:commit', { path: writeCsv('기존.csv', SAMPLE_ROWS.slice(0, 3)) }));
    const before = counts(database);
    const rows = SAMPLE_ROWS.slice(3).map((r) => [...r]);
    rows.push([
      31,
      '민사소송',
      '2024가단99999',
      '서울서부지방법원',
      '손해배상(기)',
      '김갑동',
      '서울특별시 마포구',
      '피고',
      '도로관리과',
      null,
      null,
      null,
      '2024-04-31',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(rows).toHaveLength(28);
    const path = writeCsv('한줄오류.csv', rows);
    const error = await commitLedger(database.db, path, 'tester', NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerImportError);
    expect((error as LedgerImportError).issues.map(formatLedgerIssue)).toEqual([
      '29행 접수일: 접수일은 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요.',
    ]);
    expect(counts(database)).toEqual(before);
    const viaHandler = await dispatch('ledger:commit', { path });
    expect(viaHandler).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message:
          '송무대장에 오류가 1건 있어 아무것도 가져오지 않았습니다.\n29행 접수일: 접수일은 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요.',
      },
    });
  });

  it('reads the CP949 CSV (Korean Windows Excel) into the same records as the XLSX', async () => {
    await commitLedger(database.db, SAMPLE_CP949, 'tester', NOW);
    const fromCsv = await comparable(database);
    const names = database.sqlite
      .prepare("SELECT name FROM parties WHERE name IN ('정똠순', '김햏선') ORDER BY name")
      .all();
    expect(names).toEqual([{ name: '김햏선' }, { name: '정똠순' }]);
    const other = await openDatabase(join(temp.dir, 'xlsx.sqlite3'));
    try {
      await commitLedger(other.db, SAMPLE_XLSX, 'tester', NOW);
      expect(await comparable(other)).toEqual(fromCsv);
    } finally {
      await other.close();
    }
  });

  it('refuses a 사건번호 already registered at the same 법원, in the list or in the 휴지통', async () => {
    await commitLedger(database.db, SAMPLE_XLSX, 'tester', NOW);
    const [first] = await listCases(database.db);
    database.sqlite.prepare("UPDATE cases SET deleted_at = ? WHERE case_number = '2024구합51234'").run(NOW);
    expect(first).toBeDefined();
    const rows = [SAMPLE_ROWS[0] ?? [], SAMPLE_ROWS[2] ?? []].map((r) => [...r]);
    const path = writeCsv('중복.csv', rows);
    const preview = await previewLedger(database.db, path);
    expect(preview.errors.map(formatLedgerIssue)).toEqual([
      '2행 사건번호: 이미 등록된 사건번호입니다: 2024구합51234 (서울행정법원, 영업정지처분 취소, 휴지통에 있는 사건)',
      '3행 사건번호: 이미 등록된 사건번호입니다: 2023구합70321 (서울행정법원, 건축허가취소처분 취소)',
    ]);
    expect(preview.valid).toBe(0);
  });

  it('links 원심사건번호 to a row of the file or a stored case', async () => {
    const header = ['구분', '사건번호', '법원', '사건명', '원심사건번호'];
    const path = join(temp.dir, '심급.csv');
    writeFileSync(
      path,
      toCsv([
        header,
        ['행정소송', '2024누1', '서울고등법원', '취소', '2024구합1'],
        ['행정소송', '2024구합1', '서울행정법원', '취소', ''],
        ['행정소송', '2025두1', '대법원', '취소', '2024누1'],
        ['행정소송', '2025두2', '대법원', '취소', '2020누9'],
      ]),
    );
    const { warnings } = await commitLedger(database.db, path, 'tester', NOW);
    expect(warnings.map(formatLedgerIssue)).toEqual([
      '5행 원심사건번호: 원심 사건 2020누9를 파일과 등록된 사건에서 찾지 못해 연결하지 않습니다.',
    ]);
    const records = (await comparable(database)) as { caseNumber: string; parent: string | null; instance: number }[];
    expect(records.map((r) => [r.caseNumber, r.instance, r.parent])).toEqual([
      ['2024구합1', 1, null],
      ['2024누1', 2, '2024구합1'],
      ['2025두1', 3, '2024누1'],
      ['2025두2', 3, null],
    ]);
  });
});

describe('export', () => {
  it('writes 송무대장: bold frozen header, dates as text, money as #,##0 numbers', async () => {
    await commitLedger(database.db, SAMPLE_XLSX, 'tester', NOW);
    const { path } = await ok<{ path: string | null }>(dispatch('ledger:export', undefined));
    expect(path).toBe(join(temp.dir, 'saved', '송무대장-2026-03-02.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path ?? '');
    const sheet = book.getWorksheet('송무대장');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = sheet?.getRow(1);
    expect(header?.getCell(1).value).toBe('구분');
    expect(header?.font?.bold).toBe(true);
    expect(sheet?.rowCount).toBe(31);
    const first = sheet?.getRow(2);
    const cellOf = (name: string) => first?.getCell((header?.values as unknown[]).indexOf(name));
    expect(cellOf('사건번호')?.value).toBe('2024구합51234');
    expect(cellOf('접수일')?.value).toBe('2024-02-13');
    expect(cellOf('소송가액')?.value).toBe(50_000_000);
    expect(cellOf('소송가액')?.numFmt).toBe('#,##0');
    desktop.cancelNextSave = true;
    expect(await ok(dispatch('ledger:export', undefined))).toEqual({ path: null });
  });

  it('export → import into a fresh database gives identical records', async () => {
    await commitLedger(database.db, SAMPLE_XLSX, 'tester', NOW);
    // What only the app records: a 원심 link, 재판부, 지휘, 비용, 자문 people, a party beyond 원고/피고.
    const id = (n: string) =>
      (database.sqlite.prepare('SELECT id FROM cases WHERE case_number = ?').get(n) as { id: number }).id;
    const appeal = await getCase(database.db, id('2024누41234'));
    await ok(
      dispatch('cases:update', {
        ...appeal,
        parentCaseId: id('2024구합51234'),
        division: '제1행정부',
        direction: '서울고등검찰청 지휘 · 2024. 10. 1. 항소 승인',
        costAmount: 1_200_000,
        memo: '줄바꿈이 있는\n메모, 쉼표도',
        parties: [...(appeal?.parties ?? []), { side: '보조참가인', name: '망원동 주민회', isWard: false }],
        people: [],
      }),
    );
    const { path } = await ok<{ path: string }>(dispatch('ledger:export', undefined));
    const fresh = await openDatabase(join(temp.dir, 'fresh', 'lexdesk.sqlite3'));
    try {
      const copy = join(temp.dir, 'copy.xlsx');
      copyFileSync(path, copy);
      const { imported } = await commitLedger(fresh.db, copy, 'tester', NOW);
      expect(imported).toBe(30);
      expect(await comparable(fresh)).toEqual(await comparable(database));
    } finally {
      await fresh.close();
    }
  });
});

describe('a big ledger', () => {
  it('imports 5,000 rows in one go (time printed, not asserted)', async () => {
    const rows: SampleCell[][] = [];
    for (let i = 0; i < 5000; i++) {
      const base = [...(SAMPLE_ROWS[i % SAMPLE_ROWS.length] ?? [])];
      base[0] = i + 1;
      base[2] = base[2] === null ? null : `${2000 + (i % 25)}구합${10000 + i}`;
      base[1] = base[2] === null ? (base[1] ?? null) : '행정소송';
      base[3] = base[2] === null ? null : '서울행정법원';
      rows.push(base);
    }
    const path = join(temp.dir, '대용량.xlsx');
    writeFileSync(path, await ledgerWorkbook(SAMPLE_HEADER, rows, '대용량 송무대장'));
    const started = performance.now();
    const preview = await previewLedger(database.db, path);
    const previewed = performance.now();
    expect(preview.errors).toEqual([]);
    const { imported } = await commitLedger(database.db, path, 'tester', NOW);
    const done = performance.now();
    expect(imported).toBe(5000);
    expect(counts(database).cases).toBe(5000);
    console.log(
      `5,000-row XLSX: preview ${Math.round(previewed - started)} ms, commit (re-read + write) ${Math.round(done - previewed)} ms`,
    );
  });
});
