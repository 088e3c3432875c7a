import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readOrdinanceFile } from '../../electron/import/read-text-file.ts';
import { compareOrdinances } from '../../shared/law/index.ts';
import type { Run } from '../../shared/law/table-types.ts';
import { cli, fixture, fixturePath, LAW_FIXTURES, tempDir, unifyQuotes, writeTemp } from './law-cli-helpers.ts';

const SLUG = 'mapo-legal-advisor-2026';
const OLD = fixturePath(SLUG, 'old.md');
const NEW = fixturePath(SLUG, 'new.md');
const NAME = '서울특별시 마포구 법률고문 운영 규칙';

/**
 * old.md with history tags edited, `ㆍ` typed as `·` and Windows line ends: nothing a drafter would call an
 * amendment, though a plain diff would show every line.
 */
function noiseOnly(): string {
  return fixture(SLUG, 'old.md')
    .replace("(개정 '95.10.20, 2010.8.5)", "(개정 '95.10.20, 2010.8.5, 2026. 7. 30.)")
    .replace('<개정 2010.8.5>', '<개정 2010.8.5, 2026. 7. 30.>')
    .replace(/ㆍ/g, '·')
    .replace(/\n/g, '\r\n');
}

describe('lexdesk compare — 개정문', () => {
  it('prints the official sentence of the real amendment', async () => {
    const { code, stdout, stderr } = await cli('compare', OLD, NEW);
    expect(stderr).not.toContain('오류');
    expect(code).toBe(0);
    expect(stdout).toContain(`${NAME} 일부를 다음과 같이 개정한다.`);
    for (const sentence of fixture(SLUG, 'expected-amendment.txt').split('\n').filter(Boolean)) {
      expect(unifyQuotes(stdout)).toContain(unifyQuotes(sentence));
    }
    // Curly quotes by default, as promulgated texts have them.
    expect(stdout).toContain('“새마포담당관”');
  });

  it('writes straight quotes on request', async () => {
    const { stdout } = await cli('compare', OLD, NEW, '--quotes', 'straight');
    expect(stdout).toContain('"새마포담당관"');
    expect(stdout).not.toContain('“');
  });

  const slugs = readdirSync(LAW_FIXTURES).filter((d) => existsSync(join(LAW_FIXTURES, d, 'old.md')));
  it.each(slugs)('prints exactly what the engine returns for %s', async (slug) => {
    const result = compareOrdinances(fixture(slug, 'old.md'), fixture(slug, 'new.md'));
    const { code, stdout } = await cli('compare', fixturePath(slug, 'old.md'), fixturePath(slug, 'new.md'));
    expect(code).toBe(0);
    if (result.changed) expect(stdout).toBe(`${result.amendment.replace(/\n+$/, '')}\n`);
    else expect(stdout).toMatch(/^변경된 조문이 없습니다/);
  });
  it('--title names the ordinance in the opening line and in both Word files', async () => {
    const dir = tempDir();
    const [table, bill] = [join(dir, 't.docx'), join(dir, 'a.docx')];
    const title = '서울특별시 마포구 법률고문 규칙';
    const { code, stdout } = await cli(
      'compare',
      OLD,
      NEW,
      '--title',
      title,
      '--docx',
      table,
      '--amendment-docx',
      bill,
    );
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`${title} 일부를 다음과 같이 개정한다.`);
    expect((await readOrdinanceFile(bill)).split('\n')[0]).toBe(`${title} 일부개정규칙안`);
    expect((await readOrdinanceFile(table)).split('\n')[0]).toContain(title);
  });
});

