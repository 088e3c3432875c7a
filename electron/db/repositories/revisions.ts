import type { Kysely, Selectable, Transaction } from 'kysely';
import type { RevisionKind, RevisionView } from '../../../shared/ordinances/ordinance-views.ts';
import type { Database, OrdinanceRevisionsTable } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface RevisionFields {
  revisionKind: RevisionKind;
  promulgationNo: string | null;
  promulgatedOn: string | null;
  effectiveOn: string | null;
  noticeStartedOn: string | null;
  body: string;
}

function toView(r: Selectable<OrdinanceRevisionsTable>): RevisionView {
  return {
    id: r.id,
    ordinanceId: r.ordinance_id,
    revisionKind: r.revision_kind as RevisionKind,
    promulgationNo: r.promulgation_no,
    promulgatedOn: r.promulgated_on,
    effectiveOn: r.effective_on,
    noticeStartedOn: r.notice_started_on,
    draftId: r.draft_id,
    createdAt: r.created_at,
  };
}

export async function insertRevision(
  db: Db,
  ordinanceId: number,
  fields: RevisionFields,
  now: string,
  draftId: number | null = null,
): Promise<number> {
  const row = await db
    .insertInto('ordinance_revisions')
    .values({
      ordinance_id: ordinanceId,
      revision_kind: fields.revisionKind,
      promulgation_no: fields.promulgationNo,
      promulgated_on: fields.promulgatedOn,
      effective_on: fields.effectiveOn,
      notice_started_on: fields.noticeStartedOn,
      body: fields.body,
      draft_id: draftId,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Newest first: by 공포일 (revisions without one last), then by id. */
function newestFirst(db: Db, ordinanceId: number) {
  return db
    .selectFrom('ordinance_revisions')
    .selectAll()
    .where('ordinance_id', '=', ordinanceId)
    .orderBy((eb) => eb.case().when('promulgated_on', 'is', null).then(1).else(0).end())
    .orderBy('promulgated_on', 'desc')
    .orderBy('id', 'desc');
}

export async function listRevisions(db: Db, ordinanceId: number): Promise<RevisionView[]> {
  return (await newestFirst(db, ordinanceId).execute()).map(toView);
}

export async function getRevision(db: Db, id: number): Promise<{ revision: RevisionView; body: string } | undefined> {
  const row = await db.selectFrom('ordinance_revisions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { revision: toView(row), body: row.body } : undefined;
}

/** The 현행 text: the newest revision. */
export async function currentRevision(
  db: Db,
  ordinanceId: number,
): Promise<{ revision: RevisionView; body: string } | undefined> {
  const row = await newestFirst(db, ordinanceId).executeTakeFirst();
  return row ? { revision: toView(row), body: row.body } : undefined;
}
