import { z } from 'zod';
import { isoDate, optionalIsoDate } from '../cases/case-fields.ts';
import type { CalendarView, FileExportResult } from '../cases/calendar-views.ts';
import { daysBetween, isIsoDate } from '../deadlines/civil-date.ts';
import { channel } from './channel.ts';

/** An optional `{ from, to }` period; either end may be open. */
export const optionalRangeSchema = z
  .object({ from: optionalIsoDate('시작일'), to: optionalIsoDate('종료일') })
  .refine((r) => r.from === null || r.to === null || !isIsoDate(r.from) || !isIsoDate(r.to) || r.from <= r.to, {
    message: '종료일은 시작일과 같거나 그 뒤여야 합니다.',
    path: ['to'],
  })
  .optional();

export type OptionalRangeParsed = z.output<typeof optionalRangeSchema>;

/** The longest period one calendar request may cover: a month grid is at most 42 days. */
export const MAX_CALENDAR_DAYS = 62;

export const calendarMonthSchema = z.object({
  year: z
    .number({ error: '연도를 입력하세요.' })
    .int('연도는 정수로 입력하세요.')
    .min(1990, '1990년부터 2100년까지 볼 수 있습니다.')
    .max(2100, '1990년부터 2100년까지 볼 수 있습니다.'),
  month: z
    .number({ error: '월을 입력하세요.' })
    .int('월은 1부터 12까지의 정수로 입력하세요.')
    .min(1, '월은 1부터 12까지의 정수로 입력하세요.')
    .max(12, '월은 1부터 12까지의 정수로 입력하세요.'),
  /** Reference day for `overdue`; defaults to today. */
  today: optionalIsoDate('기준일'),
});

const bothDates = (r: { from: string; to: string }) => isIsoDate(r.from) && isIsoDate(r.to);

export const calendarRangeSchema = z
  .object({
    from: isoDate('시작일'),
    to: isoDate('종료일'),
    today: optionalIsoDate('기준일'),
  })
  // Object checks may run even when a field failed, so each guards its own inputs.
  .refine((r) => !bothDates(r) || r.from <= r.to, {
    message: '종료일은 시작일과 같거나 그 뒤여야 합니다.',
    path: ['to'],
  })
  .refine((r) => !bothDates(r) || r.from > r.to || daysBetween(r.from, r.to) < MAX_CALENDAR_DAYS, {
    message: `달력은 한 번에 ${MAX_CALENDAR_DAYS}일까지 볼 수 있습니다.`,
    path: ['to'],
  });

export type CalendarMonthParsed = z.output<typeof calendarMonthSchema>;
export type CalendarRangeParsed = z.output<typeof calendarRangeSchema>;

export const calendarContract = {
  /** A month grid: whole weeks, Sunday to Saturday, with the neighbouring months' days marked. */
  'calendar:month': channel<CalendarView>()(calendarMonthSchema),
  /** Any period up to 62 days, e.g. a week view. */
  'calendar:range': channel<CalendarView>()(calendarRangeSchema),
  /** Open deadlines and hearings as an .ics file for Outlook and phone calendars. */
  'calendar:exportIcs': channel<FileExportResult>()(optionalRangeSchema),
} as const;
