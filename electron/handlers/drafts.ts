import type { z } from 'zod';
import type { FileExportResult } from '../../shared/cases/calendar-views.ts';
import type { ordinancesContract } from '../../shared/contracts/ordinances.ts';
import { AppError } from '../../shared/errors.ts';
import { compareOrdinances, type CompareOptions } from '../../shared/law/index.ts';
import { emptyBill, readBill } from '../../shared/ordinances/bill.ts';
import type { BillInfo, DraftDetail, OrdinanceSummary } from '../../shared/ordinances/ordinance-views.ts';
import { billName, safeFileName } from '../../shared/ordinances/ordinance-text.ts';
import {
  buildTimeline,
  earliestNoticeEnd,
  effectiveDateOf,
  stepApplies,
  type StoredStep,
} from '../../shared/ordinances/timeline.ts';
import { getDraft, insertDraft, listSteps, updateDraft, upsertStep, type DraftRow } from '../db/repositories/drafts.ts';
import { recordHistory } from '../db/repositories/history.ts';
import { currentRevision, getRevision, insertRevision } from '../db/repositories/revisions.ts';
import { buildBillDocx } from '../export/bill-docx.ts';
import { buildNoticeDocx } from '../export/notice-docx.ts';
import type { HandlerContext } from './context.ts';
import { currentUser } from './current-user.ts';
import { requireOrdinance } from './ordinances.ts';
import { amendmentStyleOf } from './settings.ts';

type Input<C extends keyof typeof ordinancesContract> = z.output<(typeof ordinancesContract)[C]['input']>;

const DOCX_FILTER = [{ name: 'Word 문서', extensions: ['docx'] }];
const CLOSED_MESSAGE: Record<string, string> = {
  promulgated: '이미 공포된 초안입니다. 고칠 내용은 새 초안으로 작성하세요.',
  abandoned: '폐기한 초안은 고칠 수 없습니다.',
};

async function requireDraft(ctx: HandlerContext, id: number): Promise<DraftRow> {
  const draft = await getDraft(ctx.db, id);
  if (!draft) throw new AppError('NOT_FOUND', '초안을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.');
  return draft;
}

function assertOpen(draft: DraftRow): void {
  const message = CLOSED_MESSAGE[draft.status];
  if (message) throw new AppError('CONFLICT', message);
}

async function baseBodyOf(ctx: HandlerContext, draft: DraftRow): Promise<string> {
  if (draft.base_revision_id === null) return '';
  return (await getRevision(ctx.db, draft.base_revision_id))?.body ?? '';
}

async function draftDetail(ctx: HandlerContext, id: number): Promise<DraftDetail> {
  const draft = await requireDraft(ctx, id);
  const ordinance = await requireOrdinance(ctx, draft.ordinance_id);
  const today = ctx.today();
  const steps = buildTimeline(await listSteps(ctx.db, id), ordinance.type, today, {
    closed: draft.status !== 'drafting',
  });
  return {
    draft: {
      id: draft.id,
      ordinanceId: draft.ordinance_id,
      name: draft.name,
      status: draft.status as DraftDetail['draft']['status'],
      baseRevisionId: draft.base_revision_id,
      createdAt: draft.created_at,
      updatedAt: draft.updated_at,
      body: draft.body,
      bill: readBill(draft.bill),
    },
    ordinance,
    baseBody: await baseBodyOf(ctx, draft),
    steps,
    today,
  };
}

async function history(
  db: Parameters<typeof recordHistory>[0],
  entry: { entity: string; entityId: number; action: 'create' | 'update'; changes: Record<string, [unknown, unknown]> },
  user: string,
  now: string,
): Promise<void> {
  await recordHistory(db, { caseId: null, ...entry, changedBy: user, changedAt: now });
}

/** The step as it will be stored, checked against the rules a drafter cannot bend. */
function checkedStep(input: Input<'drafts:setStep'>, type: OrdinanceSummary['type']): StoredStep {
  if (!stepApplies(input.step, type))
    throw new AppError('INVALID_INPUT', `${type}에는 의회 단계(의회 제출, 의결, 이송)가 없습니다.`);
  if (input.step !== 'notice' && input.endOn)
    throw new AppError('INVALID_INPUT', '종료일은 입법예고 단계에만 적을 수 있습니다.', {
      endOn: '입법예고에만 적습니다.',
    });
  if (input.step === 'notice' && input.endOn) {
    const start = input.actualOn ?? input.plannedOn;
    if (!start)
      throw new AppError('INVALID_INPUT', '입법예고 시작일을 먼저 입력하세요.', { plannedOn: '시작일을 입력하세요.' });
    const earliest = earliestNoticeEnd(start);
    if (input.endOn < earliest)
      throw new AppError(
        'INVALID_INPUT',
        `입법예고 기간은 20일 이상이어야 합니다(행정절차법 제43조). ${start}에 시작하면 종료일은 ${earliest} 이후로 정하세요.`,
        { endOn: `${earliest} 이후로 정하세요.` },
      );
  }
  return { step: input.step, plannedOn: input.plannedOn, actualOn: input.actualOn, endOn: input.endOn };
}

