import type { Kysely, Selectable, Transaction } from 'kysely';
import type { EventView } from '../../../shared/cases/case-views.ts';
import { eventKindName, type ServiceMethod } from '../../../shared/cases/event-kinds.ts';
import type { Database, EventsTable } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface EventRow {
  kind: string;
  occurredOn: string;
  noticeOn: string | null;
  serviceMethod: ServiceMethod | null;
  time: string | null;
  place: string | null;
  subtype: string | null;
  result: string | null;
  memo: string | null;
}

function toView(row: Selectable<EventsTable>): EventView {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    kindName: eventKindName(row.kind),
    occurredOn: row.occurred_on,
    noticeOn: row.notice_on,
    serviceMethod: row.service_method as ServiceMethod | null,
    time: row.time,
    place: row.place,
    subtype: row.subtype,
    result: row.result,
    memo: row.memo,
  };
}

function columns(event: EventRow) {
  return {
    kind: event.kind,
    occurred_on: event.occurredOn,
    notice_on: event.noticeOn,
    service_method: event.serviceMethod,
    time: event.time,
    place: event.place,
    subtype: event.subtype,
    result: event.result,
    memo: event.memo,
  };
}

export async function insertEvent(db: Db, caseId: number, event: EventRow, now: string): Promise<number> {
  const { id } = await db
    .insertInto('events')
    .values({ case_id: caseId, ...columns(event), amount: null, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateEvent(db: Db, id: number, event: EventRow, now: string): Promise<void> {
  await db
    .updateTable('events')
    .set({ ...columns(event), updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function getEvent(db: Db, id: number): Promise<EventView | undefined> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toView(row) : undefined;
}

export async function listCaseEvents(db: Db, caseId: number): Promise<EventView[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('occurred_on')
    .orderBy('id')
    .execute();
  return rows.map(toView);
}

/** Events of the given kinds in [from, to] on live cases, for the dashboard and calendar. */
export async function listEventsBetween(
  db: Db,
  from: string,
  to: string,
  kinds: readonly string[],
): Promise<(EventView & { caseNumber: string | null; caseTitle: string })[]> {
  if (kinds.length === 0) return [];
  const rows = await db
    .selectFrom('events')
    .innerJoin('cases', 'cases.id', 'events.case_id')
    .selectAll('events')
    .select(['cases.case_number', 'cases.title as case_title'])
    .where('cases.deleted_at', 'is', null)
    .where('events.occurred_on', '>=', from)
    .where('events.occurred_on', '<=', to)
    .where('events.kind', 'in', kinds)
    .orderBy('events.occurred_on')
    .orderBy('events.time')
    .execute();
  return rows.map((r) => ({ ...toView(r), caseNumber: r.case_number, caseTitle: r.case_title }));
}
