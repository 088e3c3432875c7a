// `lexdesk import`: in-process through runCli (stdout via a stream, stderr via a spy) and once as a real process.
import BetterSqlite3 from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/ledger');
const SAMPLE_XLSX = join(FIXTURES, '송무대장-예시.xlsx');
const SAMPLE_CP949 = join(FIXTURES, '송무대장-예시-cp949.csv');
const ERRORS_CSV = join(FIXTURES, '송무대장-오류.csv');
const WARNING =
  '경고: 14행 우리측지위: 어느 당사자가 우리측인지 알 수 없어 표시하지 않았습니다. 우리측 당사자 이름 뒤에 (우리측)을 붙이면 표시됩니다.\n';

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
  const code = await runCli(argv, out);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

function caseCount(path: string): number {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
});
afterEach(() => {
  vi.restoreAllMocks();
  temp.cleanup();
});

describe('lexdesk import (in-process)', () => {
  it('creates and migrates the database, imports every row and says how many', async () => {
    const db = join(temp.dir, 'new', 'lexdesk.sqlite3');
    const { code, stdout, stderr } = await run('import', '--db', db, SAMPLE_XLSX);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '30건을 가져왔습니다.\n', stderr: WARNING });
    expect(caseCount(db)).toBe(30);
  });

  it('prints the row errors, one per line, exits 1 and writes nothing', async () => {
    const db = join(temp.dir, 'lexdesk.sqlite3');
    const { code, stdout, stderr } = await run('import', ERRORS_CSV, '--db', db);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('오류 9건이 있어 아무것도 가져오지 않았습니다.');
    expect(lines.slice(1)).toHaveLength(9);
    expect(lines[1]).toBe('3행 사건번호: 사건번호는 연도·사건부호·번호 형식이어야 합니다 (예: 2024구합12345).');
    expect(lines).toContain('7행 사건번호: 2행과 같은 법원의 같은 사건번호입니다: 2024구합51234');
    expect(caseCount(db)).toBe(0);
  });

  it('refuses a second import of the same ledger: every 사건번호 is already registered', async () => {
    const db = join(temp.dir, 'lexdesk.sqlite3');
    expect((await run('import', '--db', db, SAMPLE_XLSX)).code).toBe(0);
    const again = await run('import', '--db', db, SAMPLE_CP949);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^오류 25건이 있어 아무것도 가져오지 않았습니다.\n/);
    expect(again.stderr).toContain(
      '3행 사건번호: 이미 등록된 사건번호입니다: 2024구합51234 (서울행정법원, 영업정지처분 취소)',
    );
    expect(caseCount(db)).toBe(30);
  });

  it('explains its arguments', async () => {
    const db = join(temp.dir, 'lexdesk.sqlite3');
    expect(await run('import', SAMPLE_XLSX)).toMatchObject({
      code: 1,
      stderr:
        '오류: --db 로 데이터베이스 파일을 지정하세요.\n사용법: lexdesk import --db <데이터베이스.sqlite3> <송무대장.xlsx|csv>\n',
    });
    expect((await run('import', '--db', db)).stderr).toContain('가져올 송무대장 파일을 지정하세요.');
    const missing = await run('import', '--db', db, join(temp.dir, '없음.xlsx'));
    expect(missing).toMatchObject({
      code: 1,
      stderr: `오류: 파일을 찾을 수 없습니다: ${join(temp.dir, '없음.xlsx')}\n`,
    });
    expect(existsSync(db)).toBe(false);
  });
});

describe('lexdesk import (real process)', () => {
  it('node bin/lexdesk.mjs import --db … reads the CP949 CSV', () => {
    const db = join(temp.dir, 'lexdesk.sqlite3');
    const result = spawnSync(process.execPath, ['bin/lexdesk.mjs', 'import', '--db', db, SAMPLE_CP949], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe(WARNING.replace('14행', '13행'));
    expect(result.stdout).toBe('30건을 가져왔습니다.\n');
    expect(result.status).toBe(0);
    const check = new BetterSqlite3(db, { readonly: true });
    try {
      expect(check.prepare("SELECT count(*) AS n FROM parties WHERE name IN ('정똠순', '김햏선')").get()).toEqual({
        n: 2,
      });
    } finally {
      check.close();
    }
  });
});
