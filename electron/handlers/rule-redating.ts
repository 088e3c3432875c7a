import type { DeadlineChange } from '../../shared/cases/case-views.ts';
import { AppError } from '../../shared/errors.ts';
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

/**
 * A deadline extended to the date a decision wrote keeps that date, but only while it is still later than the
 * deadline it extended. Correcting the event so that the original deadline falls on or after it would leave an
 * impossible state; the user is told to withdraw the extension first.
 */
export function assertDecidedDateStillLater(
  deadline: { ruleId: string; title: string; extendedUntil: string | null },
  trigger: { date: string; electronicNotice: boolean },
  calendar: HolidayCalendar,
): void {
  if (!deadline.extendedUntil) return;
  const original = computeRuleDeadline(findRule(deadline.ruleId), trigger.date, calendar, {
    electronicNotice: trigger.electronicNotice,
  });
  if (original.due >= deadline.extendedUntil)
    throw new AppError(
      'CONFLICT',
      `${deadline.title} 기한은 결정으로 ${deadline.extendedUntil}까지 연장되어 있는데, 고친 날짜로 계산한 본래 기한` +
        `(${original.due})이 그보다 늦거나 같습니다. 기한의 연장을 먼저 취소하세요.`,
    );
}
