import type { DeadlineChange, DeadlineView, EventAdded, EventCorrected } from '../../shared/cases/case-views.ts';
import type { CustomDeadlineParsed, EventInputParsed, EventUpdateParsed } from '../../shared/cases/event-schema.ts';
import { deadlinesForEvent, isEventKind } from '../../shared/deadlines/rules.ts';
import { deemedServiceDate } from '../../shared/deadlines/compute.ts';
import type { HolidayCalendar } from '../../shared/deadlines/holidays.ts';
import { AppError } from '../../shared/errors.ts';
import {
  getDeadline,
  insertDeadline,
  listEventDeadlines,
  redateDeadline,
  setDeadlineDone,
} from '../db/repositories/deadlines.ts';
import { getEvent, insertEvent, updateEvent, type EventRow } from '../db/repositories/events.ts';
import { recordHistory } from '../db/repositories/history.ts';
import { requireCase } from './cases.ts';
import type { HandlerContext } from './context.ts';
import { currentUser } from './current-user.ts';
import { onDeadlineField } from './deadline-input-error.ts';
import { loadHolidayCalendar } from './holiday-calendar.ts';
import { assertDecidedDateStillLater, recomputeRuleDeadline } from './rule-redating.ts';

/** 전자송달: the effective date is the deemed-service date the engine computes (notice + 7 days). */
function eventRow(input: EventInputParsed | EventUpdateParsed): EventRow {
  return {
    kind: input.kind,
    occurredOn: input.electronicNotice ? deemedServiceDate(input.date) : input.date,
    noticeOn: input.electronicNotice ? input.date : null,
    serviceMethod: input.electronicNotice ? 'electronic' : input.serviceMethod,
    time: input.time,
    place: input.place,
    subtype: input.subtype,
    result: input.result,
    memo: input.memo,
  };
}

/** The deadlines an event starts, computed from the date the user typed (notice date for 전자송달). */
function computeFor(input: EventInputParsed | EventUpdateParsed, calendar: HolidayCalendar) {
  const kind = input.kind;
  if (!isEventKind(kind)) return [];
  return onDeadlineField('date', () =>
    deadlinesForEvent(kind, input.date, calendar, { electronicNotice: input.electronicNotice }),
  );
}

