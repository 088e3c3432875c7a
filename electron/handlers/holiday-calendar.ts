import { OFFICIAL_HOLIDAY_TABLE } from '../../shared/deadlines/holiday-data.ts';
import { createHolidayCalendar, type HolidayCalendar } from '../../shared/deadlines/holidays.ts';
import { listHolidayEntries, syncOfficialHolidays } from '../db/repositories/holidays.ts';
import type { HandlerContext } from './context.ts';

/**
 * The holiday calendar as the database holds it now: the official rows (refreshed from the bundled table when a
 * new release brings a new version) plus user-added 임시공휴일.
 */
export async function loadHolidayCalendar(ctx: HandlerContext): Promise<HolidayCalendar> {
  await syncOfficialHolidays(ctx.db, OFFICIAL_HOLIDAY_TABLE);
  return createHolidayCalendar(await listHolidayEntries(ctx.db));
}
