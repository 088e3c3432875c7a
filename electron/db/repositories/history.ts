import type { Kysely, Transaction } from 'kysely';
import type { HistoryView } from '../../../shared/cases/case-views.ts';
import type { Database } from '../schema.ts';

export type Changes = HistoryView['changes'];
type HistoryEntry = HistoryView;

type Db = Kysely<Database> | Transaction<Database>;

/** Field-by-field difference of two flat records; values compared as JSON so arrays of parties count too. */
export function diffRecords(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: string[] = [],
): Changes {
  const changes: Changes = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignore.includes(key)) continue;
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = [a, b];
  }
  return changes;
}

export async function recordHistory(
  db: Db,
  entry: Omit<HistoryEntry, 'id'> & { caseId: number | null },
): Promise<void> {
  await db
    .insertInto('history')
    .values({
      case_id: entry.caseId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      changes: JSON.stringify(entry.changes),
      changed_by: entry.changedBy,
      changed_at: entry.changedAt,
    })
    .execute();
}

export async function listCaseHistory(db: Db, caseId: number): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('history').selectAll().where('case_id', '=', caseId).orderBy('id', 'desc').execute();
  return rows.map((r) => ({
    id: r.id,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action as HistoryEntry['action'],
    changes: JSON.parse(r.changes) as Changes,
    changedBy: r.changed_by,
    changedAt: r.changed_at,
  }));
}
