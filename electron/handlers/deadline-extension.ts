import type { DeadlineView } from '../../shared/cases/case-views.ts';
import type { DeadlineExtendParsed } from '../../shared/cases/event-schema.ts';
import { checkOrderedExtension } from '../../shared/deadlines/extension.ts';
import { formatPeriodKo, parsePeriod } from '../../shared/deadlines/period.ts';
import { ruleExtension } from '../../shared/deadlines/rules.ts';
import { AppError } from '../../shared/errors.ts';
import { getDeadline, setDeadlineExtension } from '../db/repositories/deadlines.ts';
import { getEvent } from '../db/repositories/events.ts';
import { recordHistory } from '../db/repositories/history.ts';
import { requireCase } from './cases.ts';
import type { HandlerContext } from './context.ts';
import { currentUser } from './current-user.ts';
import { onDeadlineField } from './deadline-input-error.ts';
import { loadHolidayCalendar } from './holiday-calendar.ts';
import { recomputeRuleDeadline } from './rule-redating.ts';

/** The deadline, its rule's extension and the event it runs from; or a Korean reason why it cannot be extended. */
async function extendable(ctx: HandlerContext, id: number) {
  const deadline = await getDeadline(ctx.db, id);
  if (!deadline) throw new AppError('NOT_FOUND', '기한을 찾을 수 없습니다.');
  const extension = ruleExtension(deadline.ruleId);
  if (!extension || deadline.eventId === null)
    throw new AppError('CONFLICT', `${deadline.title} 기한은 법령상 연장할 수 있는 기간이 아닙니다.`);
  if ((await requireCase(ctx, deadline.caseId)).deletedAt)
    throw new AppError('CONFLICT', '휴지통에 있는 사건의 기한은 복원한 뒤에 고칠 수 있습니다.');
  const event = await getEvent(ctx.db, deadline.eventId);
  if (!event) throw new AppError('NOT_FOUND', '기한을 만든 기록을 찾을 수 없습니다.');
  return { deadline, extension, event };
}

export const deadlineExtensionHandlers = {
  /**
   * 기간 연장, once: the due date is recomputed from the event with the rule's extension, or set to the date the
   * decision wrote. `extended: false` withdraws a mistaken entry. Both land in the case's history.
   */
  'deadlines:extend': async (ctx: HandlerContext, input: DeadlineExtendParsed): Promise<DeadlineView> => {
    const { deadline, extension, event } = await extendable(ctx, input.id);
    const conflict = input.extended
      ? '이미 연장한 기한입니다. 연장은 한 번만 기록할 수 있습니다. 날짜를 고치려면 연장을 취소한 뒤 다시 입력하세요.'
      : '연장하지 않은 기한입니다.';
    if (input.extended === (deadline.extendedAt !== null)) throw new AppError('CONFLICT', conflict);

    const calendar = await loadHolidayCalendar(ctx);
    const now = ctx.now();
    const marks = input.extended
      ? { extendedAt: now, extendedUntil: input.orderedUntil }
      : { extendedAt: null, extendedUntil: null };
    const recomputed = onDeadlineField('orderedUntil', () => {
      // Not extended yet, so the stored date is the original deadline the decision's date must lie after.
      if (input.extended && input.orderedUntil) checkOrderedExtension(input.orderedUntil, deadline.dueOn);
      return recomputeRuleDeadline(
        { ...deadline, ruleId: deadline.ruleId ?? '', ...marks },
        { date: event.noticeOn ?? event.occurredOn, electronicNotice: event.noticeOn !== null },
        calendar,
      );
    });
    const describe = (orderedUntil: string | null) =>
      orderedUntil
        ? `${orderedUntil}까지 (${extension.document})`
        : `${formatPeriodKo(parsePeriod(extension.period))} (${extension.statute})`;
    const user = await currentUser(ctx);
    await ctx.db.transaction().execute(async (trx) => {
      // Checked again inside the write: another window may have recorded it since it was read.
      if (!(await setDeadlineExtension(trx, deadline.id, marks, recomputed.fields, now)))
        throw new AppError('CONFLICT', conflict);
      await recordHistory(trx, {
        caseId: deadline.caseId,
        entity: 'deadline',
        entityId: deadline.id,
        action: 'update',
        changes: {
          dueOn: [deadline.dueOn, recomputed.fields.dueOn],
          extension: input.extended ? [null, describe(input.orderedUntil)] : [describe(deadline.extendedUntil), '취소'],
        },
        changedBy: user,
        changedAt: now,
      });
    });
    const updated = await getDeadline(ctx.db, deadline.id);
    if (!updated) throw new Error(`deadline ${deadline.id} vanished`);
    return updated;
  },
};
