import type { DeadlineChange } from '../../shared/cases/case-views.ts';
import { computeRuleDeadline, findRule } from '../../shared/deadlines/rules.ts';
import type { HolidayCalendar } from '../../shared/deadlines/holidays.ts';
import type { DeadlineRow } from '../db/repositories/deadlines.ts';

export interface RuleRecomputation {
  /** The stored fields of the deadline as the rule now computes them. */
  fields: Pick<DeadlineRow, 'dueOn' | 'rawEnd' | 'explanation' | 'provisional'>;
  /** Set when the due date moved. */
  change: DeadlineChange | null;
}

/**
 * A rule-based deadline computed again, from its trigger (an event re-dated, or the holiday table changed).
 * One place decides what a recomputation writes and what counts as a change the user is told about.
 */
export function recomputeRuleDeadline(
  deadline: {
    id: number;
    ruleId: string;
    title: string;
    dueOn: string;
    extendedAt: string | null;
    extendedUntil: string | null;
  },
  trigger: { date: string; electronicNotice: boolean },
  calendar: HolidayCalendar,
): RuleRecomputation {
  const result = computeRuleDeadline(findRule(deadline.ruleId), trigger.date, calendar, {
    electronicNotice: trigger.electronicNotice,
    ...(deadline.extendedAt ? { extended: { orderedUntil: deadline.extendedUntil } } : {}),
  });
  return {
    fields: {
      dueOn: result.due,
      rawEnd: result.rawEnd,
      explanation: result.explanation,
      provisional: result.provisional,
    },
    change:
      result.due === deadline.dueOn
        ? null
        : { deadlineId: deadline.id, title: deadline.title, from: deadline.dueOn, to: result.due },
  };
}
