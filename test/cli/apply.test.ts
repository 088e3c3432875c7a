import { describe, expect, it } from 'vitest';
import { normalizeForComparison } from '../../shared/law/index.ts';
import { cli, fixture, fixturePath, tempDir, writeTemp } from './law-cli-helpers.ts';

const SLUG = 'mapo-legal-advisor-2026';
const OLD = fixturePath(SLUG, 'old.md');
const NAME = '서울특별시 마포구 법률고문 운영 규칙';

/** The text of one article (heading to next heading) — enough to check where a change landed. */
function article(text: string, heading: string): string {
  const start = text.indexOf(heading);
  const next = text.indexOf('#####', start + heading.length);
  return text.slice(start, next < 0 ? undefined : next);
}

describe('lexdesk apply', () => {
  it('applies the official 개정문 from the 부칙 of new.md', async () => {
    const dir = tempDir();
    const amendment = writeTemp(
      dir,
      '개정문.txt',
      `${NAME} 일부를 다음과 같이 개정한다.\n\n${fixture(SLUG, 'expected-amendment.txt')}`,
    );
    const { code, stdout, stderr } = await cli('apply', OLD, amendment);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const art5 = article(stdout, '제5조');
    expect(art5).toContain('미리 기획예산과장과 협의하여야 한다');
    expect(art5).not.toContain('새마포담당관');
    // Nothing else moved.
    expect(article(stdout, '제4조 (위촉 및 해촉)')).toBe(article(fixture(SLUG, 'old.md'), '제4조 (위촉 및 해촉)'));
  });

  it('round-trips: apply(old, compare(old, new)) gives new.md up to normalisation', async () => {
    const dir = tempDir();
    const generated = await cli('compare', OLD, fixturePath(SLUG, 'new.md'));
    expect(generated.code).toBe(0);
    const amendment = writeTemp(dir, 'generated.txt', generated.stdout);
    const { code, stdout } = await cli('apply', OLD, amendment);
    expect(code).toBe(0);
    expect(normalizeForComparison(stdout)).toBe(normalizeForComparison(fixture(SLUG, 'new.md')));
  });

  it('reports a sentence that does not fit the text in Korean and exits 1', async () => {
    const dir = tempDir();
    const amendment = writeTemp(
      dir,
      'bad.txt',
      `${NAME} 일부를 다음과 같이 개정한다.\n\n제5조 중 “없는담당관”을 “기획예산과장”으로 한다.\n`,
    );
    const { code, stdout, stderr } = await cli('apply', OLD, amendment);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^오류: .*[가-힣]/);
  });

  it('rejects missing arguments and files in Korean', async () => {
    expect(await cli('apply', OLD)).toMatchObject({
      code: 1,
      stderr: '오류: 현행 파일과 개정문 파일을 지정해 주세요.\n',
    });
    const missing = await cli('apply', OLD, '/nonexistent/개정문.txt');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^오류: 파일을 찾을 수 없습니다/);
    expect((await cli('apply', OLD, OLD, '--x')).stderr).toMatch(/^오류: 알 수 없는 옵션입니다: --x/);
  });
});