describe('lexdesk compare --json', () => {
  it('has the documented shape: one flat Run[] per cell, paragraphs joined by a newline run', async () => {
    const { code, stdout } = await cli('compare', OLD, NEW, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as {
      amendment: unknown;
      table: { rows: { old: Run[]; new: Run[] }[] };
      warnings: unknown;
    };
    expect(Object.keys(json).sort()).toEqual(['amendment', 'table', 'warnings']);
    expect(Object.keys(json.table)).toEqual(['rows']);
    expect(typeof json.amendment).toBe('string');
    expect(unifyQuotes(json.amendment as string)).toContain('제5조 중 "새마포담당관"을 "기획예산과장"으로 한다.');
    expect(Array.isArray(json.warnings)).toBe(true);
    expect(json.table.rows.length).toBeGreaterThan(0);
    for (const row of json.table.rows) {
      for (const run of [...row.old, ...row.new]) {
        expect(typeof run.text).toBe('string');
        expect(Object.keys(run).every((k) => k === 'text' || k === 'underline')).toBe(true);
        if ('underline' in run) expect(run.underline).toBe(true);
      }
    }
    const underlined = (side: 'old' | 'new') =>
      json.table.rows.flatMap((r) => r[side].filter((run) => run.underline).map((run) => run.text)).join('');
    expect(underlined('old')).toContain('새마포담당관');
    expect(underlined('new')).toContain('기획예산과장');

    // The engine's cells are CellParagraph[]; the JSON joins them with {text:"\n"}.
    const table = compareOrdinances(fixture(SLUG, 'old.md'), fixture(SLUG, 'new.md')).table;
    table.rows.forEach((row, i) => {
      const expected = row.old.flatMap((p, j) => (j === 0 ? p : [{ text: '\n' }, ...p]));
      expect(json.table.rows[i]?.old).toEqual(expected);
    });
  });
});

describe('lexdesk compare — Word files', () => {
  it('--docx writes a 대비표 that opens and reads back', async () => {
    const dir = tempDir();
    const out = join(dir, '대비표.docx');
    const { code } = await cli('compare', OLD, NEW, '--docx', out, '--font-size', '11');
    expect(code).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')?.async('string');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t[^>]*>[^<]*기획예산과장/);
    const text = await readOrdinanceFile(out);
    expect(text).toContain(`${NAME} 일부개정규칙안`);
    expect(text).toContain('현 행');
    expect(text).toContain('제5조');
  });

  it('--amendment-docx writes the 개정문 under the bill name', async () => {
    const dir = tempDir();
    const out = join(dir, '개정문.docx');
    const { code } = await cli('compare', OLD, NEW, '--amendment-docx', out);
    expect(code).toBe(0);
    const text = await readOrdinanceFile(out);
    expect(text.split('\n')[0]).toBe(`${NAME} 일부개정규칙안`);
    expect(unifyQuotes(text)).toContain('제5조 중 "새마포담당관"을 "기획예산과장"으로 한다.');
  });
});

describe('lexdesk compare — nothing changed', () => {
  it('reports no change when only history tags and line ends differ, and exits 0', async () => {
    const dir = tempDir();
    const noisy = writeTemp(dir, 'noisy.md', noiseOnly());
    const docx = join(dir, 'empty.docx');
    const { code, stdout } = await cli('compare', OLD, noisy, '--docx', docx);
    expect(code).toBe(0);
    const ignored = /^변경된 조문이 없습니다 \(무시한 표기 차이 (\d+)건\)\n$/.exec(stdout);
    expect(ignored, stdout).not.toBeNull();
    expect(Number(ignored?.[1])).toBeGreaterThan(0);
    const xml = await (await JSZip.loadAsync(readFileSync(docx))).file('word/document.xml')?.async('string');
    expect(xml?.match(/<w:tr>/g)).toHaveLength(1);
  });

  it('identical files too; --json stays parseable', async () => {
    expect((await cli('compare', OLD, OLD)).stdout).toMatch(/^변경된 조문이 없습니다/);
    const { code, stdout, stderr } = await cli('compare', OLD, OLD, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ amendment: '', table: { rows: [] }, warnings: expect.any(Array) as unknown });
    expect(stderr).toMatch(/변경된 조문이 없습니다/);
  });
});

describe('lexdesk compare — bad input', () => {
  const cases: [string, () => string[], RegExp][] = [
    [
      'missing file',
      () => ['compare', '/nonexistent/old.md', NEW],
      /^오류: 파일을 찾을 수 없습니다: \/nonexistent\/old\.md/,
    ],
    [
      'binary file',
      () => ['compare', writeTemp(tempDir(), 'x.txt', Uint8Array.from([0, 1, 2, 255])), NEW],
      /^오류: 텍스트 파일이 아닙니다/,
    ],
    [
      'unsupported type',
      () => ['compare', writeTemp(tempDir(), 'x.hwp', 'x'), NEW],
      /^오류: 지원하지 않는 파일 형식입니다\(\.hwp\)/,
    ],
    ['unknown option', () => ['compare', OLD, NEW, '--frobnicate'], /^오류: 알 수 없는 옵션입니다: --frobnicate/],
    ['option without value', () => ['compare', OLD, NEW, '--docx'], /^오류: 옵션 값이 없거나 잘못되었습니다: --docx/],
    ['missing argument', () => ['compare', OLD], /^오류: 현행 파일과 개정안 파일을 지정해 주세요\./],
    ['too many arguments', () => ['compare', OLD, NEW, NEW], /^오류: 인자가 너무 많습니다/],
    ['bad --quotes', () => ['compare', OLD, NEW, '--quotes', 'fancy'], /^오류: --quotes 값은 curly 또는 straight/],
    ['bad --font-size', () => ['compare', OLD, NEW, '--font-size', 'big'], /^오류: --font-size 는/],
    [
      'unwritable --docx',
      () => ['compare', OLD, NEW, '--docx', '/nonexistent/dir/x.docx'],
      /^오류: 파일을 쓸 수 없습니다\(ENOENT\)/,
    ],
  ];
  it.each(cases)('%s → Korean message on stderr, exit 1', async (_name, argv, message) => {
    const { code, stdout, stderr } = await cli(...argv());
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('lists compare and apply in the usage text', async () => {
    const { stderr } = await cli('--help');
    expect(stderr).toContain('lexdesk compare <현행 파일> <개정안 파일>');
    expect(stderr).toContain('{"text":"\\n"}');
    expect(stderr).toContain('lexdesk apply <현행 파일> <개정문 파일>');
  });
});

describe('bin/lexdesk.mjs as a real process', () => {
  const bin = resolve(import.meta.dirname, '../../bin/lexdesk.mjs');
  const run = promisify(execFile);

  it('prints the 개정문 and exits 0', async () => {
    const { stdout } = await run(process.execPath, [bin, 'compare', OLD, NEW]);
    expect(unifyQuotes(stdout)).toContain('제5조 중 "새마포담당관"을 "기획예산과장"으로 한다.');
  });

  it('exits 1 with the Korean message on a missing file', async () => {
    const failure = await run(process.execPath, [bin, 'compare', OLD, '/nonexistent/new.md']).then(
      () => undefined,
      (e: unknown) => e as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('오류: 파일을 찾을 수 없습니다: /nonexistent/new.md');
  });
});
