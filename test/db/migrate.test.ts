import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/open.ts';
import { latestVersion, migrate, schemaVersion } from '../../electron/db/migrate.ts';
import { migrations, type Migration } from '../../electron/db/migrations/index.ts';
import { AppError } from '../../shared/errors.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

let temp: ReturnType<typeof makeTempDir>;
let file: string;
beforeEach(() => {
  temp = makeTempDir();
  file = join(temp.dir, 'lexdesk.sqlite3');
});
afterEach(() => temp.cleanup());

function tables(db: BetterSqlite3.Database): string[] {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  return rows.map((r) => r.name);
}

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('migrate an empty file to the latest version with the pragmas a record store needs', async () => {
    const database = await openDatabase(file);
    expect(schemaVersion(database.sqlite)).toBe(latestVersion());
    expect(tables(database.sqlite)).toContain('cases');
    expect(database.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(database.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(database.sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(database.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    await database.close();
    // A fresh database has nothing worth backing up.
    expect(existsSync(join(temp.dir, 'backups'))).toBe(false);
  });

  it('re-running is a no-op and keeps the data', async () => {
    const first = await openDatabase(file);
    first.sqlite
      .prepare(
        "INSERT INTO cases (kind, case_number, title, created_at, updated_at) VALUES ('civil_suit', '2024가단1', '손해배상', 'x', 'x')",
      )
      .run();
    await first.close();
    const second = await openDatabase(file);
    expect(migrate(second.sqlite)).toEqual([]);
    expect(second.sqlite.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
    await second.close();
  });

  it('a failure mid-migration leaves the previous version and its data intact', async () => {
    const first = await openDatabase(file);
    first.sqlite
      .prepare(
        "INSERT INTO cases (kind, case_number, title, created_at, updated_at) VALUES ('civil_suit', '2024가단1', '손해배상', 'x', 'x')",
      )
      .run();
    await first.close();

    const broken: Migration = {
      version: latestVersion() + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY); ALTER TABLE cases ADD COLUMN half_done_column TEXT;');
        throw new Error('disk full');
      },
    };
    await expect(openDatabase(file, { migrations: [...migrations, broken] })).rejects.toThrow('disk full');

    const raw = new BetterSqlite3(file);
    expect(schemaVersion(raw)).toBe(latestVersion());
    expect(tables(raw)).not.toContain('half_done');
    const columns = (raw.prepare('PRAGMA table_info(cases)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('half_done_column');
    expect(raw.prepare('SELECT title FROM cases').all()).toEqual([{ title: '손해배상' }]);
    raw.close();
  });

  it('backs up an existing database before migrating it', async () => {
    await (await openDatabase(file)).close();
    const next: Migration = {
      version: latestVersion() + 1,
      name: 'next',
      up: (db) => db.exec('CREATE TABLE later (id INTEGER PRIMARY KEY)'),
    };
    const database = await openDatabase(file, { migrations: [...migrations, next] });
    await database.close();
    const backups = readdirSync(join(temp.dir, 'backups'));
    expect(backups).toHaveLength(1);
    const backup = new BetterSqlite3(join(temp.dir, 'backups', backups[0] ?? ''), { readonly: true });
    expect(schemaVersion(backup)).toBe(latestVersion());
    expect(tables(backup)).not.toContain('later');
    backup.close();
  });

  it('refuses a database written by a newer LexDesk, in Korean, without touching it', async () => {
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${latestVersion() + 5}`);
    raw.close();
    const attempt = openDatabase(file);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(openDatabase(file)).rejects.toThrow(/더 새로운 버전의 LexDesk/);
    const after = new BetterSqlite3(file);
    expect(schemaVersion(after)).toBe(latestVersion() + 5);
    expect(tables(after)).toEqual([]);
    after.close();
  });
});
