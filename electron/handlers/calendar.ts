import type { DeadlineView } from '../../shared/cases/case-views.ts';
import type {
  CalendarDay,
  CalendarDeadline,
  CalendarHearing,
  CalendarView,
  FileExportResult,
} from '../../shared/cases/calendar-views.ts';
import { HEARING_KINDS } from '../../shared/cases/event-kinds.ts';
import type { CalendarMonthParsed, CalendarRangeParsed, OptionalRangeParsed } from '../../shared/contracts/calendar.ts';
import {
  addDays,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  weekdayOf,
  yearOf,
} from '../../shared/deadlines/civil-date.ts';
import type { HolidayCalendar } from '../../shared/deadlines/holidays.ts';
import { AppError } from '../../shared/errors.ts';
import { listOpenDeadlinesUntil } from '../db/repositories/deadlines.ts';
import { listEventsBetween } from '../db/repositories/events.ts';
import { buildCalendarIcs, type HearingEntry } from '../export/calendar-ics.ts';
import type { HandlerContext } from './context.ts';
import { loadHolidayCalendar } from './holiday-calendar.ts';

/** Stands in for "no end" in the date-text comparisons of the repositories. */
const OPEN_END = '9999-12-31';

/** Open deadlines on live cases due in [from, to]; without `from`, overdue ones are included. */
export async function openDeadlinesIn(
  ctx: HandlerContext,
  from: string | null,
  to: string | null,
): Promise<DeadlineView[]> {
  const open = await listOpenDeadlinesUntil(ctx.db, to ?? OPEN_END);
  return from === null ? open : open.filter((d) => d.dueOn >= from);
}

function hearingsIn(ctx: HandlerContext, from: string, to: string): Promise<HearingEntry[]> {
  return listEventsBetween(ctx.db, from, to, HEARING_KINDS);
}

function toCalendarDeadline(d: DeadlineView, today: string): CalendarDeadline {
  return {
    id: d.id,
    caseId: d.caseId,
    caseNumber: d.caseNumber,
    caseTitle: d.caseTitle,
    title: d.title,
    dueOn: d.dueOn,
    overdue: d.dueOn < today,
    provisional: d.provisional,
    assignee: d.assignee,
    department: d.department,
  };
}

function toCalendarHearing(e: HearingEntry): CalendarHearing {
  return {
    id: e.id,
    caseId: e.caseId,
    caseNumber: e.caseNumber,
    caseTitle: e.caseTitle,
    kind: e.kind,
    kindName: e.kindName,
    date: e.occurredOn,
    time: e.time,
    place: e.place,
  };
}

/** 공휴일 names of a day; a year without any data is reported once instead of failing the whole view. */
function holidayNames(calendar: HolidayCalendar, date: string, missing: Set<number>): string[] {
  const year = yearOf(date);
  if (calendar.yearStatus(year) === 'unavailable') {
    missing.add(year);
    return [];
  }
  return [...new Set(calendar.holidaysOn(date).map((h) => h.name))];
}

async function buildView(
  ctx: HandlerContext,
  from: string,
  to: string,
  period: { from: string; to: string },
  today: string,
): Promise<CalendarView> {
  const [deadlines, hearings, holidays] = await Promise.all([
    openDeadlinesIn(ctx, from, to),
    hearingsIn(ctx, from, to),
    loadHolidayCalendar(ctx),
  ]);
  const missing = new Set<number>();
  const days: CalendarDay[] = [];
  for (let i = 0; i <= daysBetween(from, to); i++) {
    const date = addDays(from, i);
    days.push({
      date,
      weekday: weekdayOf(date),
      inPeriod: date >= period.from && date <= period.to,
      holidays: holidayNames(holidays, date, missing),
      deadlines: deadlines.filter((d) => d.dueOn === date).map((d) => toCalendarDeadline(d, today)),
      hearings: hearings.filter((e) => e.occurredOn === date).map(toCalendarHearing),
    });
  }
  return { from, to, today, days, yearsWithoutHolidays: [...missing].sort((a, b) => a - b) };
}

/** `lexdesk-기한-2026-03-02.ics` */
export function exportFileName(prefix: string, today: string, ext: string): string {
  return `${prefix}-${today}.${ext}`;
}

export const calendarHandlers = {
  'calendar:month': (ctx: HandlerContext, input: CalendarMonthParsed): Promise<CalendarView> => {
    const first = formatIsoDate({ y: input.year, m: input.month, d: 1 });
    const last = formatIsoDate({ y: input.year, m: input.month, d: daysInMonth(input.year, input.month) });
    // Whole weeks, Sunday first, as Korean wall calendars print them.
    const from = addDays(first, -weekdayOf(first));
    const to = addDays(last, 6 - weekdayOf(last));
    return buildView(ctx, from, to, { from: first, to: last }, input.today ?? ctx.today());
  },

  'calendar:range': (ctx: HandlerContext, input: CalendarRangeParsed): Promise<CalendarView> =>
    buildView(ctx, input.from, input.to, input, input.today ?? ctx.today()),

  /** Deadlines: all open ones in the period (overdue included without `from`); hearings: from today unless `from`. */
  'calendar:exportIcs': async (ctx: HandlerContext, input: OptionalRangeParsed): Promise<FileExportResult> => {
    const today = ctx.today();
    const from = input?.from ?? null;
    const to = input?.to ?? null;
    const deadlines = await openDeadlinesIn(ctx, from, to);
    const hearings = await hearingsIn(ctx, from ?? today, to ?? OPEN_END);
    const count = deadlines.length + hearings.length;
    if (count === 0) throw new AppError('NOT_FOUND', '내보낼 기한이나 기일이 없습니다.');
    const ics = buildCalendarIcs({ deadlines, hearings, generatedAt: ctx.now() });
    const path = await ctx.desktop.saveFile(exportFileName('lexdesk-기한', today, 'ics'), Buffer.from(ics, 'utf8'), [
      { name: '달력 파일 (iCalendar)', extensions: ['ics'] },
    ]);
    return { path, count };
  },
};