/** 공포 recorded: the draft becomes the new 현행 revision, all in one transaction. */
async function promulgate(
  ctx: HandlerContext,
  draft: DraftRow,
  step: StoredStep & { actualOn: string },
  promulgationNo: string | null,
): Promise<void> {
  const base = await baseBodyOf(ctx, draft);
  const comparison = compareOrdinances(base, draft.body, await amendmentOptions(ctx, draft));
  if (!comparison.changed)
    throw new AppError('CONFLICT', '현행과 달라진 조문이 없어 공포를 기록할 수 없습니다. 초안 본문을 확인하세요.');
  const stored = (await listSteps(ctx.db, draft.id)).filter((s) => s.step !== 'promulgation');
  const notice = stored.find((s) => s.step === 'notice');
  const revision = {
    revisionKind: comparison.mode === 'full' ? ('전부개정' as const) : ('일부개정' as const),
    promulgationNo,
    promulgatedOn: step.actualOn,
    effectiveOn: effectiveDateOf(stored, step.actualOn),
    noticeStartedOn: notice?.actualOn ?? notice?.plannedOn ?? null,
    body: draft.body,
  };
  const user = await currentUser(ctx);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const current = await getDraft(trx, draft.id);
    if (current?.status !== 'drafting') throw new AppError('CONFLICT', '이미 공포를 기록한 초안입니다.');
    await upsertStep(trx, draft.id, step, promulgationNo);
    const revisionId = await insertRevision(trx, draft.ordinance_id, revision, now, draft.id);
    await updateDraft(trx, draft.id, { status: 'promulgated' }, now);
    const { body: _body, ...fields } = revision;
    await history(
      trx,
      {
        entity: 'revision',
        entityId: revisionId,
        action: 'create',
        changes: Object.fromEntries(
          Object.entries({ ordinanceId: draft.ordinance_id, draftId: draft.id, ...fields }).map(([k, v]) => [
            k,
            [null, v],
          ]),
        ),
      },
      user,
      now,
    );
    await history(
      trx,
      { entity: 'draft', entityId: draft.id, action: 'update', changes: { status: ['drafting', 'promulgated'] } },
      user,
      now,
    );
  });
}

/** The office's way of joining clauses (설정) and the draft's 일부개정/전부개정 choice (의안 정보). */
async function amendmentOptions(ctx: HandlerContext, draft: DraftRow): Promise<CompareOptions> {
  const mode = readBill(draft.bill).revisionKind === '전부개정' ? 'full' : 'partial';
  return { style: await amendmentStyleOf(ctx.db), mode };
}

async function comparisonFor(ctx: HandlerContext, draft: DraftRow, title: string) {
  const result = compareOrdinances(await baseBodyOf(ctx, draft), draft.body, {
    ...(await amendmentOptions(ctx, draft)),
    title,
  });
  if (!result.changed) throw new AppError('INVALID_INPUT', '변경된 조문이 없습니다.');
  return result;
}

