import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/errors.ts';
import { migrations as allMigrations, type Migration } from './migrations/index.ts';

export function schemaVersion(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: Migration[] = allMigrations): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Refuses a database written by a newer LexDesk: its tables may mean things this version does not know. */
export function assertNotFromFuture(db: BetterSqlite3.Database, migrations: Migration[] = allMigrations): void {
  const current = schemaVersion(db);
  const latest = latestVersion(migrations);
  if (current > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `이 데이터 파일은 더 새로운 버전의 LexDesk에서 만들어졌습니다 (데이터 버전 ${current}, 이 프로그램은 ${latest}까지 지원). 프로그램을 최신 버전으로 업데이트하세요.`,
    );
  }
}

/**
 * Applies pending migrations, each in its own transaction together with its `user_version` bump,
 * so a failure leaves the database exactly at the previous version. Returns the versions applied.
 */
export function migrate(db: BetterSqlite3.Database, migrations: Migration[] = allMigrations): number[] {
  assertNotFromFuture(db, migrations);
  const pending = migrations.filter((m) => m.version > schemaVersion(db)).sort((a, b) => a.version - b.version);
  const applied: number[] = [];
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      // PRAGMA takes no bound parameters; the version is an integer from our own code.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}

export function hasPendingMigrations(db: BetterSqlite3.Database, migrations: Migration[] = allMigrations): boolean {
  return schemaVersion(db) < latestVersion(migrations);
}
