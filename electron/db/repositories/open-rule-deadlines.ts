import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface RuleDeadlineWithTrigger {
  id: number;
  caseId: number;
  ruleId: string;
  title: string;
  dueOn: string;
  /** The date the user recorded: the 전자송달 notice date when there is one, else the event date. */
  triggerDate: string;
  electronicNotice: boolean;
  extendedAt: string | null;
  extendedUntil: string | null;
}

/** Open deadlines computed from a rule, with the event that started them: what a holiday change may move. */
export async function listOpenRuleDeadlines(db: Db): Promise<RuleDeadlineWithTrigger[]> {
  const rows = await db
    .selectFrom('deadlines')
    .innerJoin('events', 'events.id', 'deadlines.event_id')
    .select([
      'deadlines.id',
      'deadlines.case_id',
      'deadlines.rule_id',
      'deadlines.title',
      'deadlines.due_on',
      'events.occurred_on',
      'events.notice_on',
      'deadlines.extended_at',
      'deadlines.extended_until',
    ])
    .where('deadlines.done_at', 'is', null)
    .where('deadlines.rule_id', 'is not', null)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    ruleId: r.rule_id ?? '',
    title: r.title,
    dueOn: r.due_on,
    triggerDate: r.notice_on ?? r.occurred_on,
    electronicNotice: r.notice_on !== null,
    extendedAt: r.extended_at,
    extendedUntil: r.extended_until,
  }));
}
