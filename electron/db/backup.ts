import type BetterSqlite3 from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Online backup (consistent even in WAL mode) to `<dir>/lexdesk-v<version>-<timestamp>.sqlite3`. */
export async function backupDatabase(db: BetterSqlite3.Database, dir: string, label: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(dir, `lexdesk-${label}-${stamp}.sqlite3`);
  await db.backup(target);
  return target;
}
