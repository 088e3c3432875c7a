import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchApp, type App } from './harness.ts';

// The office's clock reads 2024-09-20 (a Friday) for this whole file.
let app: App;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  app = await launchApp({ now: Date.parse('2024-09-20T00:00:00Z') });
});
afterAll(async () => app?.close());

const deadlineRows = () =>
  app.database.sqlite.prepare('SELECT title, due_on, done_at FROM deadlines ORDER BY id').all() as {
    title: string;
    due_on: string;
    done_at: string | null;
  }[];

describe('판결 송달 → 항소 기한 → 대시보드 → 완료 (real UI, real SQLite)', () => {
  it('registers a case and opens its page', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: '주 메뉴' }).getByText('사건 관리', { exact: true }).click();
    const form = page.getByRole('form', { name: '사건 등록' });
    await form.getByRole('combobox', { name: '구분' }).click();
    await page.getByRole('option', { name: '민사소송' }).click();
    await form.getByRole('textbox', { name: '사건번호' }).fill('2024가단5678');
    await form.getByRole('textbox', { name: '사건명' }).fill('손해배상(기)');
    await form.getByRole('textbox', { name: '법원·기관' }).fill('서울서부지방법원');
    await form.getByRole('textbox', { name: '담당부서' }).fill('도로과');
    await form.getByRole('button', { name: '등록' }).click();
    await page.getByRole('table', { name: '사건 목록' }).getByRole('link', { name: '손해배상(기)' }).click();
    await page.getByRole('heading', { name: '손해배상(기)' }).waitFor();
  });

  it('records 판결 송달 on 2024-09-13 and shows the 항소 deadline 2024-09-27 with its reason', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '기록 추가' });
    await form.getByRole('combobox', { name: '종류' }).click();
    await page.getByRole('option', { name: '제1심 판결 송달' }).click();
    await form.getByLabel('날짜').fill('2024-09-13');
    await form.getByRole('button', { name: '기록 추가' }).click();
    await page.getByText('기한: 항소장 제출 2024-09-27').waitFor();
    const row = page.getByRole('table', { name: '사건 기한' }).getByRole('row').filter({ hasText: '항소장 제출' });
    expect(await row.innerText()).toMatch(/2024-09-27\s+D-7\s+항소장 제출/);
    expect(deadlineRows()).toEqual([{ title: '항소장 제출', due_on: '2024-09-27', done_at: null }]);
    await page.screenshot({ path: join(ARTIFACTS, 'case-detail.png'), fullPage: true });
  });

  it('attaches the 판결문 to the 판결 송달 record, which lists it and opens it with the OS viewer', async () => {
    const { page } = app;
    const dir = mkdtempSync(join(tmpdir(), 'lexdesk-judgment-'));
    const judgment = join(dir, '판결문(2024가단5678).pdf');
    writeFileSync(judgment, '%PDF-1.4\n% 판결문 사본\n');
    app.desktop.picks = [judgment];
    await page.getByRole('button', { name: '2024-09-13 제1심 판결 송달에 파일 첨부' }).click();
    const record = page.getByRole('table', { name: '기록' }).getByRole('row').filter({ hasText: '2024-09-13' });
    await record.getByRole('button', { name: '판결문(2024가단5678).pdf' }).click();
    await expect.poll(() => app.desktop.opened.length).toBe(1);
    expect(readFileSync(app.desktop.opened[0] ?? '', 'utf8')).toContain('판결문 사본');
    const files = page.getByRole('table', { name: '첨부 파일' });
    expect(await files.getByRole('row').first().innerText()).toMatch(
      /판결문\(2024가단5678\)\.pdf\s+2024-09-13 제1심 판결 송달/,
    );
    expect(
      app.database.sqlite
        .prepare(
          'SELECT a.original_name AS name, e.occurred_on AS on_ FROM attachments a JOIN events e ON e.id = a.event_id',
        )
        .all(),
    ).toEqual([{ name: '판결문(2024가단5678).pdf', on_: '2024-09-13' }]);
    await page.getByRole('table', { name: '변경 이력' }).getByText('파일 이름: 판결문(2024가단5678).pdf').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'case-event-attachment.png'), fullPage: true });
  });

  it('rejects an impossible date in Korean and writes nothing', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '기록 추가' });
    await form.getByRole('textbox', { name: '시각' }).fill('25:00');
    await form.getByLabel('날짜').fill('2024-09-14');
    await form.getByRole('button', { name: '기록 추가' }).click();
    await form.getByText('시각은 HH:MM 형식으로 입력하세요 (예: 14:30).').waitFor();
    expect(deadlineRows()).toHaveLength(1);
    await form.getByRole('textbox', { name: '시각' }).fill('');
  });

  it('shows the deadline on the dashboard under 이번 주, and marking it done removes it', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: '주 메뉴' }).getByText('대시보드', { exact: true }).click();
    const week = page.getByRole('table', { name: '이번 주 (7일 이내)' });
    const row = week.getByRole('row').filter({ hasText: '항소장 제출' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/2024-09-27\s+D-7\s+항소장 제출\s+2024가단5678 손해배상\(기\)\s+도로과/);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });

    await row.getByRole('checkbox', { name: '항소장 제출 완료' }).click();
    await page.getByText('30일 안에 다가오는 기한이 없습니다.').waitFor();
    expect(deadlineRows()[0]?.done_at).not.toBeNull();
  });

  it('edits the record and shows the change in the history', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: '주 메뉴' }).getByText('사건 관리', { exact: true }).click();
    await page.getByRole('table', { name: '사건 목록' }).getByRole('link', { name: '손해배상(기)' }).click();
    await page.getByRole('button', { name: '수정' }).click();
    const dialog = page.getByRole('form', { name: '사건 정보 수정' });
    await dialog.getByRole('textbox', { name: '소송가액' }).fill('30000000');
    await dialog.getByRole('textbox', { name: '재판부' }).fill('민사3단독');
    await dialog.getByRole('textbox', { name: '지휘 (검찰청)' }).fill('서울서부지방검찰청 지휘');
    await dialog.getByRole('button', { name: '저장' }).click();
    const history = page.getByRole('table', { name: '변경 이력' });
    await history.getByText('소송가액: (없음) → 30,000,000원').waitFor();
    await history.getByText('지휘: (없음) → 서울서부지방검찰청 지휘').waitFor();
    await expect(page.getByLabel('사건 정보').getByText('30,000,000원').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('사건 정보').getByText('서울서부지방검찰청 지휘').isVisible()).resolves.toBe(true);
    expect(app.database.sqlite.prepare('SELECT direction FROM cases').get()).toEqual({
      direction: '서울서부지방검찰청 지휘',
    });
    await page.screenshot({ path: join(ARTIFACTS, 'case-history.png'), fullPage: true });
  });

  it('adds a party and finds the case by a 2-character part of the name', async () => {
    const { page } = app;
    await page.getByRole('button', { name: '수정' }).click();
    const dialog = page.getByRole('form', { name: '사건 정보 수정' });
    await dialog.getByRole('button', { name: '당사자 추가' }).click();
    await dialog.getByRole('textbox', { name: '이름' }).fill('김민수');
    await dialog.getByRole('button', { name: '저장' }).click();
    await page.getByText('원고 · 김민수').waitFor();

    await page.getByRole('search', { name: '전체 검색' }).getByRole('textbox').fill('김민');
    await page.getByRole('search', { name: '전체 검색' }).getByRole('textbox').press('Enter');
    const hit = page.getByRole('table', { name: '검색 결과' }).getByRole('row').filter({ hasText: '2024가단5678' });
    await hit.waitFor();
    expect(await hit.innerText()).toContain('당사자');
    await page.screenshot({ path: join(ARTIFACTS, 'search.png'), fullPage: true });
  });

  it('exports the calendar (.ics) and the deadline list (XLSX), and both read back', async () => {
    const { page } = app;
    // Reopen the deadline so the exports (open deadlines only) have something to carry.
    await page.getByRole('table', { name: '검색 결과' }).getByRole('link').first().click();
    await page.getByRole('table', { name: '사건 기한' }).getByRole('checkbox', { name: '항소장 제출 완료' }).click();
    await page.getByRole('table', { name: '사건 기한' }).getByText('D-7').waitFor();

    await page.getByRole('navigation', { name: '주 메뉴' }).getByText('일정', { exact: true }).click();
    await page.getByRole('heading', { name: '2024년 9월' }).waitFor();
    await page.getByLabel('달력').getByText('항소장 제출').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'calendar.png'), fullPage: true });

    await page.getByRole('button', { name: '달력 내보내기 (.ics)' }).click();
    await page.getByText('달력(.ics)을 저장했습니다').waitFor();
    const ics = app.desktop.saved.find((p) => p.endsWith('.ics'));
    expect(ics).toBeDefined();
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(ics ?? '', 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.map((e) => [e.summary, e.startDate.toString()])).toEqual([
      ['[기한] 항소장 제출 — 2024가단5678 손해배상(기)', '2024-09-27'],
    ]);

    await page.getByRole('button', { name: '기한 목록 (XLSX)' }).click();
    await page.getByText('기한 목록을 저장했습니다').waitFor();
    const xlsx = app.desktop.saved.find((p) => p.endsWith('.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx ?? '');
    const sheet = book.getWorksheet('기한');
    const values = (sheet?.getRow(2).values as unknown[]).map(String).join(' ');
    expect(values).toContain('2024가단5678');
    expect(values).toContain('항소장 제출');
    expect(values).toContain('2024-09-27');
  });

  it('correcting the 판결 송달 date re-dates the 항소 deadline and says what changed', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: '주 메뉴' }).getByText('사건 관리', { exact: true }).click();
    await page.getByRole('table', { name: '사건 목록' }).getByRole('link', { name: '손해배상(기)' }).click();
    await page.getByRole('table', { name: '기록' }).getByRole('button', { name: '고치기' }).click();
    const form = page.getByRole('form', { name: '기록 고치기' });
    await form.getByLabel('날짜').fill('2024-09-20');
    await form.getByRole('button', { name: '저장' }).click();
    await page.getByRole('alert').getByText('항소장 제출: 2024-09-27 → 2024-10-04').waitFor();
    await page
      .getByRole('table', { name: '변경 이력' })
      .getByText('기한:항소장 제출: 2024-09-27 → 2024-10-04')
      .waitFor();
    await page.getByRole('table', { name: '사건 기한' }).getByText('2024-10-04').waitFor();
    expect(deadlineRows().map((d) => d.due_on)).toEqual(['2024-10-04']);
  });

  it('adds a custom deadline with its own reminder', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '기한 직접 추가' });
    await form.getByRole('textbox', { name: '기한', exact: true }).fill('증거자료 제출');
    await form.getByLabel('기한일').fill('2024-09-25');
    await form.getByRole('button', { name: '추가' }).click();
    await page.getByRole('table', { name: '사건 기한' }).getByText('증거자료 제출').waitFor();
    await page.getByRole('table', { name: '변경 이력' }).getByText('기한: 증거자료 제출').waitFor();
    expect(deadlineRows().map((d) => [d.title, d.due_on])).toContainEqual(['증거자료 제출', '2024-09-25']);
    await page.screenshot({ path: join(ARTIFACTS, 'case-detail-full.png'), fullPage: true });
  });

  it('extends the 항소이유서 deadline once by the rule, shows it, and withdraws it', async () => {
    const { page } = app;
    const form = page.getByRole('form', { name: '기록 추가' });
    await form.getByRole('combobox', { name: '종류' }).click();
    await page.getByRole('option', { name: '항소기록접수통지' }).click();
    await form.getByLabel('날짜').fill('2025-03-10');
    await form.getByRole('button', { name: '기록 추가' }).click();
    const deadlines = page.getByRole('table', { name: '사건 기한' });
    const row = deadlines.getByRole('row').filter({ hasText: '항소이유서 제출' });
    await row.getByText('2025-04-21').waitFor();

    await row.getByRole('button', { name: '항소이유서 제출 기한 연장' }).click();
    const dialog = page.getByRole('form', { name: '기한 연장' });
    await dialog.getByText('민사소송법 §402의2②', { exact: false }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'deadline-extension-dialog.png') });
    await dialog.getByRole('button', { name: '연장 기록' }).click();
    await row.getByText('2025-05-19').waitFor();
    expect(await row.innerText()).toMatch(/2025-05-19[\s\S]*항소이유서 제출\s+연장됨/);
    await page
      .getByRole('table', { name: '변경 이력' })
      .getByText('연장: (없음) → 1개월 (민사소송법 §402의2②)')
      .waitFor();
    expect(deadlineRows()).toContainEqual({ title: '항소이유서 제출', due_on: '2025-05-19', done_at: null });
    await page.screenshot({ path: join(ARTIFACTS, 'deadline-extended.png'), fullPage: true });

    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: '항소이유서 제출 연장 취소' }).click();
    await row.getByText('2025-04-21').waitFor();
    expect(deadlineRows()).toContainEqual({ title: '항소이유서 제출', due_on: '2025-04-21', done_at: null });
  });
});
