import type { z } from 'zod';
import type { DeadlineChange } from '../../shared/cases/case-views.ts';
import type { HolidayChangeResult, HolidayYear, holidaysContract } from '../../shared/contracts/holidays.ts';
import { DeadlineError } from '../../shared/deadlines/errors.ts';
import { AppError } from '../../shared/errors.ts';
import { redateDeadline } from '../db/repositories/deadlines.ts';
import { recordHistory } from '../db/repositories/history.ts';
import { addUserHoliday } from '../db/repositories/holidays.ts';
import { listOpenRuleDeadlines } from '../db/repositories/open-rule-deadlines.ts';
import type { HandlerContext } from './context.ts';
import { currentUser } from './current-user.ts';
import { loadHolidayCalendar } from './holiday-calendar.ts';
import { recomputeRuleDeadline } from './rule-redating.ts';

type UserHoliday = z.output<(typeof holidaysContract)['holidays:add']['input']>;

/**
 * After the holiday table changed: recompute every open rule-based deadline, re-date those that moved (with a
 * history line on their case) and report them. Runs in the caller's write, so the change and the re-dating
 * land together.
 */
async function redateOpenDeadlines(ctx: HandlerContext, reason: string): Promise<DeadlineChange[]> {
  const calendar = await loadHolidayCalendar(ctx);
  const user = await currentUser(ctx);
  const now = ctx.now();
  const changes: DeadlineChange[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    for (const d of await listOpenRuleDeadlines(trx)) {
      const { fields, change } = recomputeRuleDeadline(
        d,
        { date: d.triggerDate, electronicNotice: d.electronicNotice },
        calendar,
      );
      if (!change) continue;
      await redateDeadline(trx, d.id, fields, now);
      await recordHistory(trx, {
        caseId: d.caseId,
        entity: 'deadline',
        entityId: d.id,
        action: 'update',
        changes: { dueOn: [change.from, change.to], reason: [null, reason] },
        changedBy: user,
        changedAt: now,
      });
      changes.push(change);
    }
  });
  return changes;
}

export const holidayHandlers = {
  'holidays:year': async (ctx: HandlerContext, input: { year: number }): Promise<HolidayYear> => {
    const calendar = await loadHolidayCalendar(ctx);
    const status = calendar.yearStatus(input.year);
    const holidays = status === 'unavailable' ? [] : calendar.holidaysInYear(input.year);
    return { year: input.year, status, holidays: holidays.map((h) => ({ ...h })) };
  },

  'holidays:add': async (ctx: HandlerContext, input: UserHoliday): Promise<HolidayChangeResult> => {
    const calendar = await loadHolidayCalendar(ctx);
    try {
      if (calendar.holidaysOn(input.date).some((h) => h.name === input.name))
        throw new AppError('CONFLICT', `이미 등록된 공휴일입니다: ${input.date} ${input.name}`);
    } catch (error) {
      if (!(error instanceof DeadlineError)) throw error; // a year without data: the user entry is still welcome
    }
    await addUserHoliday(ctx.db, input.date, input.name);
    return { changes: await redateOpenDeadlines(ctx, `공휴일 추가: ${input.date} ${input.name}`) };
  },

  'holidays:remove': async (ctx: HandlerContext, input: UserHoliday): Promise<HolidayChangeResult> => {
    const removed = await ctx.db
      .deleteFrom('holidays')
      .where('date', '=', input.date)
      .where('name', '=', input.name)
      .where('source', '=', 'user')
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0)
      throw new AppError('NOT_FOUND', '사용자가 추가한 공휴일만 지울 수 있습니다. 공식 공휴일은 지울 수 없습니다.');
    return { changes: await redateOpenDeadlines(ctx, `공휴일 삭제: ${input.date} ${input.name}`) };
  },
};
