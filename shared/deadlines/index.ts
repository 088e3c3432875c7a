// The deadline engine: pure functions, ISO `YYYY-MM-DD` strings in and out, holidays passed in as data.
//
//   const calendar = defaultHolidayCalendar();            // bundled official table (+ user entries)
//   computeDeadline('2024-09-13', '2w', calendar);        // → { due: '2024-09-27', … }
//   deadlinesForEvent('judgment-served-first-instance', '2024-09-13', calendar);

import { OFFICIAL_HOLIDAY_TABLE } from './holiday-data.ts';
import { createHolidayCalendar, officialEntries, type HolidayCalendar, type HolidayEntry } from './holidays.ts';

export * from './civil-date.ts';
export * from './compute.ts';
export * from './errors.ts';
export * from './extension.ts';
export * from './holidays.ts';
export * from './period.ts';
export * from './provisional-holidays.ts';
export * from './rules.ts';
export { explainDeadline } from './explain.ts';
export { OFFICIAL_HOLIDAY_TABLE } from './holiday-data.ts';

/** The bundled official holidays plus any extra entries (e.g. user-added 임시공휴일 from the database). */
export function defaultHolidayCalendar(extra: readonly HolidayEntry[] = []): HolidayCalendar {
  return createHolidayCalendar([...officialEntries(OFFICIAL_HOLIDAY_TABLE), ...extra]);
}
