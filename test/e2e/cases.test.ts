import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchApp, type App } from './harness.ts';

let app: App;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await launchApp();
});
afterAll(async () => app?.close());

const caseCount = () => (app.database.sqlite.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;

describe('사건 등록 / 목록 (real renderer, real dispatcher, real SQLite)', () => {
  it('opens on the dashboard with the Korean navigation', async () => {
    const { page } = app;
    await page.getByRole('heading', { name: '대시보드' }).waitFor();
    const nav = page.getByRole('navigation', { name: '주 메뉴' });
    for (const label of ['대시보드', '사건 관리', '자치법규', '보고서', '설정']) {
      await expect(nav.getByText(label, { exact: true }).isVisible()).resolves.toBe(true);
    }
    await nav.getByText('사건 관리', { exact: true }).click();
    await page.getByRole('heading', { name: '사건 관리' }).waitFor();
    await expect(page.getByText('등록된 사건이 없습니다').isVisible()).resolves.toBe(true);
  });

  it('creates a case through the form and still lists it after a restart', async () => {
    const form = app.page.getByRole('form', { name: '사건 등록' });
    await form.getByRole('textbox', { name: '사건번호' }).fill('2024구합12345');
    await form.getByRole('textbox', { name: '사건명' }).fill('건축허가취소처분 취소');
    await form.getByRole('textbox', { name: '법원·기관' }).fill('서울행정법원');
    await form.getByRole('textbox', { name: '담당부서' }).fill('건축과');
    await form.getByRole('button', { name: '등록' }).click();
    await app.page.getByRole('table', { name: '사건 목록' }).getByText('2024구합12345').waitFor();
    expect(caseCount()).toBe(1);

    await app.restart();
    await app.page.getByRole('navigation', { name: '주 메뉴' }).getByText('사건 관리', { exact: true }).click();
    const row = app.page
      .getByRole('table', { name: '사건 목록' })
      .getByRole('row')
      .filter({ hasText: '2024구합12345' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/행정소송\s+2024구합12345\s+건축허가취소처분 취소\s+서울행정법원\s+건축과/);
  });

  it('shows a Korean error for a bad 사건번호 and writes nothing', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '사건 등록' });
    await form.getByRole('textbox', { name: '사건번호' }).fill('12345');
    await form.getByRole('textbox', { name: '사건명' }).fill('손해배상(기)');
    await form.getByRole('button', { name: '등록' }).click();
    await form.getByText('사건번호는 연도·사건부호·번호 형식이어야 합니다 (예: 2024구합12345).').waitFor();
    expect(caseCount()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'cases-invalid-number.png'), fullPage: true });
  });

  it('shows the server-side duplicate check on the field, and writes nothing', async () => {
    const form = app.page.getByRole('form', { name: '사건 등록' });
    await form.getByRole('textbox', { name: '사건번호' }).fill('2024구합12345');
    await form.getByRole('textbox', { name: '사건명' }).fill('같은 번호');
    await form.getByRole('textbox', { name: '법원·기관' }).fill('서울행정법원');
    await form.getByRole('button', { name: '등록' }).click();
    await form.getByText('이미 등록된 사건번호입니다.').waitFor();
    expect(caseCount()).toBe(1);
  });

  it('lists a 법률자문 without a court number, and the 설정 page reads the data file', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '사건 등록' });
    await form.getByRole('combobox', { name: '구분' }).click();
    await page.getByRole('option', { name: '법률자문' }).click();
    await form.getByRole('textbox', { name: '사건번호' }).fill('');
    await form.getByRole('textbox', { name: '사건명' }).fill('공유재산 사용료 감면 가능 여부');
    await form.getByRole('textbox', { name: '법원·기관' }).fill('');
    await form.getByRole('button', { name: '등록' }).click();
    await page.getByRole('table', { name: '사건 목록' }).getByText('공유재산 사용료 감면 가능 여부').waitFor();
    expect(caseCount()).toBe(2);
    await page.screenshot({ path: join(ARTIFACTS, 'cases-list.png'), fullPage: true });

    await page.getByRole('navigation', { name: '주 메뉴' }).getByText('설정', { exact: true }).click();
    await page.getByText(app.database.path).waitFor();
  });

  it('links a 항소심 to its 1심 by searching the 원심 number, and shows the whole 심급 chain', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: '주 메뉴' }).getByText('사건 관리', { exact: true }).click();
    const form = page.getByRole('form', { name: '사건 등록' });
    await form.getByRole('textbox', { name: '사건번호' }).fill('2024누56789');
    await form.getByRole('textbox', { name: '사건명' }).fill('건축허가취소처분 취소');
    await form.getByRole('textbox', { name: '법원·기관' }).fill('서울고등법원');
    await form.getByRole('button', { name: '등록' }).click();
    await page
      .getByRole('table', { name: '사건 목록' })
      .getByRole('row')
      .filter({ hasText: '2024누56789' })
      .getByRole('link')
      .click();

    await page.getByRole('button', { name: '수정' }).click();
    const dialog = page.getByRole('form', { name: '사건 정보 수정' });
    await dialog.getByRole('combobox', { name: '원심 사건' }).fill('구합12345');
    await page.getByRole('option', { name: '2024구합12345 건축허가취소처분 취소' }).click();
    await dialog.getByRole('button', { name: '저장' }).click();
    const chain = page.getByLabel('심급 경과');
    await chain.getByText('2024구합12345 서울행정법원').waitFor();
    expect(await chain.innerText()).toMatch(/2024구합12345 서울행정법원[\s\S]*▶ 2024누56789 서울고등법원/);
  });
});
