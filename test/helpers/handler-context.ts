import type { OpenDatabase } from '../../electron/db/open.ts';
import { schemaVersion } from '../../electron/db/migrate.ts';
import type { HandlerContext } from '../../electron/handlers/context.ts';

/** The context main.ts builds, over a test database, with a clock that ticks one second per call. */
export function testContext(database: OpenDatabase, start = Date.parse('2026-03-02T00:00:00Z')): HandlerContext {
  let tick = 0;
  return {
    db: database.db,
    appVersion: '0.0.0-test',
    dataPath: database.path,
    schemaVersion: schemaVersion(database.sqlite),
    osUser: 'tester',
    now: () => new Date(start + 1000 * tick++).toISOString(),
    today: () => new Date(start).toISOString().slice(0, 10),
  };
}
