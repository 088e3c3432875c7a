import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface FileFilter {
  /** Korean label, e.g. `엑셀 파일`. */
  name: string;
  extensions: string[];
}

/**
 * What the OS gives the app: dialogs and the default viewer. main.ts implements these with Electron's dialog and
 * shell; tests and the e2e harness implement them with temp folders and preset answers.
 */
export interface DesktopPort {
  /** Asks where to save, writes the bytes there, returns the path; null when the user cancelled. */
  saveFile(suggestedName: string, data: Uint8Array, filters: FileFilter[]): Promise<string | null>;
  /** Asks for files to open; an empty list when the user cancelled. */
  pickFiles(filters: FileFilter[], multiple: boolean): Promise<string[]>;
  /** Asks for one folder; null when the user cancelled. */
  pickFolder(): Promise<string | null>;
  /** Opens a file with the OS's default program (PDF viewer, 한글, Word …). */
  openPath(path: string): Promise<void>;
}

/** What every handler may use. Built once in main.ts (or by a test harness) and passed to the dispatcher. */
export interface HandlerContext {
  db: Kysely<Database>;
  appVersion: string;
  /** The SQLite file; attachments and backups live beside it. */
  dataPath: string;
  schemaVersion: number;
  /** The OS account, used in the history when no user name is set in 설정. */
  osUser: string;
  desktop: DesktopPort;
  /** Injectable clock so tests can pin timestamps; returns an ISO UTC timestamp. */
  now(): string;
  /** Today's date in the office's time zone (the OS's), `YYYY-MM-DD`. */
  today(): string;
}