export const eventHandlers = {
  'events:add': async (ctx: HandlerContext, input: EventInputParsed): Promise<EventAdded> => {
    const record = await requireCase(ctx, input.caseId);
    if (record.deletedAt) throw new AppError('CONFLICT', '휴지통에 있는 사건에는 기록을 추가할 수 없습니다.');
    const computed = computeFor(input, await loadHolidayCalendar(ctx));
    const user = await currentUser(ctx);
    const now = ctx.now();
    const row = eventRow(input);
    const eventId = await ctx.db.transaction().execute(async (trx) => {
      const id = await insertEvent(trx, input.caseId, row, now);
      for (const { rule, result } of computed) {
        await insertDeadline(
          trx,
          {
            caseId: input.caseId,
            eventId: id,
            ruleId: rule.id,
            title: rule.name,
            dueOn: result.due,
            rawEnd: result.rawEnd,
            explanation: result.explanation,
            provisional: result.provisional,
            remindDays: 3,
            assignee: null,
          },
          now,
        );
      }
      await recordHistory(trx, {
        caseId: input.caseId,
        entity: 'event',
        entityId: id,
        action: 'create',
        changes: { kind: [null, row.kind], occurredOn: [null, row.occurredOn], noticeOn: [null, row.noticeOn] },
        changedBy: user,
        changedAt: now,
      });
      return id;
    });
    const event = await getEvent(ctx.db, eventId);
    if (!event) throw new Error(`event ${eventId} vanished`);
    return { event, deadlines: await listEventDeadlines(ctx.db, eventId) };
  },

  /** Correcting an event re-dates the deadlines it started and reports each change. */
  'events:update': async (ctx: HandlerContext, input: EventUpdateParsed): Promise<EventCorrected> => {
    const before = await getEvent(ctx.db, input.id);
    if (!before) throw new AppError('NOT_FOUND', '기록을 찾을 수 없습니다.');
    if (before.kind !== input.kind)
      throw new AppError('INVALID_INPUT', '기록 종류는 바꿀 수 없습니다. 기록을 새로 추가하세요.', {
        kind: '기록 종류는 바꿀 수 없습니다.',
      });
    const calendar = await loadHolidayCalendar(ctx);
    computeFor(input, calendar); // validates the date against the engine before anything is written
    const existing = await listEventDeadlines(ctx.db, input.id);
    const trigger = { date: input.date, electronicNotice: input.electronicNotice };
    for (const d of existing) if (d.ruleId) assertDecidedDateStillLater({ ...d, ruleId: d.ruleId }, trigger, calendar);
    const user = await currentUser(ctx);
    const now = ctx.now();
    const row = eventRow(input);
    const changes: DeadlineChange[] = [];
    await ctx.db.transaction().execute(async (trx) => {
      await updateEvent(trx, input.id, row, now);
      for (const deadline of existing) {
        if (!deadline.ruleId) continue;
        const { fields, change } = recomputeRuleDeadline({ ...deadline, ruleId: deadline.ruleId }, trigger, calendar);
        await redateDeadline(trx, deadline.id, fields, now);
        if (change) changes.push(change);
      }
      await recordHistory(trx, {
        caseId: before.caseId,
        entity: 'event',
        entityId: input.id,
        action: 'update',
        changes: {
          occurredOn: [before.occurredOn, row.occurredOn],
          noticeOn: [before.noticeOn, row.noticeOn],
          ...Object.fromEntries(changes.map((c) => [`기한:${c.title}`, [c.from, c.to]])),
        },
        changedBy: user,
        changedAt: now,
      });
    });
    const event = await getEvent(ctx.db, input.id);
    if (!event) throw new Error(`event ${input.id} vanished`);
    return { event, changes };
  },

  'deadlines:add': async (ctx: HandlerContext, input: CustomDeadlineParsed): Promise<DeadlineView> => {
    await requireCase(ctx, input.caseId);
    const user = await currentUser(ctx);
    const now = ctx.now();
    const id = await ctx.db.transaction().execute(async (trx) => {
      const newId = await insertDeadline(
        trx,
        { ...input, eventId: null, ruleId: null, rawEnd: null, explanation: null, provisional: false },
        now,
      );
      await recordHistory(trx, {
        caseId: input.caseId,
        entity: 'deadline',
        entityId: newId,
        action: 'create',
        changes: { title: [null, input.title], dueOn: [null, input.dueOn] },
        changedBy: user,
        changedAt: now,
      });
      return newId;
    });
    const created = await getDeadline(ctx.db, id);
    if (!created) throw new Error(`deadline ${id} vanished`);
    return created;
  },

  'deadlines:setDone': async (ctx: HandlerContext, input: { id: number; done: boolean }): Promise<DeadlineView> => {
    const deadline = await getDeadline(ctx.db, input.id);
    if (!deadline) throw new AppError('NOT_FOUND', '기한을 찾을 수 없습니다.');
    const user = await currentUser(ctx);
    const now = ctx.now();
    const doneAt = input.done ? now : null;
    await ctx.db.transaction().execute(async (trx) => {
      await setDeadlineDone(trx, input.id, doneAt, now);
      await recordHistory(trx, {
        caseId: deadline.caseId,
        entity: 'deadline',
        entityId: input.id,
        action: 'update',
        changes: { doneAt: [deadline.doneAt, doneAt] },
        changedBy: user,
        changedAt: now,
      });
    });
    const updated = await getDeadline(ctx.db, input.id);
    if (!updated) throw new Error(`deadline ${input.id} vanished`);
    return updated;
  },
};
