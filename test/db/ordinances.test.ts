import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { FileExportResult } from '../../shared/cases/calendar-views.ts';
import type {
  OrdinanceDetail,
  OrdinanceSummary,
  ParsedText,
  RevisionView,
} from '../../shared/ordinances/ordinance-views.ts';
import { testContext, type FakeDesktop } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { ok } from '../helpers/dispatch.ts';

const FIXTURES = join(__dirname, '../fixtures/law');
const fixture = (name: string, which: 'old' | 'new') => readFileSync(join(FIXTURES, name, `${which}.md`), 'utf8');
const ADVISOR = '서울특별시 마포구 법률고문 운영 규칙';
const HINT = '한글(HWP)이나 Word에서 DOCX 또는 UTF-8 텍스트(.txt)로 저장한 뒤 다시 선택해 주세요.';

let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
let desktop: FakeDesktop;

function register(body = fixture('mapo-legal-advisor-2026', 'old'), name = ADVISOR) {
  return ok<OrdinanceDetail>(
    dispatch('ordinances:create', {
      name,
      type: '규칙',
      department: '기획예산과',
      tags: ['법률고문'],
      revision: { revisionKind: '일부개정', promulgationNo: '제844호', promulgatedOn: '2023-07-13', body },
    }),
  );
}

beforeEach(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  const ctx = testContext(database);
  desktop = ctx.desktop;
  dispatch = createDispatcher(ctx);
});
afterEach(async () => {
  await database.close();
  temp.cleanup();
});

