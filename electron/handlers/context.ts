import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** What every handler may use. Built once in main.ts (or by a test harness) and passed to the dispatcher. */
export interface HandlerContext {
  db: Kysely<Database>;
  appVersion: string;
  dataPath: string;
  schemaVersion: number;
  /** The OS account, used in the history when no user name is set in 설정. */
  osUser: string;
  /** Injectable clock so tests can pin timestamps; returns an ISO UTC timestamp. */
  now(): string;
  /** Today's date in the office's time zone (the OS's), `YYYY-MM-DD`. */
  today(): string;
}
