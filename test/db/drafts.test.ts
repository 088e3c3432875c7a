import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import type { HandlerContext } from '../../electron/handlers/context.ts';
import { overdueDraftSteps } from '../../electron/handlers/draft-alerts.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { FileExportResult } from '../../shared/cases/calendar-views.ts';
import { compareOrdinances } from '../../shared/law/index.ts';
import type { DraftDetail, OrdinanceDetail } from '../../shared/ordinances/ordinance-views.ts';
import { testContext } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { ok } from '../helpers/dispatch.ts';

const DIR = join(__dirname, '../fixtures/law/mapo-traffic-complaint-2026');
const OLD = readFileSync(join(DIR, 'old.md'), 'utf8');
const NEW = readFileSync(join(DIR, 'new.md'), 'utf8');
const EXPECTED = readFileSync(join(DIR, 'expected-amendment.txt'), 'utf8').trim();
const NAME = '서울특별시 마포구 교통민원신고심의위원회 설치 및 운영에 관한 조례';

let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let ctx: ReturnType<typeof testContext>;
let dispatch: Dispatch;

async function registerAndDraft(type: '조례' | '규칙' = '조례', name = NAME): Promise<DraftDetail> {
  const ordinance = await ok<OrdinanceDetail>(
    dispatch('ordinances:create', {
      name,
      type,
      department: '교통행정과',
      revision: { revisionKind: '일부개정', promulgationNo: '제1486호', promulgatedOn: '2022-09-15', body: OLD },
    }),
  );
  return ok<DraftDetail>(
    dispatch('drafts:create', { ordinanceId: ordinance.ordinance.id, name: '2026년 부서명 정비' }),
  );
}

beforeEach(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  ctx = testContext(database);
  dispatch = createDispatcher(ctx);
});
afterEach(async () => {
  await database.close();
  temp.cleanup();
});

