import { z } from 'zod';
import type { LedgerIssue, ParsedLedgerRow } from '../cases/ledger-rows.ts';
import { channel, noInput } from './channel.ts';

// 송무대장 import (preview → commit) and export (issue 6).

export interface LedgerPreview {
  /** The file checked; null when the user closed the file dialog. */
  path: string | null;
  /** Sheet name, or the CSV encoding that was detected. */
  source: string;
  /** Non-blank data rows. */
  total: number;
  /** Rows without errors; the commit imports all of them or nothing, so only when `errors` is empty. */
  valid: number;
  errors: LedgerIssue[];
  warnings: LedgerIssue[];
  /** The first 20 valid rows as they will be stored. */
  sample: ParsedLedgerRow[];
}

const path = z.string({ error: '가져올 파일을 선택하세요.' }).trim().min(1, '가져올 파일을 선택하세요.');

export const ledgerContract = {
  'ledger:preview': channel<LedgerPreview>()(z.object({ path: path.optional() }).strict()),
  'ledger:commit': channel<{ imported: number }>()(z.object({ path }).strict()),
  'ledger:export': channel<{ path: string | null }>()(noInput),
} as const;
