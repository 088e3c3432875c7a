import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { backupDatabase } from './backup.ts';
import { assertNotFromFuture, hasPendingMigrations, migrate, schemaVersion } from './migrate.ts';
import { migrations as allMigrations, type Migration } from './migrations/index.ts';
import type { Database } from './schema.ts';

export interface OpenDatabase {
  /** Query builder for repositories; the same repositories will later run on PostgreSQL. */
  db: Kysely<Database>;
  /** The raw connection, for pragmas, migrations and backups (SQLite-only code). */
  sqlite: BetterSqlite3.Database;
  path: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Where pre-migration backups go; default `<dir of file>/backups`. */
  backupDir?: string;
  migrations?: Migration[];
  /** The better-sqlite3 addon built for this runtime (Electron's differs from Node's; see scripts/electron-native.mjs). */
  nativeBinding?: string;
}

// A legal record store: durability over speed (synchronous=FULL), WAL so readers never block the writer.
function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

export async function openDatabase(path: string, options: OpenOptions = {}): Promise<OpenDatabase> {
  const migrations = options.migrations ?? allMigrations;
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    applyPragmas(sqlite);
    assertNotFromFuture(sqlite, migrations);
    if (schemaVersion(sqlite) > 0 && hasPendingMigrations(sqlite, migrations)) {
      await backupDatabase(sqlite, options.backupDir ?? join(dirname(path), 'backups'), `v${schemaVersion(sqlite)}`);
    }
    migrate(sqlite, migrations);
    // Gives the planner fresh statistics (cheap; SQLite's advice for long-lived connections): without them it
    // may pick a poor index for the dashboard on a large database.
    sqlite.pragma('optimize = 0x10002');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    path,
    // Kysely's destroy() closes the better-sqlite3 connection too.
    close: () => db.destroy(),
  };
}
