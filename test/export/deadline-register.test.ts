import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { basisText, buildDeadlineRegisterDocx, registerRows } from '../../electron/export/deadline-register-docx.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { CaseRecord, CaseSummary } from '../../shared/cases/case-schema.ts';
import type { DeadlineView, PersonView } from '../../shared/cases/case-views.ts';
import type { FileExportResult } from '../../shared/cases/calendar-views.ts';
import { testContext } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { docxPart, renderDocx, requireRenderTools, squash, type RenderedPdf } from './render.ts';
import { ok } from '../helpers/dispatch.ts';
import { deadlineView } from '../helpers/deadline-view.ts';

// Today is 2026-03-02 (testContext). Three cases, five open deadlines: two overdue, one due today.
let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
let result: FileExportResult;
let pdf: RenderedPdf;

const HEADERS = [
  '번호',
  '사건번호',
  '사건명',
  '기한 종류',
  '기한일',
  '남은 일수 / 경과',
  '담당부서',
  '담당자',
  '근거',
  '확인',
];

beforeAll(async () => {
  requireRenderTools();
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  dispatch = createDispatcher(testContext(database));
  const officer = await ok<PersonView>(
    dispatch('people:create', { kind: 'official', name: '박수행', organization: '도로과' }),
  );
  const road = await ok<CaseRecord>(
    dispatch('cases:create', {
      kind: 'administrative_suit',
      caseNumber: '2025구합12345',
      title: '도로점용료부과처분취소',
      department: '도로과',
      people: [{ personId: officer.id, role: 'performer' }],
    }),
  );
  const damages = await ok<CaseRecord>(
    dispatch('cases:create', {
      kind: 'civil_suit',
      caseNumber: '2024가단5678',
      title: '손해배상(기)',
      department: '안전총괄과',
    }),
  );
  const opinion = await ok<CaseSummary>(
    dispatch('cases:create', { kind: 'legal_opinion', title: '공유재산 사용료 감면 질의', department: '재산관리과' }),
  );
  await ok(dispatch('events:add', { caseId: road.id, kind: 'complaint-served', date: '2026-02-20' })); // 답변서 제출
  await ok(
    dispatch('deadlines:add', { caseId: damages.id, title: '항소장 제출', dueOn: '2026-02-27', assignee: '김주무관' }),
  );
  await ok(dispatch('deadlines:add', { caseId: opinion.id, title: '자문 회신 독촉', dueOn: '2026-02-16' }));
  await ok(dispatch('deadlines:add', { caseId: damages.id, title: '준비서면 제출', dueOn: '2026-03-02' }));
  await ok(dispatch('deadlines:add', { caseId: road.id, title: '증거자료 정리', dueOn: '2026-04-10' }));
  const done = await ok<DeadlineView>(
    dispatch('deadlines:add', { caseId: road.id, title: '완료된 기한', dueOn: '2026-02-01' }),
  );
  await ok(dispatch('deadlines:setDone', { id: done.id, done: true }));

  result = await ok<FileExportResult>(dispatch('deadlines:exportRegister', {}));
  pdf = await renderDocx(readFileSync(result.path ?? ''), 'register');
});

afterAll(async () => {
  await database?.close();
  temp?.cleanup();
});

