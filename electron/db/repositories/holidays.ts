import type { Kysely, Transaction } from 'kysely';
import type { HolidayEntry, HolidaySource, OfficialHolidayTable } from '../../../shared/deadlines/holidays.ts';
import type { Database } from '../schema.ts';
import { getSetting, setSetting } from './settings.ts';

type Db = Kysely<Database> | Transaction<Database>;
const VERSION_KEY = 'holidayDataVersion';

/**
 * Puts the bundled official table into the database when its version changed (a new app release),
 * replacing the previous official rows and leaving user-added 임시공휴일 alone. One transaction.
 */
export async function syncOfficialHolidays(db: Kysely<Database>, table: OfficialHolidayTable): Promise<boolean> {
  const version = `${table.source}@${table.version}`;
  if ((await getSetting(db, VERSION_KEY)) === version) return false;
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('holidays').where('source', '=', 'official').execute();
    // Chunks keep each INSERT under SQLite's bound-parameter limit.
    for (let i = 0; i < table.holidays.length; i += 200) {
      const chunk = table.holidays.slice(i, i + 200);
      await trx
        .insertInto('holidays')
        .values(chunk.map((h) => ({ date: h.date, name: h.name, source: 'official', data_version: version })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    await setSetting(trx, VERSION_KEY, version);
  });
  return true;
}

export async function listHolidayEntries(db: Db): Promise<HolidayEntry[]> {
  const rows = await db.selectFrom('holidays').select(['date', 'name', 'source']).orderBy('date').execute();
  return rows.map((r) => ({ date: r.date, name: r.name, source: r.source as HolidaySource }));
}

export async function addUserHoliday(db: Db, date: string, name: string): Promise<void> {
  await db
    .insertInto('holidays')
    .values({ date, name, source: 'user', data_version: null })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
