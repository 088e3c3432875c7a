import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { ReportFileResult } from '../../shared/contracts/reports.ts';
import { testContext, type FakeDesktop } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { COUNCIL, seedCouncilYear } from '../unit/reports/council-seed.ts';
import { docxPart, renderDocx, requireRenderTools, squash, type RenderedPdf } from './render.ts';
import { ok } from '../helpers/dispatch.ts';

// The council year of council-seed.ts, exported through the dispatcher and read the way a reader does: LibreOffice's
// PDF of it, as text.
let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
let desktop: FakeDesktop;
let saved: ReportFileResult;
let pdf: RenderedPdf;
let text: string;

const PLANS = ['행정절차법 교육 (11월)', '조례·규칙심의회 운영', '소송 송무 지도 강화'];

beforeAll(async () => {
  requireRenderTools();
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  seedCouncilYear(database.sqlite);
  const ctx = testContext(database);
  desktop = ctx.desktop;
  dispatch = createDispatcher(ctx);
  saved = await ok<ReportFileResult>(
    dispatch('reports:exportDocx', { asOf: COUNCIL.asOf, sectionTitle: '법무행정', plans: [...PLANS, '  '] }),
  );
  pdf = await renderDocx(readFileSync(saved.path ?? ''), 'report');
  text = squash(pdf.text());
});

afterAll(async () => {
  await database?.close();
  temp?.cleanup();
});

describe('추진실적 DOCX', () => {
  it('is saved under a name with the 기준일', () => {
    expect(saved.path).toMatch(/법무행정-추진실적-2025-10-31\.docx$/);
    expect(desktop.saved).toEqual([saved.path]);
  });

  it('shows the title with its 기준일 and the period', () => {
    expect(text).toContain(squash('○○구 법무행정 주요업무 추진실적 (2025. 10. 31. 기준)'));
    expect(text).toContain(squash('집계 기간: 2025. 1. 1. ~ 2025. 10. 31.'));
  });

  it('has the 추진실적 table with 항목 / 실적 / 비고 and the sub-count lines of the records', () => {
    expect(text).toContain(squash('항목 실적 비고'));
    expect(text).toContain(squash('122건 — 행정소송 48, 민사소송 31, 행정심판 43'));
    expect(text).toContain(squash('66건 — 조례 40, 규칙 23, 훈령 3'));
    expect(text).toContain(squash('외부 법률자문 62건, 내부 자문 30건'));
    expect(text).toContain(squash('1회, 87명'));
    expect(text).toContain(squash('310,000,000원'));
    expect(text).toContain(squash('송무 건 122건은 심급마다 1건으로 센 수, 사건 116건은'));
  });

  it('gives the 승소율 with its formula', () => {
    expect(text).toContain(squash(`○ ${COUNCIL.formula} (각하 3건 · 취하 1건은 분모 제외)`));
    expect(text).toContain('75.0%');
  });

  it('prints the 향후 계획 lines the user typed, and the definitions as notes', () => {
    for (const plan of PLANS) expect(text).toContain(squash(`○ ${plan}`));
    expect(text).toContain(squash('※ 집계 기준'));
    expect(text).toContain(squash('행정심판에서 구는 피청구인이므로 인용 → 패소'));
  });

  it('lists the counted records in appendices', () => {
    expect(text).toContain(squash('[부록 1] 소송·심판 송무 건 목록 (122건)'));
    expect(text).toContain(squash('[부록 2] 법률자문 목록 (92건)'));
    expect(text).toContain(squash('[부록 3] 자치법규 제·개정 목록 (66건)'));
    expect(text).toContain(squash('[부록 4] 교육 실적 목록 (1건)'));
    expect(text).toContain('2025구합1000');
    expect(text).toContain(squash('2025구합1000의 상급심'));
    expect(text).not.toContain('전년도종결'); // closed before the period
    expect(text).not.toContain('삭제된심판'); // 휴지통
  });

  it('renders Korean in Korean fonts with no replacement characters, with page numbers', async () => {
    expect(pdf.text()).not.toContain('\uFFFD');
    expect(pdf.fonts().some((f) => /Nanum|Noto.*CJK|UnBatang/i.test(f))).toBe(true);
    expect(pdf.pages).toBeGreaterThan(2);
    expect(pdf.text(1)).toMatch(/-\s*1\s*-/);
    const document = await docxPart(readFileSync(saved.path ?? ''), 'word/document.xml');
    expect(document).toContain('w:orient="landscape"'); // appendices in landscape
  });
});
