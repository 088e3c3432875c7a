// `lexdesk report`: in-process through runCli and once as a real process, over the council year of council-seed.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli.ts';
import { openDatabase } from '../../electron/db/open.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { COUNCIL, seedCouncilYear } from '../unit/reports/council-seed.ts';

const ROOT = resolve(import.meta.dirname, '../..');

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  const out = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      stdout += chunk.toString();
      done();
    },
  });
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    const code = await runCli(argv, out);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

let temp: ReturnType<typeof makeTempDir>;
let db: string;
beforeAll(async () => {
  temp = makeTempDir();
  db = join(temp.dir, 'lexdesk.sqlite3');
  const database = await openDatabase(db);
  seedCouncilYear(database.sqlite);
  await database.close();
});
afterAll(() => temp?.cleanup());

describe('lexdesk report (in-process)', () => {
  it('prints the figures as JSON, `from` defaulting to January 1', async () => {
    const { code, stdout, stderr } = await run('report', '--db', db, '--as-of', COUNCIL.asOf, '--json');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      asOf: '2025-10-31',
      from: '2025-01-01',
      litigation: {
        total: 122,
        open: 102,
        closed: 20,
        families: 116,
        byKind: { 행정소송: 48, 민사소송: 31, 행정심판: 43 },
      },
      results: { 승소: 12, 패소: 3, 일부승소: 1, 각하: 3, 취하: 1 },
      winRate: 0.75,
      winRateFormula: COUNCIL.formula,
      opinions: { total: 92, external: 62, internal: 30 },
      legislation: { total: 66, byType: { 조례: 40, 규칙: 23, 훈령: 3 } },
      education: { sessions: 1, attendees: 87 },
    });
    expect(json.drill).toBeUndefined();
    expect(json.definitions.length).toBeGreaterThan(5);
  });

  it('counts only the given period with --from, and adds the record ids with --ids', async () => {
    const { code, stdout } = await run(
      'report',
      '--db',
      db,
      '--as-of',
      '2025-03-31',
      '--from',
      '2025-03-01',
      '--json',
      '--ids',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.from).toBe('2025-03-01');
    expect(json.litigation.total).toBe(json.drill['litigation.total'].length);
    expect(json.litigation.total).toBeLessThan(122);
  });

  it('writes the DOCX and XLSX and prints the table as text', async () => {
    const docx = join(temp.dir, 'out', 'report.docx');
    const xlsx = join(temp.dir, 'report.xlsx');
    const { code, stdout } = await run(
      'report',
      '--db',
      db,
      '--as-of',
      COUNCIL.asOf,
      '--docx',
      docx,
      '--xlsx',
      xlsx,
      '--plan',
      '조례·규칙심의회 운영',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('- 소송·심판 송무 지도: 122건 — 행정소송 48, 민사소송 31, 행정심판 43');
    expect(stdout).toContain('- 향후 계획: 조례·규칙심의회 운영');
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.getWorksheet('추진실적')).toBeDefined();
  });

  it('refuses a missing database, a bad date and a reversed period in Korean, creating nothing', async () => {
    const missing = join(temp.dir, 'nope.sqlite3');
    expect(await run('report', '--db', missing, '--as-of', '2025-10-31')).toMatchObject({
      code: 1,
      stderr: `오류: 데이터베이스 파일을 찾을 수 없습니다: ${missing}\n`,
    });
    expect(existsSync(missing)).toBe(false);
    expect(await run('report', '--db', db, '--as-of', '2025-02-30')).toMatchObject({
      code: 1,
      stderr: '오류: 기준일은 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요: 2025-02-30\n',
    });
    expect((await run('report', '--db', db, '--as-of', '2025-10-31', '--from', '2025-11-01')).stderr).toBe(
      '오류: 시작일(2025-11-01)은 기준일(2025-10-31)과 같거나 그 앞이어야 합니다.\n',
    );
    expect((await run('report', '--db', db)).stderr).toContain('--as-of 로 기준일을 지정하세요.');
    expect((await run('report', '--as-of', '2025-10-31')).stderr).toContain('--db 로 데이터베이스 파일을 지정하세요.');
  });
});

describe('lexdesk report (real process)', () => {
  it('prints the JSON from `node bin/lexdesk.mjs`', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/lexdesk.mjs'), 'report', '--db', db, '--as-of', COUNCIL.asOf, '--json'],
      { encoding: 'utf8', cwd: ROOT, timeout: 60_000 },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.litigation.total).toBe(122);
    expect(json.winRate).toBe(0.75);
  });
});
