import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestVersion, migrate, schemaVersion } from '../../electron/db/migrate.ts';
import { migrations } from '../../electron/db/migrations/index.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

let temp: ReturnType<typeof makeTempDir>;
let db: BetterSqlite3.Database;
beforeEach(() => {
  temp = makeTempDir();
  db = new BetterSqlite3(join(temp.dir, 'v1.sqlite3'));
  db.pragma('foreign_keys = ON');
});
afterEach(() => {
  db.close();
  temp.cleanup();
});

describe('migration 002 (case records)', () => {
  it('upgrades a v1 database with cases in it, keeping every row', () => {
    migrate(
      db,
      migrations.filter((m) => m.version === 1),
    );
    db.prepare(
      "INSERT INTO cases (kind, case_number, title, court, department, created_at, updated_at) VALUES ('administrative_suit', '2024구합1', '취소', '서울행정법원', '건축과', 't', 't')",
    ).run();
    migrate(db);
    expect(schemaVersion(db)).toBe(latestVersion());
    expect(db.prepare('SELECT case_number, title, instance, deleted_at FROM cases').all()).toEqual([
      { case_number: '2024구합1', title: '취소', instance: null, deleted_at: null },
    ]);
  });

  it('guards money and links with constraints', () => {
    migrate(db);
    const insert = db.prepare(
      "INSERT INTO cases (kind, title, claim_amount, parent_case_id, created_at, updated_at) VALUES ('civil_suit', 't', ?, ?, 't', 't')",
    );
    expect(() => insert.run(-1, null)).toThrow(/CHECK/);
    expect(() => insert.run(1.5, null)).toThrow(/cannot store REAL value in INTEGER column|datatype mismatch/);
    expect(() => insert.run(1000, 999)).toThrow(/FOREIGN KEY/);
    const first = insert.run(30_000_000, null);
    expect(() => insert.run(0, first.lastInsertRowid)).not.toThrow();
  });
});

describe('migration 006 (지휘)', () => {
  it('adds the empty 지휘 column to a v5 database without touching its cases', () => {
    migrate(
      db,
      migrations.filter((m) => m.version <= 5),
    );
    db.prepare(
      "INSERT INTO cases (kind, case_number, title, division, created_at, updated_at) VALUES ('administrative_suit', '2024구합1', '취소', '제1행정부', 't', 't')",
    ).run();
    migrate(db);
    expect(schemaVersion(db)).toBe(latestVersion());
    expect(db.prepare('SELECT case_number, division, direction FROM cases').all()).toEqual([
      { case_number: '2024구합1', division: '제1행정부', direction: null },
    ]);
  });
});
