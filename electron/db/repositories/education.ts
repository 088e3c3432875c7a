import type { Kysely, Transaction } from 'kysely';
import type { EducationInputParsed, EducationSession } from '../../../shared/contracts/education.ts';
import type { Database } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

// 교육 실적: the trainings the legal team ran, counted in the yearly report.

export async function listEducationSessions(db: Db): Promise<EducationSession[]> {
  return db
    .selectFrom('education_sessions')
    .select(['id', 'held_on as heldOn', 'course', 'attendees', 'memo'])
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function insertEducationSession(
  db: Db,
  input: EducationInputParsed,
  now: string,
): Promise<EducationSession> {
  const { id } = await db
    .insertInto('education_sessions')
    .values({
      held_on: input.heldOn,
      course: input.course,
      attendees: input.attendees,
      memo: input.memo,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, heldOn: input.heldOn, course: input.course, attendees: input.attendees, memo: input.memo };
}

/** Returns whether a row was removed. */
export async function deleteEducationSession(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('education_sessions').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
