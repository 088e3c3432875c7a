import type { Kysely, Transaction } from 'kysely';
import type { OrdinanceSummary, OrdinanceType } from '../../../shared/ordinances/ordinance-views.ts';
import type { Database } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface OrdinanceFields {
  name: string;
  type: OrdinanceType;
  department: string | null;
  tags: string[];
}

function readTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Summaries of live ordinances (all, or the given ids), by 제명. The newest revision is the one with the latest
 * 공포일; revisions without one come last, then by id.
 */
export async function listOrdinanceSummaries(db: Db, ids?: number[]): Promise<OrdinanceSummary[]> {
  if (ids && ids.length === 0) return [];
  let query = db.selectFrom('ordinances').selectAll().where('deleted_at', 'is', null);
  if (ids) query = query.where('id', 'in', ids);
  const rows = await query.orderBy('name').execute();
  if (rows.length === 0) return [];
  const rowIds = rows.map((r) => r.id);
  const revisions = await db
    .selectFrom('ordinance_revisions')
    .select(['ordinance_id', 'promulgated_on', 'promulgation_no', 'effective_on'])
    .where('ordinance_id', 'in', rowIds)
    .orderBy('ordinance_id')
    .orderBy((eb) => eb.case().when('promulgated_on', 'is', null).then(1).else(0).end())
    .orderBy('promulgated_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const openDrafts = await db
    .selectFrom('drafts')
    .select(['ordinance_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('ordinance_id', 'in', rowIds)
    .where('status', '=', 'drafting')
    .groupBy('ordinance_id')
    .execute();
  const draftCount = new Map(openDrafts.map((d) => [d.ordinance_id, Number(d.n)]));
  const byOrdinance = new Map<number, typeof revisions>();
  for (const v of revisions) byOrdinance.set(v.ordinance_id, [...(byOrdinance.get(v.ordinance_id) ?? []), v]);
  return rows.map((r) => {
    const own = byOrdinance.get(r.id) ?? [];
    const latest = own[0];
    return {
      id: r.id,
      name: r.name,
      type: r.type as OrdinanceType,
      department: r.department,
      tags: readTags(r.tags),
      latestPromulgatedOn: latest?.promulgated_on ?? null,
      latestPromulgationNo: latest?.promulgation_no ?? null,
      effectiveOn: latest?.effective_on ?? null,
      revisionCount: own.length,
      openDraftCount: draftCount.get(r.id) ?? 0,
    };
  });
}

export async function getOrdinanceSummary(db: Db, id: number): Promise<OrdinanceSummary | undefined> {
  return (await listOrdinanceSummaries(db, [id]))[0];
}

/** A live ordinance with this 제명 (names are unique among live ordinances). */
export async function findOrdinanceByName(db: Db, name: string): Promise<{ id: number } | undefined> {
  return db
    .selectFrom('ordinances')
    .select('id')
    .where('name', '=', name)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

export async function insertOrdinance(db: Db, fields: OrdinanceFields, now: string): Promise<number> {
  const row = await db
    .insertInto('ordinances')
    .values({
      name: fields.name,
      type: fields.type,
      department: fields.department,
      tags: JSON.stringify(fields.tags),
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateOrdinance(db: Db, id: number, fields: OrdinanceFields, now: string): Promise<void> {
  await db
    .updateTable('ordinances')
    .set({
      name: fields.name,
      type: fields.type,
      department: fields.department,
      tags: JSON.stringify(fields.tags),
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
}
