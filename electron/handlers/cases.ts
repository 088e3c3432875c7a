import { AppError } from '../../shared/errors.ts';
import type { CaseInputParsed, CaseRecord, CaseSummary, CaseUpdateParsed } from '../../shared/cases/case-schema.ts';
import {
  caseFamily,
  findCaseByNumber,
  getCase,
  insertCase,
  listCases,
  listDeletedCases,
  setCaseDeleted,
  updateCase,
} from '../db/repositories/cases.ts';
import { listCaseDeadlines } from '../db/repositories/deadlines.ts';
import { listCaseEvents } from '../db/repositories/events.ts';
import { diffRecords, listCaseHistory, recordHistory } from '../db/repositories/history.ts';
import type { CaseDetail } from '../../shared/cases/case-views.ts';
import type { HandlerContext } from './context.ts';
import { currentUser } from './current-user.ts';

export async function requireCase(ctx: HandlerContext, id: number): Promise<CaseRecord> {
  const record = await getCase(ctx.db, id);
  if (!record) throw new AppError('NOT_FOUND', '사건을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.');
  return record;
}

async function assertNumberFree(ctx: HandlerContext, input: CaseInputParsed, selfId?: number): Promise<void> {
  if (!input.caseNumber) return;
  const existing = await findCaseByNumber(ctx.db, input.caseNumber, input.court);
  if (!existing || existing.id === selfId) return;
  const where = existing.deleted ? ' (휴지통에 있는 사건)' : '';
  throw new AppError('CONFLICT', `이미 등록된 사건번호입니다: ${input.caseNumber}${where}`, {
    caseNumber: `이미 등록된 사건번호입니다${where}.`,
  });
}

async function assertParentExists(ctx: HandlerContext, parentId: number | null): Promise<void> {
  if (parentId !== null && !(await getCase(ctx.db, parentId)))
    throw new AppError('INVALID_INPUT', '원심 사건을 찾을 수 없습니다.', {
      parentCaseId: '원심 사건을 찾을 수 없습니다.',
    });
}

/** The record as the history compares it: stored fields only, without bookkeeping. */
function historyView(record: CaseRecord): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, id: _i, people, ...rest } = record;
  return { ...rest, people: people.map((p) => `${p.role}:${p.name}`) };
}

export const caseHandlers = {
  'cases:list': (ctx: HandlerContext): Promise<CaseSummary[]> => listCases(ctx.db),

  'cases:trash': (ctx: HandlerContext): Promise<CaseSummary[]> => listDeletedCases(ctx.db),

  'cases:get': async (ctx: HandlerContext, input: { id: number }): Promise<CaseDetail> => {
    const record = await requireCase(ctx, input.id);
    const [family, history, events, deadlines] = await Promise.all([
      caseFamily(ctx.db, input.id),
      listCaseHistory(ctx.db, input.id),
      listCaseEvents(ctx.db, input.id),
      listCaseDeadlines(ctx.db, input.id),
    ]);
    return { record, family, history, events, deadlines, today: ctx.today() };
  },

  'cases:create': async (ctx: HandlerContext, input: CaseInputParsed): Promise<CaseRecord> => {
    await assertNumberFree(ctx, input);
    await assertParentExists(ctx, input.parentCaseId);
    const user = await currentUser(ctx);
    const now = ctx.now();
    const id = await ctx.db.transaction().execute(async (trx) => {
      const newId = await insertCase(trx, input, now);
      const created = await getCase(trx, newId);
      const changes = diffRecords({}, created ? historyView(created) : {});
      await recordHistory(trx, {
        caseId: newId,
        entity: 'case',
        entityId: newId,
        action: 'create',
        changes,
        changedBy: user,
        changedAt: now,
      });
      return newId;
    });
    return requireCase(ctx, id);
  },

  'cases:update': async (ctx: HandlerContext, input: CaseUpdateParsed): Promise<CaseRecord> => {
    const before = await requireCase(ctx, input.id);
    if (before.deletedAt) throw new AppError('CONFLICT', '휴지통에 있는 사건은 복원한 뒤에 고칠 수 있습니다.');
    await assertNumberFree(ctx, input, input.id);
    await assertParentExists(ctx, input.parentCaseId);
    const user = await currentUser(ctx);
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      await updateCase(trx, input, now);
      const after = await getCase(trx, input.id);
      const changes = diffRecords(historyView(before), after ? historyView(after) : {});
      if (Object.keys(changes).length > 0)
        await recordHistory(trx, {
          caseId: input.id,
          entity: 'case',
          entityId: input.id,
          action: 'update',
          changes,
          changedBy: user,
          changedAt: now,
        });
    });
    return requireCase(ctx, input.id);
  },

  'cases:delete': async (ctx: HandlerContext, input: { id: number }): Promise<{ id: number }> => {
    const record = await requireCase(ctx, input.id);
    if (record.deletedAt) return input;
    const user = await currentUser(ctx);
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      await setCaseDeleted(trx, input.id, now);
      await recordHistory(trx, {
        caseId: input.id,
        entity: 'case',
        entityId: input.id,
        action: 'delete',
        changes: {},
        changedBy: user,
        changedAt: now,
      });
    });
    return input;
  },

  'cases:restore': async (ctx: HandlerContext, input: { id: number }): Promise<{ id: number }> => {
    const record = await requireCase(ctx, input.id);
    if (!record.deletedAt) return input;
    const user = await currentUser(ctx);
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      await setCaseDeleted(trx, input.id, null);
      await recordHistory(trx, {
        caseId: input.id,
        entity: 'case',
        entityId: input.id,
        action: 'restore',
        changes: {},
        changedBy: user,
        changedAt: now,
      });
    });
    return input;
  },
};
