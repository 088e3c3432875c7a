// `lexdesk deadline`: in-process through runCli (stdout via a stream, stderr via a spy) and once as a real process.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../electron/cli.ts';

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
  const code = await runCli(argv, out);
  return { code, stdout, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('lexdesk deadline (in-process)', () => {
  it('판결 송달 2024-09-13 + 2w → 2024-09-27', async () => {
    const { code, stdout, stderr } = await run('deadline', '2024-09-13', '2w');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      due: '2024-09-27',
      rawEnd: '2024-09-27',
      shifts: [],
      provisional: false,
      start: '2024-09-14',
    });
    expect(json.explanation).toEqual(expect.stringContaining('초일불산입'));
  });

  it('prints each shift with its Korean reason', async () => {
    const { stdout } = await run('deadline', '2024-09-19', '14d');
    expect(JSON.parse(stdout)).toMatchObject({
      due: '2024-10-04',
      rawEnd: '2024-10-03',
      shifts: [{ from: '2024-10-03', to: '2024-10-04', reason: '2024-10-03 개천절' }],
    });
  });

  it('--electronic-notice adds the deemed-service date', async () => {
    const { code, stdout } = await run('deadline', '2024-09-02', '2w', '--electronic-notice');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ deemedService: '2024-09-09', due: '2024-09-23' });
  });

  it('--backward moves a target on a holiday earlier', async () => {
    const { stdout } = await run('deadline', '2024-10-10', '7d', '--backward');
    expect(JSON.parse(stdout)).toMatchObject({ rawEnd: '2024-10-03', due: '2024-10-02', direction: 'backward' });
  });

  it('flags a provisional year', async () => {
    const { stdout } = await run('deadline', '2027-12-20', '14d');
    expect(JSON.parse(stdout)).toMatchObject({ due: '2028-01-03', provisional: true });
  });

  it.each([
    [['2024-02-30', '2w'], /2024-02-30.*올바르지 않습니다/],
    [['2024-09-13', '3x'], /기간 "3x".*이해할 수 없습니다/],
    [['2024-09-13'], /기산일과 기간을 입력하세요/],
    [['2024-09-13', '2w', 'extra'], /인자가 너무 많습니다: extra/],
    [['2024-09-13', '2w', '--nope'], /알 수 없는 옵션입니다: --nope/],
    [['2024-09-13', '2w', '--backward', '--electronic-notice'], /역산/],
  ])('rejects %j with exit 1 and a Korean message', async (args, message) => {
    const { code, stdout, stderr } = await run('deadline', ...args);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^오류: /);
    expect(stderr).toMatch(message);
  });
});

describe('lexdesk deadline (real process)', () => {
  it('node bin/lexdesk.mjs deadline 2024-09-13 2w', () => {
    const child = spawnSync(process.execPath, ['bin/lexdesk.mjs', 'deadline', '2024-09-13', '2w'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toMatchObject({
      due: '2024-09-27',
      rawEnd: '2024-09-27',
      shifts: [],
      provisional: false,
    });
  });

  it('exits 1 with a Korean message for a bad date', () => {
    const child = spawnSync(process.execPath, ['bin/lexdesk.mjs', 'deadline', '2024-02-30', '2w'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain('오류: 기산일 "2024-02-30"');
  });
});