describe('기한 관리대장 (DOCX)', () => {
  it('is saved as 기한관리대장-<today>.docx with every open deadline', () => {
    expect(basename(result.path ?? '')).toBe('기한관리대장-2026-03-02.docx');
    expect(result.count).toBe(5);
  });

  it('prints on A4 landscape with the title, 기준일, the column headers and a page number', () => {
    expect(execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts/);
    const text = pdf.text(1);
    expect(text).not.toContain('\uFFFD');
    const flat = squash(text);
    expect(flat).toContain('기한관리대장');
    expect(flat).toContain('기준일:2026-03-02');
    expect(flat).toContain('미완료5건(경과2건)');
    for (const header of HEADERS) expect(flat).toContain(squash(header));
    expect(text).toMatch(/-\s*1\s*-/);
  });

  it('lists the rows by due date with 경과 marks, 담당자 (or the 소송수행자) and 근거', () => {
    const lines = pdf
      .text()
      .split('\n')
      .map(squash)
      .filter((l) => /^\d+(20\d\d|공유)/.test(l));
    expect(lines).toEqual([
      expect.stringMatching(/^1공유재산사용료감면질의자문회신독촉2026-02-16\(월\)경과14일재산관리과직접입력$/),
      expect.stringMatching(/^22024가단5678손해배상\(기\)항소장제출2026-02-27\(금\)경과3일안전총괄과김주무관직접입력$/),
      expect.stringMatching(/^32024가단5678손해배상\(기\)준비서면제출2026-03-02\(월\)오늘안전총괄과직접입력$/),
      expect.stringMatching(
        /^42025구합12345도로점용료부과처분취소답변서제출2026-03-23\(월\)21일남음도로과박수행민사소송법§256①$/,
      ),
      expect.stringMatching(
        /^52025구합12345도로점용료부과처분취소증거자료정리2026-04-10\(금\)39일남음도로과박수행직접입력$/,
      ),
    ]);
    expect(pdf.text()).not.toContain('완료된 기한');
  });

  it('renders Korean in Korean fonts (Gothic table, Myeongjo title)', () => {
    const fonts = pdf.fonts().join(' ');
    expect(fonts).toMatch(/NanumGothic/);
    expect(fonts).toMatch(/NanumMyeongjo/);
    expect(fonts).not.toMatch(/DejaVu|Liberation/);
  });

  it('marks overdue rows in bold red and repeats the header row', async () => {
    const xml = await docxPart(readFileSync(result.path ?? ''), 'word/document.xml');
    expect(xml).toMatch(/<w:tblHeader\/>/);
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*<w:color w:val="C00000"\/>(?:(?!<\/w:r>).)*경과 14일/);
    expect(xml).toContain('w:orient="landscape"');
  });
});

describe('근거', () => {
  it('says when a deadline was extended, by the rule or to a decided date', () => {
    const brief = deadlineView({
      caseNumber: '2025나1234',
      eventId: 1,
      ruleId: 'appeal-brief',
      title: '항소이유서 제출',
      dueOn: '2026-03-20',
    });
    const basis = (d: DeadlineView) => registerRows([d], '2026-03-02').map(basisText);
    expect(basis(brief)).toEqual(['민사소송법 §402의2']);
    expect(basis({ ...brief, extendedAt: '2026-03-01T00:00:00Z' })).toEqual(['민사소송법 §402의2 (1회 연장)']);
    expect(basis({ ...brief, extendedAt: '2026-03-01T00:00:00Z', extendedUntil: '2026-03-20' })).toEqual([
      '민사소송법 §402의2 (결정으로 연장)',
    ]);
    expect(basis({ ...brief, ruleId: 'appeal', title: '항소장 제출' })).toEqual(['민사소송법 §396 (불변기간)']);
    const decision = { ...brief, ruleId: 'admin-appeal-decision', title: '재결', extendedAt: '2026-03-01T00:00:00Z' };
    expect(basis({ ...decision, extendedUntil: '2026-04-04' })).toEqual(['행정심판법 §45 (통지로 연장)']);
  });
});

describe('long registers', () => {
  it('repeat the header on every page and number the pages', async () => {
    const many: DeadlineView[] = Array.from({ length: 60 }, (_, i) =>
      deadlineView({
        id: i + 1,
        caseId: i + 1,
        caseNumber: `2025구합${10000 + i}`,
        caseTitle: i % 3 === 0 ? '도로점용료부과처분취소 및 손해배상(기) 청구의 병합 사건' : '손해배상(기)',
        ruleId: i % 2 === 0 ? 'appeal' : null,
        dueOn: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    const docx = await buildDeadlineRegisterDocx(registerRows(many, '2026-03-02'), '2026-03-02');
    const rendered = await renderDocx(docx, 'register-long');
    expect(rendered.pages).toBeGreaterThan(1);
    for (let page = 1; page <= rendered.pages; page++) {
      const text = squash(rendered.text(page));
      expect(text).toContain('사건번호');
      expect(text).toContain('남은일수/경과');
      expect(text).toContain(`-${page}-`);
    }
    // 근거 breaks before its note on purpose, so `(불변기간)` never splits at the parenthesis.
    expect(squash(rendered.text())).toContain('민사소송법§396');
    expect(squash(rendered.text())).toContain('(불변기간)');
  });
});
