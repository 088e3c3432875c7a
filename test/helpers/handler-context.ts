import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OpenDatabase } from '../../electron/db/open.ts';
import { schemaVersion } from '../../electron/db/migrate.ts';
import type { DesktopPort, HandlerContext } from '../../electron/handlers/context.ts';

/** A desktop whose dialogs answer from presets: saves go to `<db dir>/saved/`, picks return `picks`. */
export interface FakeDesktop extends DesktopPort {
  saved: string[];
  opened: string[];
  /** What the next pickFiles call returns (then cleared). */
  picks: string[];
  /** What the next pickFolder call returns (then cleared). */
  folder: string | null;
  /** Make the next saveFile behave as if the user pressed 취소. */
  cancelNextSave: boolean;
}

export function fakeDesktop(dir: string): FakeDesktop {
  const desktop: FakeDesktop = {
    saved: [],
    opened: [],
    picks: [],
    folder: null,
    cancelNextSave: false,
    async saveFile(name, data) {
      if (desktop.cancelNextSave) {
        desktop.cancelNextSave = false;
        return null;
      }
      const path = join(dir, 'saved', name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
      desktop.saved.push(path);
      return path;
    },
    async pickFiles() {
      const picks = desktop.picks;
      desktop.picks = [];
      return picks;
    },
    async pickFolder() {
      const folder = desktop.folder;
      desktop.folder = null;
      return folder;
    },
    async openPath(path) {
      desktop.opened.push(path);
    },
  };
  return desktop;
}

/** The context main.ts builds, over a test database, with a clock that ticks one second per call. */
export function testContext(
  database: OpenDatabase,
  start = Date.parse('2026-03-02T00:00:00Z'),
  desktop: FakeDesktop = fakeDesktop(dirname(database.path)),
): HandlerContext & { desktop: FakeDesktop } {
  let tick = 0;
  return {
    db: database.db,
    appVersion: '0.0.0-test',
    dataPath: database.path,
    schemaVersion: schemaVersion(database.sqlite),
    osUser: 'tester',
    desktop,
    now: () => new Date(start + 1000 * tick++).toISOString(),
    today: () => new Date(start).toISOString().slice(0, 10),
  };
}
