import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf } from '../../electron/export/docx-to-pdf.ts';
import { ARTIFACTS, launchApp, type App } from './harness.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/law/mapo-legal-advisor-2026/old.md');
const NAME = '서울특별시 마포구 법률고문 운영 규칙';

let app: App;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await launchApp({ now: Date.parse('2026-03-02T00:00:00Z') });
});
afterAll(async () => app?.close());

/** Finds `text` with CodeMirror's search panel (Ctrl+F), leaving it selected in the editor. */
async function select(text: string) {
  const { page } = app;
  await page.getByLabel('개정안 본문').click();
  await page.keyboard.press('Control+f');
  const field = page.getByRole('textbox', { name: 'Find' });
  await field.fill(text);
  await field.press('End'); // CodeMirror reads the query on key events, which fill() does not send
  await field.press('Enter');
  await field.press('Escape');
}

describe('자치법규: import, draft, live 대비표, 의안 DOCX (real UI, real SQLite)', () => {
  it('imports a real ordinance from a file and shows its outline', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: '주 메뉴' }).getByText('자치법규', { exact: true }).click();
    app.desktop.picks = [FIXTURE];
    await page.getByRole('button', { name: '파일에서 가져오기' }).click();
    await page.getByRole('table', { name: '자치법규 목록' }).getByRole('link', { name: NAME }).click();
    await page.getByRole('heading', { name: NAME }).waitFor();
    await page.getByLabel('조문 목차').getByText('제4조의2(임기)').waitFor();

    await page.getByRole('combobox', { name: '태그' }).fill('법률고문');
    await page.getByRole('combobox', { name: '태그' }).press('Enter');
    await page.getByRole('navigation', { name: '주 메뉴' }).getByText('자치법규', { exact: true }).click();
    await page.getByRole('table', { name: '자치법규 목록' }).getByText('법률고문', { exact: true }).waitFor();
    await page.getByRole('table', { name: '자치법규 목록' }).getByRole('link', { name: NAME }).click();
  });

  it('starts a draft, changes a word in one 항 and adds a 조의2: the table and 개정문 follow', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '현행에서 개정안 시작' }).click();
    await page.getByLabel('개정안 본문').waitFor();

    await select('20명 이내');
    await page.keyboard.type('25명 이내');
    await select('##### 제4조 (위촉');
    await page.keyboard.press('Home');
    await page.keyboard.type('##### 제3조의2 (주임 법률고문)\n\n주임 법률고문은 분야별 자문을 총괄한다.\n\n');

    // The preview follows the keystrokes and, on a slow machine, shows half-typed states on the way (a heading
    // without its body). Wait for the last keystroke's result before reading the table.
    const table = page.getByRole('table', { name: '신·구조문대비표' });
    await expect
      .poll(() => table.innerText(), { timeout: 20_000 })
      .toContain('주임 법률고문은 분야별 자문을 총괄한다.');
    await table.getByText('<신 설>', { exact: true }).waitFor();
    expect(await table.innerText()).toMatch(/①\s*법률고문의 정원은\s*20명/);
    await page.getByRole('tab', { name: '개정문' }).click();
    const amendment = page.getByLabel('개정문');
    // Text order: the 제3조 change, then the new 제3조의2, in one sentence (the default style).
    await amendment.getByText('제3조제1항 중 “20명”을 “25명”으로 하고, 제3조의2를 다음과 같이 신설한다.').waitFor();
    await page.getByLabel('저장 상태').getByText('저장됨').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'draft-editor.png'), fullPage: true });
  });

  it('keeps the draft across a restart (autosaved)', async () => {
    const url = app.page.url();
    await app.restart();
    await app.page.goto(url);
    await app.page.getByRole('tab', { name: '개정문' }).click();
    await app.page.getByLabel('개정문').getByText('제3조의2를 다음과 같이 신설한다.').waitFor();
  });

  it('exports the 의안 DOCX whose text holds the 개정문 sentences and the table headers', async () => {
    const { page } = app;
    // Nothing written in 의안 정보 yet: the app asks before printing placeholders, and a "no" exports nothing.
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: '의안 DOCX' }).click();
    await expect.poll(() => asked).toContain('의안 정보에 제안이유, 주요내용 항목이 비어 있습니다.');
    expect(app.desktop.saved).toEqual([]);

    // Written but not saved with its button: the export saves it first, then prints it.
    await page.getByRole('tab', { name: '의안 정보' }).click();
    // (a trailing space: the stored text is trimmed, and the form must not keep looking unsaved)
    await page
      .getByRole('textbox', { name: '제안이유' })
      .fill('법률고문의 정원을 늘리고 주임 법률고문을 두려는 것임. ');
    await page.getByText('저장하지 않은 변경이 있습니다', { exact: false }).waitFor();
    await page.getByRole('button', { name: '주요내용 추가' }).click();
    await page.getByRole('textbox', { name: '주요내용 1', exact: true }).fill('법률고문 정원을 25명 이내로 늘림');
    await page.getByRole('button', { name: '의안 DOCX' }).click();
    await page.getByText('의안을 저장했습니다').waitFor();
    await page.getByText('저장하지 않은 변경이 있습니다', { exact: false }).waitFor({ state: 'detached' });
    const stored = app.database.sqlite.prepare('SELECT bill FROM drafts').get() as { bill: string };
    expect(JSON.parse(stored.bill)).toMatchObject({ reason: '법률고문의 정원을 늘리고 주임 법률고문을 두려는 것임.' });
    const docx = app.desktop.saved.find((p) => p.endsWith('.docx'));
    expect(docx).toBeDefined();
    const out = mkdtempSync(join(tmpdir(), 'lexdesk-bill-'));
    const pdf = await convertDocxToPdf(docx ?? '', out);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('제3조제1항중“20명”을“25명”으로하고,제3조의2를다음과같이신설한다.');
    expect(flat).toContain('법률고문의정원을늘리고주임법률고문을두려는것임.');
    expect(flat).toContain('법률고문정원을25명이내로늘림');
    expect(flat).not.toContain('적으세요');
    expect(text).toMatch(/현\s*행/);
    expect(text).toMatch(/개\s*정\s*안/);
    expect(text).not.toContain('\uFFFD');
  });

  it('recording 공포 in the timeline makes the draft the new 현행, and the two revisions compare', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: '입법 일정' }).click();
    page.once('dialog', (dialog) => void dialog.accept('제900호'));
    const promulgation = page.getByRole('textbox', { name: '공포 실제일' });
    await promulgation.fill('2026-03-02');
    await promulgation.blur();
    await page.getByText('공포를 기록했습니다').waitFor();

    await page.getByRole('link', { name: NAME }).click();
    const history = page.getByRole('table', { name: '연혁' });
    await history.getByText('제900호').waitFor();
    await page.getByRole('link', { name: '직전 개정과 비교' }).click();
    await page.getByRole('combobox', { name: '비교 대상 (이후)' }).waitFor();
    await page.getByRole('tab', { name: '개정문' }).click();
    await page
      .getByLabel('개정문')
      .getByText('제3조제1항 중 “20명”을 “25명”으로 하고, 제3조의2를 다음과 같이 신설한다.')
      .waitFor();
  });

  it('설정 › 개정문 문장 잇기: an office that writes a sentence per article gets one', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: '주 메뉴' }).getByText('설정', { exact: true }).click();
    await page.getByRole('combobox', { name: '개정문 문장 잇기' }).click();
    await page.getByRole('option', { name: /조마다 한 문장/ }).click();
    await page.getByText('저장했습니다').first().waitFor();
    const stored = app.database.sqlite.prepare("SELECT value FROM settings WHERE key = 'amendmentStyle'").get() as {
      value: string;
    };
    expect(stored.value).toBe('article');
    await page.goBack();
    await page.getByRole('tab', { name: '개정문' }).click();
    await page.getByLabel('개정문').getByText('제3조제1항 중 “20명”을 “25명”으로 한다.').waitFor();
  });
});
