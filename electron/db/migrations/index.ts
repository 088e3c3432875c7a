import type BetterSqlite3 from 'better-sqlite3';
import { m001Cases } from './001-cases.ts';
import { m002CaseRecords } from './002-case-records.ts';
import { m003Search } from './003-search.ts';
import { m004Ordinances } from './004-ordinances.ts';
import { m005Education } from './005-education.ts';
import { m006Direction } from './006-direction.ts';
import { m007DeadlineExtension } from './007-deadline-extension.ts';

export interface Migration {
  /** Becomes `PRAGMA user_version` once applied; numbered 1, 2, 3 … without gaps. */
  version: number;
  name: string;
  up(db: BetterSqlite3.Database): void;
}

// Forward-only. Never edit a released migration: add the next number.
export const migrations: Migration[] = [
  m001Cases,
  m002CaseRecords,
  m003Search,
  m004Ordinances,
  m005Education,
  m006Direction,
  m007DeadlineExtension,
];
