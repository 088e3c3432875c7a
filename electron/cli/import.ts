// `lexdesk import --db <file.sqlite3> <송무대장.xlsx|csv>`: the app's 송무대장 import from a terminal.
// Creates and migrates the database when missing; all rows or none (see electron/import/ledger-import.ts).
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { formatLedgerIssue } from '../../shared/cases/ledger-rows.ts';
import { openDatabase } from '../db/open.ts';
import { getSetting } from '../db/repositories/settings.ts';
import { USER_NAME_SETTING } from '../handlers/current-user.ts';
import { LedgerFileError } from '../import/ledger-file.ts';
import { commitLedger, LedgerImportError } from '../import/ledger-import.ts';
import { CliError } from './cli-error.ts';
import type { CliCommand } from './command.ts';

const USAGE_HINT = '사용법: lexdesk import --db <데이터베이스.sqlite3> <송무대장.xlsx|csv>';

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'cli';
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  usage:
    'import --db <데이터베이스.sqlite3> <송무대장.xlsx|csv>  (송무대장을 가져옵니다: 오류가 하나라도 있으면 아무것도 가져오지 않음)',
  async run(args, out) {
    let parsed;
    try {
      parsed = parseArgs({ args, options: { db: { type: 'string' } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw new CliError(
        `인자를 해석할 수 없습니다: ${error instanceof Error ? error.message : String(error)}\n${USAGE_HINT}`,
      );
    }
    const dbPath = parsed.values.db;
    if (!dbPath) throw new CliError(`--db 로 데이터베이스 파일을 지정하세요.\n${USAGE_HINT}`);
    const [file, ...extra] = parsed.positionals;
    if (!file) throw new CliError(`가져올 송무대장 파일을 지정하세요.\n${USAGE_HINT}`);
    if (extra.length > 0) throw new CliError(`인자가 너무 많습니다: ${extra.join(' ')}\n${USAGE_HINT}`);

    // Before opening (and maybe creating) the database, so a typo in the file name leaves no empty database behind.
    if (!existsSync(file)) throw new CliError(`파일을 찾을 수 없습니다: ${file}`);
    const database = await openDatabase(dbPath);
    try {
      const user = (await getSetting(database.db, USER_NAME_SETTING)) ?? osUser();
      const { imported, warnings } = await commitLedger(database.db, file, user, new Date().toISOString());
      for (const w of warnings) process.stderr.write(`경고: ${formatLedgerIssue(w)}\n`);
      out.write(`${imported}건을 가져왔습니다.\n`);
      return 0;
    } catch (error) {
      if (error instanceof LedgerFileError) throw new CliError(error.message);
      if (!(error instanceof LedgerImportError)) throw error;
      process.stderr.write(`오류 ${error.issues.length}건이 있어 아무것도 가져오지 않았습니다.\n`);
      for (const issue of error.issues) process.stderr.write(`${formatLedgerIssue(issue)}\n`);
      return 1;
    } finally {
      await database.close();
    }
  },
};
