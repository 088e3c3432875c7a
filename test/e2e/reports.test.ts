import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNCIL, seedCouncilYear } from '../unit/reports/council-seed.ts';
import { ARTIFACTS, launchApp, type App } from './harness.ts';

// The council year of council-seed.ts in the real UI: 보고서 → 기준일 → figures → a number's records.
let app: App;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await launchApp({ now: Date.parse('2025-10-31T00:00:00Z') });
  seedCouncilYear(app.database.sqlite);
});
afterAll(async () => app?.close());

describe('보고서: 주요업무 추진실적 (real UI, real SQLite)', () => {
  it('shows the figures for the 기준일, with the 승소율 formula', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: '주 메뉴' }).getByText('보고서', { exact: true }).click();
    await page.getByRole('textbox', { name: '기준일' }).fill(COUNCIL.asOf);
    await page.getByLabel('집계 기간 표시').getByText('집계 기간 2025-01-01 ~ 2025-10-31').waitFor();

    await page.getByRole('button', { name: '송무 건 전체 122건 목록 보기' }).waitFor();
    await page.getByRole('button', { name: '진행 중인 송무 건 102건 목록 보기' }).waitFor();
    await page.getByRole('button', { name: '기간 내 종결된 송무 건 20건 목록 보기' }).waitFor();
    expect(await page.getByLabel('승소율 값').innerText()).toBe('75.0%');
    expect(await page.getByLabel('승소율 산식').innerText()).toBe(COUNCIL.formula);

    const kinds = page.getByRole('table', { name: '구분별 현황' });
    expect(await kinds.getByRole('row').filter({ hasText: '행정소송' }).innerText()).toMatch(
      /행정소송\s+48건\s+48건\s+0건\s+41건\s+7건/,
    );
    expect(await kinds.getByRole('row').filter({ hasText: '합계' }).innerText()).toMatch(
      /합계\s+122건\s+119건\s+3건\s+102건\s+20건/,
    );
    const opinions = page.getByRole('table', { name: '법률자문 현황' });
    expect(await opinions.innerText()).toMatch(/외부 법률자문\s+62건/);
    const types = page.getByRole('table', { name: '자치법규 종류별' });
    expect(await types.innerText()).toMatch(/조례\s+40건\s+규칙\s+23건\s+훈령\s+3건/);
    await page.getByRole('figure', { name: '구분별 송무 건 차트' }).locator('svg').first().waitFor();
    await page.getByRole('figure', { name: '월별 송무 건 차트' }).locator('svg').first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'reports.png'), fullPage: true });
  });

  it('lists the records behind a number in a modal', async () => {
    const { page } = app;
    await page
      .getByRole('table', { name: '구분별 현황' })
      .getByRole('button', { name: '행정심판 · 종결 8건 목록 보기' })
      .click();
    const list = page.getByRole('table', { name: '행정심판 · 종결 기록 목록' });
    await list.waitFor();
    const rows = list.locator('tbody tr');
    expect(await rows.count()).toBe(8);
    expect(await rows.first().innerText()).toMatch(
      /행정심판\s+2025-4000\s+과징금부과처분 취소청구 1.*종결\s+승소 \(기각\)/,
    );
    expect(await rows.nth(4).innerText()).toContain('패소 (인용)');
    await page.screenshot({ path: join(ARTIFACTS, 'reports-records.png') });
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
  });

  it('shows an appeal and its 1심 as two 송무 건 of one family', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '행정소송 · 진행 41건 목록 보기' }).click();
    const list = page.getByRole('table', { name: '행정소송 · 진행 기록 목록' });
    const appeal = list.locator('tbody tr').filter({ hasText: '2025누2000' });
    expect(await appeal.innerText()).toMatch(/2심.*진행.*2025구합1000의 상급심/s);
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
  });

  it('adds a training and counts it', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '교육 실적 추가' });
    await form.getByRole('button', { name: '추가' }).click();
    await form.getByText('과정명을 입력하세요.').waitFor();
    await form.getByLabel('일자').fill('2025-09-10');
    await form.getByRole('textbox', { name: '과정명' }).fill('행정절차법 교육');
    await form.getByRole('textbox', { name: '인원' }).fill('30');
    await form.getByRole('button', { name: '추가' }).click();
    await page.getByRole('table', { name: '교육 실적 목록' }).getByText('행정절차법 교육').waitFor();
    await page.getByRole('button', { name: '교육 실적 2회 목록 보기' }).waitFor();
    await expect(page.getByRole('group', { name: '교육 실적' }).innerText()).resolves.toContain('117명');
  });

  it('takes the 기관명 set in 설정 into the export form', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    await nav.getByText('설정', { exact: true }).click();
    const form = page.getByRole('form', { name: '기관' });
    await form.getByRole('textbox', { name: '기관명 (보고서 제목에 씁니다)' }).fill('마포구');
    await form.getByRole('button', { name: '저장' }).click();
    await page.getByText('저장했습니다.').waitFor();
    expect(app.database.sqlite.prepare("SELECT value FROM settings WHERE key = 'officeName'").get()).toEqual({
      value: '마포구',
    });
    await nav.getByText('보고서', { exact: true }).click();
    const office = page.getByRole('region', { name: '보고서 내보내기' }).getByRole('textbox', { name: '기관명' });
    await expect.poll(() => office.inputValue()).toBe('마포구');
  });
});
