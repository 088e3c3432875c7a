import type { Kysely, Transaction } from 'kysely';
import type { DeadlineView } from '../../../shared/cases/case-views.ts';
import type { Database } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface DeadlineRow {
  caseId: number;
  eventId: number | null;
  ruleId: string | null;
  title: string;
  dueOn: string;
  rawEnd: string | null;
  explanation: string | null;
  provisional: boolean;
  remindDays: number;
  assignee: string | null;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('deadlines')
    .innerJoin('cases', 'cases.id', 'deadlines.case_id')
    .selectAll('deadlines')
    .select(['cases.case_number', 'cases.title as case_title', 'cases.department']);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toView(r: Row): DeadlineView {
  return {
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    caseTitle: r.case_title,
    department: r.department,
    eventId: r.event_id,
    ruleId: r.rule_id,
    title: r.title,
    dueOn: r.due_on,
    rawEnd: r.raw_end,
    explanation: r.explanation,
    provisional: r.provisional === 1,
    remindDays: r.remind_days,
    assignee: r.assignee,
    doneAt: r.done_at,
    extendedAt: r.extended_at,
    extendedUntil: r.extended_until,
  };
}

export async function insertDeadline(db: Db, row: DeadlineRow, now: string): Promise<number> {
  const { id } = await db
    .insertInto('deadlines')
    .values({
      case_id: row.caseId,
      event_id: row.eventId,
      rule_id: row.ruleId,
      title: row.title,
      due_on: row.dueOn,
      raw_end: row.rawEnd,
      explanation: row.explanation,
      provisional: row.provisional ? 1 : 0,
      remind_days: row.remindDays,
      assignee: row.assignee,
      done_at: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

type Computed = Pick<DeadlineRow, 'dueOn' | 'rawEnd' | 'explanation' | 'provisional'>;

/** The columns a rule computation decides. */
function computedColumns(c: Computed) {
  return { due_on: c.dueOn, raw_end: c.rawEnd, explanation: c.explanation, provisional: c.provisional ? 1 : 0 };
}

/** Re-dates a computed deadline after its event was corrected; keeps done state, reminders and assignee. */
export async function redateDeadline(db: Db, id: number, computed: Computed, now: string): Promise<void> {
  await db
    .updateTable('deadlines')
    .set({ ...computedColumns(computed), updated_at: now })
    .where('id', '=', id)
    .execute();
}

/**
 * Records (or, with nulls, withdraws) an extension together with the deadline it gives. Only a deadline in the
 * opposite state is touched, so two requests at once cannot both extend it; false when nothing was changed.
 */
export async function setDeadlineExtension(
  db: Db,
  id: number,
  extension: { extendedAt: string | null; extendedUntil: string | null },
  computed: Computed,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('deadlines')
    .set({
      extended_at: extension.extendedAt,
      extended_until: extension.extendedUntil,
      ...computedColumns(computed),
      updated_at: now,
    })
    .where('id', '=', id)
    .where('extended_at', extension.extendedAt === null ? 'is not' : 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setDeadlineDone(db: Db, id: number, doneAt: string | null, now: string): Promise<void> {
  await db.updateTable('deadlines').set({ done_at: doneAt, updated_at: now }).where('id', '=', id).execute();
}

export async function getDeadline(db: Db, id: number): Promise<DeadlineView | undefined> {
  const row = await baseQuery(db).where('deadlines.id', '=', id).executeTakeFirst();
  return row ? toView(row) : undefined;
}

export async function listCaseDeadlines(db: Db, caseId: number): Promise<DeadlineView[]> {
  const rows = await baseQuery(db)
    .where('deadlines.case_id', '=', caseId)
    .orderBy('deadlines.due_on')
    .orderBy('deadlines.id')
    .execute();
  return rows.map(toView);
}

export async function listEventDeadlines(db: Db, eventId: number): Promise<DeadlineView[]> {
  const rows = await baseQuery(db).where('deadlines.event_id', '=', eventId).orderBy('deadlines.id').execute();
  return rows.map(toView);
}

/** Open deadlines on live cases due on or before `until` (overdue ones included), earliest first. */
export async function listOpenDeadlinesUntil(db: Db, until: string): Promise<DeadlineView[]> {
  const rows = await baseQuery(db)
    .where('deadlines.done_at', 'is', null)
    .where('deadlines.due_on', '<=', until)
    .where('cases.deleted_at', 'is', null)
    .orderBy('deadlines.due_on')
    .orderBy('deadlines.id')
    .execute();
  return rows.map(toView);
}