describe('drafts of the next revision', () => {
  it('starts from the 현행 text, saves the new text and compares to the official 개정문', async () => {
    const draft = await registerAndDraft();
    expect(draft.draft).toMatchObject({ name: '2026년 부서명 정비', status: 'drafting', body: OLD });
    expect(draft.baseBody).toBe(OLD);
    expect(draft.ordinance.openDraftCount).toBe(1);
    expect(draft.today).toBe('2026-03-02');
    expect(draft.steps).toHaveLength(9);
    expect(draft.draft.bill).toEqual({
      billNumber: '',
      submittedOn: null,
      submitter: '',
      reason: '',
      mainPoints: [],
      references: { laws: '', budget: '', notice: '', other: '' },
      supplement: '',
      revisionKind: '일부개정',
    });

    const saved = await ok<{ updatedAt: string }>(
      dispatch('drafts:save', { id: draft.draft.id, body: NEW, baseUpdatedAt: draft.draft.updatedAt }),
    );
    const after = await ok<DraftDetail>(dispatch('drafts:get', { id: draft.draft.id }));
    expect(after.draft.body).toBe(NEW);
    expect(after.draft.updatedAt).toBe(saved.updatedAt);
    // 마포구 chains its replacements with commas (the office style, 설정 › 개정문 문장 잇기).
    const comparison = compareOrdinances(after.baseBody, after.draft.body, { title: NAME, style: 'chain' });
    expect(comparison.sentences).toEqual([EXPECTED]);

    // A second draft of the same ordinance is fine.
    const second = await ok<DraftDetail>(
      dispatch('drafts:create', { ordinanceId: draft.ordinance.id, name: '전부개정 검토' }),
    );
    expect(second.ordinance.openDraftCount).toBe(2);
  });

  it('refuses a save from a stale window, keeping the newer body', async () => {
    const draft = await registerAndDraft();
    const id = draft.draft.id;
    await ok(dispatch('drafts:save', { id, body: NEW, baseUpdatedAt: draft.draft.updatedAt }));
    const stale = await dispatch('drafts:save', { id, body: `${OLD}\n`, baseUpdatedAt: draft.draft.updatedAt });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!stale.ok && stale.error.message.startsWith('다른 창에서 먼저 저장했습니다')).toBe(true);
    expect((await ok<DraftDetail>(dispatch('drafts:get', { id }))).draft.body).toBe(NEW);
    // 의안 details and steps edited beside the body do not make the next autosave conflict.
    const current = await ok<DraftDetail>(dispatch('drafts:get', { id }));
    await ok(dispatch('drafts:updateBill', { id, bill: { reason: '부서 명칭 변경 반영' } }));
    await ok(dispatch('drafts:setStep', { id, step: 'drafting', actualOn: '2026-03-02' }));
    await ok(dispatch('drafts:save', { id, body: NEW, baseUpdatedAt: current.draft.updatedAt }));
    expect(await dispatch('drafts:save', { id: 999, body: NEW })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses a draft of an ordinance without any text', async () => {
    const draft = await registerAndDraft();
    await database.db.deleteFrom('drafts').execute();
    await database.db.deleteFrom('ordinance_revisions').execute();
    expect(await dispatch('drafts:create', { ordinanceId: draft.ordinance.id, name: '초안' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '현행 본문이 없어 초안을 만들 수 없습니다. 먼저 현행 본문을 등록하세요.' },
    });
  });

  it('stores 의안 details with defaults filled, and rejects bad ones in Korean', async () => {
    const draft = await registerAndDraft();
    const id = draft.draft.id;
    const updated = await ok<DraftDetail>(
      dispatch('drafts:updateBill', {
        id,
        bill: {
          billNumber: '제123호',
          reason: '조직개편 반영',
          mainPoints: [{ text: '위원 직위를 바꿈', articles: ['제3조'] }],
        },
      }),
    );
    expect(updated.draft.bill).toEqual({
      billNumber: '제123호',
      submittedOn: null,
      submitter: '',
      reason: '조직개편 반영',
      mainPoints: [{ text: '위원 직위를 바꿈', articles: ['제3조'] }],
      references: { laws: '', budget: '', notice: '', other: '' },
      supplement: '',
      revisionKind: '일부개정',
    });
    expect(await dispatch('drafts:updateBill', { id, bill: { submittedOn: '2026-02-30' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    const history = await database.db.selectFrom('history').selectAll().where('entity', '=', 'draft').execute();
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
  });

  it('checks timeline steps: the 20-day notice, council steps of a 규칙', async () => {
    const draft = await registerAndDraft();
    const id = draft.draft.id;
    expect(
      await dispatch('drafts:setStep', { id, step: 'notice', actualOn: '2026-03-02', endOn: '2026-03-21' }),
    ).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message:
          '입법예고 기간은 20일 이상이어야 합니다(행정절차법 제43조). 2026-03-02에 시작하면 종료일은 2026-03-22 이후로 정하세요.',
        fields: { endOn: '2026-03-22 이후로 정하세요.' },
      },
    });
    const notice = await ok<DraftDetail>(
      dispatch('drafts:setStep', { id, step: 'notice', actualOn: '2026-03-02', endOn: '2026-03-22' }),
    );
    expect(notice.steps.find((s) => s.step === 'notice')).toMatchObject({
      actualOn: '2026-03-02',
      endOn: '2026-03-22',
      computed: { date: '2026-03-22' },
    });

    const rule = await registerAndDraft('규칙', '서울특별시 마포구 시험 규칙');
    expect(await dispatch('drafts:setStep', { id: rule.draft.id, step: 'resolution', actualOn: '2026-03-02' })).toEqual(
      {
        ok: false,
        error: { code: 'INVALID_INPUT', message: '규칙에는 의회 단계(의회 제출, 의결, 이송)가 없습니다.' },
      },
    );
    expect(rule.steps.filter((s) => !s.applicable).map((s) => s.step)).toEqual([
      'submission',
      'resolution',
      'transfer',
    ]);
  });

  it('recording 공포 makes the draft the new 현행 revision, once', async () => {
    const draft = await registerAndDraft();
    const id = draft.draft.id;
    await ok(dispatch('drafts:save', { id, body: NEW }));
    await ok(dispatch('drafts:setStep', { id, step: 'notice', actualOn: '2026-03-03', endOn: '2026-03-23' }));
    await ok(dispatch('drafts:setStep', { id, step: 'resolution', actualOn: '2026-06-10' }));
    await ok(dispatch('drafts:setStep', { id, step: 'transfer', actualOn: '2026-06-12' }));
    const done = await ok<DraftDetail>(
      dispatch('drafts:setStep', { id, step: 'promulgation', actualOn: '2026-06-30', promulgationNo: '제1600호' }),
    );
    expect(done.draft.status).toBe('promulgated');
    expect(done.steps.some((s) => s.overdue)).toBe(false);
    const ordinance = await ok<OrdinanceDetail>(dispatch('ordinances:get', { id: draft.ordinance.id }));
    expect(ordinance.ordinance).toMatchObject({
      latestPromulgatedOn: '2026-06-30',
      latestPromulgationNo: '제1600호',
      effectiveOn: '2026-07-21',
      revisionCount: 2,
      openDraftCount: 0,
    });
    expect(ordinance.revisions[0]).toMatchObject({
      revisionKind: '일부개정',
      promulgationNo: '제1600호',
      promulgatedOn: '2026-06-30',
      effectiveOn: '2026-07-21',
      noticeStartedOn: '2026-03-03',
      draftId: id,
    });
    expect(ordinance.current?.body).toBe(NEW);

    expect(await dispatch('drafts:save', { id, body: OLD })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '이미 공포된 초안입니다. 고칠 내용은 새 초안으로 작성하세요.' },
    });
    expect(
      await dispatch('drafts:setStep', {
        id,
        step: 'promulgation',
        actualOn: '2026-07-01',
        promulgationNo: '제1601호',
      }),
    ).toEqual({ ok: false, error: { code: 'CONFLICT', message: '이미 공포를 기록한 초안입니다.' } });
    expect(await database.db.selectFrom('ordinance_revisions').select('id').execute()).toHaveLength(2);
    const history = await database.db
      .selectFrom('history')
      .select(['entity', 'action', 'case_id'])
      .orderBy('id')
      .execute();
    expect(history.slice(-2)).toEqual([
      { entity: 'revision', action: 'create', case_id: null },
      { entity: 'draft', action: 'update', case_id: null },
    ]);

    // A planned 시행일 wins over the default of §32⑧.
    const next = await ok<DraftDetail>(
      dispatch('drafts:create', { ordinanceId: draft.ordinance.id, name: '다음 개정' }),
    );
    expect(next.baseBody).toBe(NEW);
    await ok(dispatch('drafts:save', { id: next.draft.id, body: OLD }));
    await ok(dispatch('drafts:setStep', { id: next.draft.id, step: 'effective', plannedOn: '2027-01-01' }));
    await ok(dispatch('drafts:setStep', { id: next.draft.id, step: 'promulgation', actualOn: '2026-12-01' }));
    const latest = await ok<OrdinanceDetail>(dispatch('ordinances:get', { id: draft.ordinance.id }));
    expect(latest.revisions[0]).toMatchObject({
      promulgatedOn: '2026-12-01',
      effectiveOn: '2027-01-01',
      draftId: next.draft.id,
    });
  });

  it('refuses 공포 of an unchanged draft, and abandoned drafts cannot be saved', async () => {
    const draft = await registerAndDraft();
    const id = draft.draft.id;
    expect(await dispatch('drafts:setStep', { id, step: 'promulgation', actualOn: '2026-06-30' })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: '현행과 달라진 조문이 없어 공포를 기록할 수 없습니다. 초안 본문을 확인하세요.',
      },
    });
    expect((await ok<DraftDetail>(dispatch('drafts:abandon', { id }))).draft.status).toBe('abandoned');
    expect(await dispatch('drafts:save', { id, body: NEW })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '폐기한 초안은 고칠 수 없습니다.' },
    });
  });

  it('lists overdue steps of open drafts for the dashboard', async () => {
    const draft = await registerAndDraft();
    const id = draft.draft.id;
    await ok(dispatch('drafts:setStep', { id, step: 'consultation', plannedOn: '2026-02-20' }));
    await ok(dispatch('drafts:setStep', { id, step: 'resolution', actualOn: '2026-02-23' }));
    const alerts = await overdueDraftSteps(ctx as HandlerContext, '2026-03-02');
    expect(alerts).toEqual([
      {
        draftId: id,
        ordinanceName: NAME,
        draftName: '2026년 부서명 정비',
        step: 'consultation',
        label: '관계부서 협의',
        dueOn: '2026-02-20',
      },
      {
        draftId: id,
        ordinanceName: NAME,
        draftName: '2026년 부서명 정비',
        step: 'transfer',
        label: '이송',
        dueOn: '2026-02-28',
      },
    ]);
    const detail = await ok<DraftDetail>(dispatch('drafts:get', { id }));
    expect(detail.steps.filter((s) => s.overdue).map((s) => s.step)).toEqual(['consultation', 'transfer']);
    await ok(dispatch('drafts:abandon', { id }));
    expect(await overdueDraftSteps(ctx, '2026-03-02')).toEqual([]);
  });

  it('exports the 의안 package and the 입법예고문 of a draft', async () => {
    const draft = await registerAndDraft();
    const id = draft.draft.id;
    expect(await dispatch('drafts:exportBill', { id })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '변경된 조문이 없습니다.' },
    });
    await ok(dispatch('drafts:save', { id, body: NEW }));
    const bill = await ok<FileExportResult>(dispatch('drafts:exportBill', { id }));
    expect(bill.path).toBe(join(temp.dir, 'saved', `${NAME} 일부개정조례안.docx`));
    const notice = await ok<FileExportResult>(dispatch('drafts:exportNotice', { id }));
    expect(notice.path).toBe(join(temp.dir, 'saved', `${NAME} 일부개정조례안 입법예고문.docx`));
  });

  it('writes the 개정문 in the office style of 설정, and a 전부개정 only when the drafter chooses it', async () => {
    const draft = await registerAndDraft();
    const id = draft.draft.id;
    await ok(dispatch('drafts:save', { id, body: NEW }));
    const exported = async (): Promise<string> => {
      const saved = await ok<FileExportResult>(dispatch('drafts:exportBill', { id }));
      const { default: JSZip } = await import('jszip');
      const zip = await JSZip.loadAsync(readFileSync(saved.path ?? ''));
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      return xml.replace(/<[^>]+>/g, '');
    };
    expect(await exported()).toContain('“교통지도과장”으로 하고, 제7조 중');
    expect(await ok(dispatch('settings:update', { amendmentStyle: 'chain' }))).toMatchObject({
      amendmentStyle: 'chain',
    });
    expect(await exported()).toContain(EXPECTED);
    expect(await dispatch('settings:update', { amendmentStyle: 'comma' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });

    const bill = { ...draft.draft.bill, revisionKind: '전부개정' as const };
    await ok(dispatch('drafts:updateBill', { id, bill }));
    const full = await ok<FileExportResult>(dispatch('drafts:exportBill', { id }));
    expect(full.path).toBe(join(temp.dir, 'saved', `${NAME} 전부개정조례안.docx`));
  });
});