describe('자치법규 registry', () => {
  it('registers an ordinance with its 현행 text: summary, revision, outline, history', async () => {
    const detail = await register();
    expect(detail.ordinance).toMatchObject({
      name: ADVISOR,
      type: '규칙',
      department: '기획예산과',
      tags: ['법률고문'],
      latestPromulgatedOn: '2023-07-13',
      latestPromulgationNo: '제844호',
      effectiveOn: null,
      revisionCount: 1,
      openDraftCount: 0,
    });
    expect(detail.revisions).toHaveLength(1);
    expect(detail.drafts).toEqual([]);
    expect(detail.current?.revisionId).toBe(detail.revisions[0]?.id);
    expect(detail.current?.articleCount).toBe(8);
    expect(detail.current?.outline.find((o) => o.kind === 'article' && o.label === '제5조(법률자문)')).toBeTruthy();
    const history = await database.db.selectFrom('history').selectAll().orderBy('id').execute();
    expect(history.map((h) => [h.case_id, h.entity, h.action])).toEqual([
      [null, 'ordinance', 'create'],
      [null, 'revision', 'create'],
    ]);
    expect(await ok<OrdinanceSummary[]>(dispatch('ordinances:list', {}))).toEqual([detail.ordinance]);
  });

  it('refuses a second live ordinance with the same 제명, in Korean, changing nothing', async () => {
    const first = await register();
    const again = await dispatch('ordinances:create', {
      name: ` ${ADVISOR} `,
      type: '규칙',
      tags: [],
      revision: { revisionKind: '제정', body: '제1조(목적) 시험' },
    });
    expect(again).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: `이미 등록된 자치법규입니다: ${ADVISOR}`,
        fields: { name: '이미 등록된 제명입니다.' },
      },
    });
    const other = await register('제1조(목적) 시험한다.', '서울특별시 마포구 시험 조례');
    expect(
      await dispatch('ordinances:update', { id: other.ordinance.id, name: ADVISOR, type: '조례', tags: [] }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const list = await ok<OrdinanceSummary[]>(dispatch('ordinances:list', {}));
    expect(list.map((o) => o.name)).toEqual(['서울특별시 마포구 법률고문 운영 규칙', '서울특별시 마포구 시험 조례']);
    const renamed = await ok<OrdinanceDetail>(
      dispatch('ordinances:update', {
        id: first.ordinance.id,
        name: ADVISOR,
        type: '규칙',
        department: '법무팀',
        tags: [],
      }),
    );
    expect(renamed.ordinance).toMatchObject({ department: '법무팀', tags: [] });
  });

  it('takes the newest revision by 공포일 (undated ones last) as 현행', async () => {
    const detail = await register();
    const id = detail.ordinance.id;
    const newer = await ok<RevisionView>(
      dispatch('ordinances:addRevision', {
        ordinanceId: id,
        revisionKind: '일부개정',
        promulgationNo: '제925호',
        promulgatedOn: '2026-07-30',
        effectiveOn: '2026-08-14',
        body: fixture('mapo-legal-advisor-2026', 'new'),
      }),
    );
    await ok(
      dispatch('ordinances:addRevision', { ordinanceId: id, revisionKind: '타법개정', body: '제1조(목적) 날짜 없음' }),
    );
    const after = await ok<OrdinanceDetail>(dispatch('ordinances:get', { id }));
    expect(after.ordinance).toMatchObject({
      latestPromulgatedOn: '2026-07-30',
      latestPromulgationNo: '제925호',
      effectiveOn: '2026-08-14',
      revisionCount: 3,
    });
    expect(after.revisions.map((r) => r.promulgatedOn)).toEqual(['2026-07-30', '2023-07-13', null]);
    expect(after.current?.revisionId).toBe(newer.id);
    const text = await ok<{ revision: RevisionView; body: string }>(
      dispatch('ordinances:revisionText', { id: newer.id }),
    );
    expect(text.body).toBe(fixture('mapo-legal-advisor-2026', 'new'));
    expect(await dispatch('ordinances:revisionText', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('imports a folder: one ordinance per good file, a Korean reason per bad one', async () => {
    const folder = join(temp.dir, 'import');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(join(folder, 'a-good.md'), fixture('mapo-traffic-complaint-2026', 'old'));
    const word = new Document({
      sections: [
        {
          children: [
            new Paragraph('서울특별시 마포구 시험 운영 규칙'),
            new Paragraph('제1조(목적) 이 규칙은 시험 운영에 필요한 사항을 정한다.'),
            new Paragraph('부칙 <규칙 제900호, 2025. 4. 3.>'),
            new Paragraph('이 규칙은 공포한 날부터 시행한다.'),
          ],
        },
      ],
    });
    writeFileSync(join(folder, 'b-word.docx'), await Packer.toBuffer(word));
    writeFileSync(join(folder, 'c-empty.txt'), '  \n');
    writeFileSync(join(folder, 'd-binary.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x01, 0xff]));
    writeFileSync(join(folder, 'e-no-article.md'), '# 안내문\n\n조문이 없는 글입니다.\n');
    writeFileSync(join(folder, 'f-picture.png'), 'not an ordinance');
    writeFileSync(join(folder, 'nested', 'g-deeper.md'), '# 하위 폴더 조례\n제1조(목적) 시험');

    const result = await ok<{ created: OrdinanceSummary[]; failed: { file: string; message: string }[] }>(
      dispatch('ordinances:importFiles', { paths: [folder], department: '교통행정과' }),
    );
    expect(
      result.created.map((c) => [c.name, c.type, c.department, c.latestPromulgationNo, c.latestPromulgatedOn]),
    ).toEqual([
      [
        '서울특별시 마포구 교통민원신고심의위원회 설치 및 운영에 관한 조례',
        '조례',
        '교통행정과',
        '제1486호',
        '2022-09-15',
      ],
      ['서울특별시 마포구 시험 운영 규칙', '규칙', '교통행정과', '제900호', '2025-04-03'],
    ]);
    const empty = join(folder, 'c-empty.txt');
    const binary = join(folder, 'd-binary.txt');
    const noArticle = join(folder, 'e-no-article.md');
    expect(result.failed).toEqual([
      { file: empty, message: `파일에 내용이 없습니다: ${empty}` },
      { file: binary, message: `텍스트 파일이 아닙니다(이진 파일로 보입니다): ${binary}\n${HINT}` },
      { file: noArticle, message: `조문(제1조 …)을 찾을 수 없습니다: ${noArticle}` },
    ]);
    expect(await ok<OrdinanceSummary[]>(dispatch('ordinances:list', {}))).toHaveLength(2);

    // The same folder again: every file is now a duplicate or still bad; nothing is added.
    const again = await ok<{ created: OrdinanceSummary[]; failed: { file: string; message: string }[] }>(
      dispatch('ordinances:importFiles', { paths: [join(folder, 'a-good.md')] }),
    );
    expect(again.created).toEqual([]);
    expect(again.failed).toEqual([
      {
        file: join(folder, 'a-good.md'),
        message: '이미 등록된 자치법규입니다: 서울특별시 마포구 교통민원신고심의위원회 설치 및 운영에 관한 조례',
      },
    ]);
    expect(await database.db.selectFrom('ordinance_revisions').select('id').execute()).toHaveLength(2);
  });

  it('asks for a folder when told to, and imports every ordinance file in it', async () => {
    const folder = join(temp.dir, 'picked');
    mkdirSync(folder);
    writeFileSync(join(folder, 'advisor.md'), fixture('mapo-legal-advisor-2026', 'old'));
    writeFileSync(join(folder, 'traffic.md'), fixture('mapo-traffic-complaint-2026', 'old'));
    desktop.folder = folder;
    const result = await ok<{ created: OrdinanceSummary[] }>(dispatch('ordinances:importFiles', { folder: true }));
    expect(result.created.map((c) => c.name).sort()).toEqual([
      '서울특별시 마포구 교통민원신고심의위원회 설치 및 운영에 관한 조례',
      ADVISOR,
    ]);
    // Cancelling the folder dialog imports nothing.
    expect(await ok(dispatch('ordinances:importFiles', { folder: true }))).toEqual({ created: [], failed: [] });
  });

  it('opens the file picker when no paths are given, and reads one file for the form', async () => {
    const path = join(temp.dir, 'advisor.md');
    writeFileSync(path, fixture('mapo-legal-advisor-2026', 'old'));
    desktop.picks = [path];
    const result = await ok<{ created: OrdinanceSummary[] }>(dispatch('ordinances:importFiles', {}));
    expect(result.created.map((c) => [c.name, c.type])).toEqual([[ADVISOR, '규칙']]);
    // The last 부칙 tag of the text names the revision it is.
    expect(result.created[0]).toMatchObject({ latestPromulgationNo: '제844호', latestPromulgatedOn: '2023-07-13' });

    desktop.picks = [path];
    expect(await ok(dispatch('ordinances:readFile', {}))).toEqual({
      path,
      text: fixture('mapo-legal-advisor-2026', 'old'),
    });
    expect(await ok(dispatch('ordinances:readFile', {}))).toEqual({ path: null, text: '' });
    const missing = join(temp.dir, 'missing.md');
    expect(await dispatch('ordinances:readFile', { path: missing })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: `파일을 찾을 수 없습니다: ${missing}` },
    });
  });

  it('parses a pasted text into outline and warnings', async () => {
    const parsed = await ok<ParsedText>(
      dispatch('ordinances:parse', { text: '# 시험 조례\n제1조(목적) 시험한다.\n제2조(정의) 정의한다.' }),
    );
    expect(parsed.articleCount).toBe(2);
    expect(parsed.outline.map((o) => o.label)).toEqual(['시험 조례', '제1조(목적)', '제2조(정의)']);
    expect(await dispatch('ordinances:parse', { text: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('exports the 대비표 and the 개정문 of two texts, and refuses when nothing changed', async () => {
    const oldText = fixture('mapo-legal-advisor-2026', 'old');
    const newText = fixture('mapo-legal-advisor-2026', 'new');
    const table = await ok<FileExportResult>(
      dispatch('ordinances:exportComparison', { oldText, newText, what: 'table' }),
    );
    expect(table.path).toBe(join(temp.dir, 'saved', `${ADVISOR} 신·구조문대비표.docx`));
    expect(table.count).toBeGreaterThan(0);
    const amendment = await ok<FileExportResult>(
      dispatch('ordinances:exportComparison', { oldText, newText, what: 'amendment', title: '시험 규칙' }),
    );
    expect(amendment).toEqual({ path: join(temp.dir, 'saved', '시험 규칙 개정문.docx'), count: 1 });
    expect(await dispatch('ordinances:exportComparison', { oldText, newText: oldText, what: 'table' })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '변경된 조문이 없습니다.' },
    });
    desktop.cancelNextSave = true;
    expect(await ok(dispatch('ordinances:exportComparison', { oldText, newText, what: 'table' }))).toMatchObject({
      path: null,
    });
  });
});
