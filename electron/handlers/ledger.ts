import type { CaseRecord } from '../../shared/cases/case-schema.ts';
import type { LedgerPreview } from '../../shared/contracts/ledger.ts';
import { AppError } from '../../shared/errors.ts';
import { getCase, listCases } from '../db/repositories/cases.ts';
import { buildLedgerXlsx } from '../export/ledger-xlsx.ts';
import { LedgerFileError } from '../import/ledger-file.ts';
import { commitLedger, LedgerImportError, previewLedger } from '../import/ledger-import.ts';
import type { HandlerContext } from './context.ts';
import { currentUser } from './current-user.ts';

const LEDGER_FILES = [{ name: '송무대장', extensions: ['xlsx', 'csv'] }];

/** File problems and row errors are the user's to fix: show their Korean message, not an internal error. */
async function asUserError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LedgerFileError || error instanceof LedgerImportError)
      throw new AppError('INVALID_INPUT', error.message);
    throw error;
  }
}

const CANCELLED: LedgerPreview = { path: null, source: '', total: 0, valid: 0, errors: [], warnings: [], sample: [] };

export const ledgerHandlers = {
  'ledger:preview': async (ctx: HandlerContext, input: { path?: string | undefined }): Promise<LedgerPreview> => {
    const path = input.path ?? (await ctx.desktop.pickFiles(LEDGER_FILES, false))[0];
    if (path === undefined) return CANCELLED;
    return asUserError(() => previewLedger(ctx.db, path));
  },

  'ledger:commit': async (ctx: HandlerContext, input: { path: string }): Promise<{ imported: number }> => {
    const user = await currentUser(ctx);
    const { imported } = await asUserError(() => commitLedger(ctx.db, input.path, user, ctx.now()));
    return { imported };
  },

  /** Live cases, oldest first as a ledger reads; 원심 in the 휴지통 still named. */
  'ledger:export': async (ctx: HandlerContext): Promise<{ path: string | null }> => {
    const summaries = (await listCases(ctx.db)).reverse();
    const records: CaseRecord[] = [];
    for (const s of summaries) {
      const record = await getCase(ctx.db, s.id);
      if (record) records.push(record);
    }
    const exported = new Set(records.map((r) => r.id));
    const parents = new Map<number, string>();
    for (const r of records) {
      if (r.parentCaseId === null || exported.has(r.parentCaseId)) continue;
      const parent = await getCase(ctx.db, r.parentCaseId);
      if (parent?.caseNumber) parents.set(parent.id, parent.caseNumber);
    }
    const bytes = await buildLedgerXlsx(records, parents);
    const path = await ctx.desktop.saveFile(`송무대장-${ctx.today()}.xlsx`, bytes, [
      { name: '엑셀 파일', extensions: ['xlsx'] },
    ]);
    return { path };
  },
};
