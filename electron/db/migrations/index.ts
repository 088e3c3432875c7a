import type BetterSqlite3 from 'better-sqlite3';
import { m001Cases } from './001-cases.ts';
import { m002CaseRecords } from './002-case-records.ts';

export interface Migration {
  /** Becomes `PRAGMA user_version` once applied; numbered 1, 2, 3 … without gaps. */
  version: number;
  name: string;
  up(db: BetterSqlite3.Database): void;
}

// Forward-only. Never edit a released migration: add the next number.
export const migrations: Migration[] = [m001Cases, m002CaseRecords];