export const draftHandlers = {
  'drafts:create': async (ctx: HandlerContext, input: Input<'drafts:create'>): Promise<DraftDetail> => {
    await requireOrdinance(ctx, input.ordinanceId);
    const current = await currentRevision(ctx.db, input.ordinanceId);
    if (!current)
      throw new AppError('CONFLICT', '현행 본문이 없어 초안을 만들 수 없습니다. 먼저 현행 본문을 등록하세요.');
    const user = await currentUser(ctx);
    const now = ctx.now();
    const id = await ctx.db.transaction().execute(async (trx) => {
      const draftId = await insertDraft(
        trx,
        {
          ordinanceId: input.ordinanceId,
          baseRevisionId: current.revision.id,
          name: input.name,
          body: current.body,
          bill: JSON.stringify(emptyBill()),
        },
        now,
      );
      await history(
        trx,
        {
          entity: 'draft',
          entityId: draftId,
          action: 'create',
          changes: {
            ordinanceId: [null, input.ordinanceId],
            name: [null, input.name],
            baseRevisionId: [null, current.revision.id],
          },
        },
        user,
        now,
      );
      return draftId;
    });
    return draftDetail(ctx, id);
  },

  'drafts:get': (ctx: HandlerContext, input: { id: number }): Promise<DraftDetail> => draftDetail(ctx, input.id),

  'drafts:save': async (ctx: HandlerContext, input: Input<'drafts:save'>): Promise<{ updatedAt: string }> => {
    const now = ctx.now();
    // Check and write in one transaction, so two windows saving at once cannot both pass the check.
    return ctx.db.transaction().execute(async (trx) => {
      const draft = await getDraft(trx, input.id);
      if (!draft) throw new AppError('NOT_FOUND', '초안을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.');
      assertOpen(draft);
      if (input.baseUpdatedAt !== undefined && input.baseUpdatedAt !== draft.updated_at)
        throw new AppError(
          'CONFLICT',
          '다른 창에서 먼저 저장했습니다. 초안을 다시 불러온 뒤 고쳐 주세요. (지금 고친 내용은 복사해 두세요.)',
        );
      // Autosave writes no history line: the body changes every few seconds; the 공포 revision keeps the result.
      await updateDraft(trx, input.id, { body: input.body }, now);
      return { updatedAt: now };
    });
  },

  'drafts:updateBill': async (ctx: HandlerContext, input: Input<'drafts:updateBill'>): Promise<DraftDetail> => {
    const draft = await requireDraft(ctx, input.id);
    assertOpen(draft);
    const before = readBill(draft.bill);
    const changes = Object.fromEntries(
      (Object.keys(input.bill) as (keyof BillInfo)[])
        .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(input.bill[k]))
        .map((k) => [`bill.${k}`, [before[k], input.bill[k]] as [unknown, unknown]]),
    );
    const user = await currentUser(ctx);
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      await updateDraft(trx, input.id, { bill: JSON.stringify(input.bill) });
      if (Object.keys(changes).length > 0)
        await history(trx, { entity: 'draft', entityId: input.id, action: 'update', changes }, user, now);
    });
    return draftDetail(ctx, input.id);
  },

  'drafts:setStep': async (ctx: HandlerContext, input: Input<'drafts:setStep'>): Promise<DraftDetail> => {
    const draft = await requireDraft(ctx, input.id);
    if (draft.status === 'promulgated' && input.step === 'promulgation')
      throw new AppError('CONFLICT', '이미 공포를 기록한 초안입니다.');
    assertOpen(draft);
    const ordinance = await requireOrdinance(ctx, draft.ordinance_id);
    const step = checkedStep(input, ordinance.type);
    if (step.step === 'promulgation' && step.actualOn !== null) {
      await promulgate(ctx, draft, { ...step, actualOn: step.actualOn }, input.promulgationNo);
      return draftDetail(ctx, input.id);
    }
    const before = (await listSteps(ctx.db, input.id)).find((s) => s.step === input.step);
    const user = await currentUser(ctx);
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      await upsertStep(trx, input.id, step, input.step === 'promulgation' ? input.promulgationNo : null);
      await history(
        trx,
        {
          entity: 'draft',
          entityId: input.id,
          action: 'update',
          changes: {
            [`step.${input.step}`]: [
              before ? { plannedOn: before.plannedOn, actualOn: before.actualOn, endOn: before.endOn } : null,
              { plannedOn: step.plannedOn, actualOn: step.actualOn, endOn: step.endOn },
            ],
          },
        },
        user,
        now,
      );
    });
    return draftDetail(ctx, input.id);
  },

  'drafts:abandon': async (ctx: HandlerContext, input: { id: number }): Promise<DraftDetail> => {
    const draft = await requireDraft(ctx, input.id);
    if (draft.status === 'abandoned') return draftDetail(ctx, input.id);
    assertOpen(draft);
    const user = await currentUser(ctx);
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      await updateDraft(trx, input.id, { status: 'abandoned' }, now);
      await history(
        trx,
        { entity: 'draft', entityId: input.id, action: 'update', changes: { status: ['drafting', 'abandoned'] } },
        user,
        now,
      );
    });
    return draftDetail(ctx, input.id);
  },

  'drafts:exportBill': async (ctx: HandlerContext, input: { id: number }): Promise<FileExportResult> => {
    const detail = await draftDetail(ctx, input.id);
    const draft = await requireDraft(ctx, input.id);
    const comparison = await comparisonFor(ctx, draft, detail.ordinance.name);
    const docx = await buildBillDocx({
      ordinanceName: detail.ordinance.name,
      comparison,
      bill: detail.draft.bill,
      steps: detail.steps,
    });
    const name = safeFileName(billName(detail.ordinance.name, comparison.mode));
    const path = await ctx.desktop.saveFile(`${name}.docx`, docx, DOCX_FILTER);
    return { path, count: comparison.table.rows.length };
  },

  'drafts:exportNotice': async (ctx: HandlerContext, input: { id: number }): Promise<FileExportResult> => {
    const detail = await draftDetail(ctx, input.id);
    const draft = await requireDraft(ctx, input.id);
    const comparison = await comparisonFor(ctx, draft, detail.ordinance.name);
    const docx = await buildNoticeDocx({
      ordinanceName: detail.ordinance.name,
      department: detail.ordinance.department,
      comparison,
      bill: detail.draft.bill,
      steps: detail.steps,
      today: detail.today,
    });
    const path = await ctx.desktop.saveFile(
      `${safeFileName(billName(detail.ordinance.name, comparison.mode))} 입법예고문.docx`,
      docx,
      DOCX_FILTER,
    );
    return { path, count: 1 };
  },
};
