import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DraftSummary, TimelineStep } from '../../../shared/ordinances/ordinance-views.ts';
import type { StoredStep } from '../../../shared/ordinances/timeline.ts';
import type { Database, DraftsTable } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type DraftStatus = DraftSummary['status'];
export type DraftRow = Selectable<DraftsTable>;

export function draftSummary(r: DraftRow): DraftSummary {
  return {
    id: r.id,
    ordinanceId: r.ordinance_id,
    name: r.name,
    status: r.status as DraftStatus,
    baseRevisionId: r.base_revision_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function insertDraft(
  db: Db,
  draft: { ordinanceId: number; baseRevisionId: number; name: string; body: string; bill: string },
  now: string,
): Promise<number> {
  const row = await db
    .insertInto('drafts')
    .values({
      ordinance_id: draft.ordinanceId,
      base_revision_id: draft.baseRevisionId,
      name: draft.name,
      body: draft.body,
      bill: draft.bill,
      status: 'drafting',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function getDraft(db: Db, id: number): Promise<DraftRow | undefined> {
  return db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Newest work first. */
export async function listDrafts(db: Db, ordinanceId: number): Promise<DraftSummary[]> {
  const rows = await db
    .selectFrom('drafts')
    .selectAll()
    .where('ordinance_id', '=', ordinanceId)
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(draftSummary);
}

/** Drafts still being worked on, of live ordinances. */
export async function listOpenDrafts(
  db: Db,
): Promise<(DraftRow & { ordinance_name: string; ordinance_type: string })[]> {
  return db
    .selectFrom('drafts')
    .innerJoin('ordinances', 'ordinances.id', 'drafts.ordinance_id')
    .selectAll('drafts')
    .select(['ordinances.name as ordinance_name', 'ordinances.type as ordinance_type'])
    .where('drafts.status', '=', 'drafting')
    .where('ordinances.deleted_at', 'is', null)
    .orderBy('drafts.id')
    .execute();
}

/**
 * `now` stamps updated_at — the autosave guard of drafts:save compares it — so give it for body and status
 * changes only; 의안 details and timeline steps edited beside the body must not make the next autosave conflict.
 */
export async function updateDraft(
  db: Db,
  id: number,
  fields: Partial<{ body: string; bill: string; status: DraftStatus }>,
  now?: string,
): Promise<void> {
  await db
    .updateTable('drafts')
    .set(now === undefined ? fields : { ...fields, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function listSteps(db: Db, draftId: number): Promise<StoredStep[]> {
  const rows = await db.selectFrom('draft_steps').selectAll().where('draft_id', '=', draftId).execute();
  return rows.map((r) => ({
    step: r.step as TimelineStep,
    plannedOn: r.planned_on,
    actualOn: r.actual_on,
    endOn: r.end_on,
  }));
}

/** Stores a step as given: each date replaces what was stored (null clears it). */
export async function upsertStep(db: Db, draftId: number, step: StoredStep, memo: string | null = null): Promise<void> {
  const values = { planned_on: step.plannedOn, actual_on: step.actualOn, end_on: step.endOn, memo };
  await db
    .insertInto('draft_steps')
    .values({ draft_id: draftId, step: step.step, ...values })
    .onConflict((oc) => oc.columns(['draft_id', 'step']).doUpdateSet(values))
    .execute();
}
