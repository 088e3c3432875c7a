// The 의안 details stored with a draft (drafts.bill, JSON): read with the contract's schema so a missing or
// older field gets its default instead of breaking the draft.
import { billSchema } from '../contracts/ordinances.ts';
import type { BillInfo } from './ordinance-views.ts';

export function emptyBill(): BillInfo {
  return billSchema.parse({});
}

export function readBill(json: string): BillInfo {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return emptyBill();
  }
  const parsed = billSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyBill();
}

/**
 * What the drafter has not written yet among the parts the DOCX cannot do without; the export prints a
 * `(… 적으세요.)` line in their place.
 */
export function missingBillParts(bill: BillInfo): ('reason' | 'mainPoints')[] {
  const missing: ('reason' | 'mainPoints')[] = [];
  if (bill.reason.trim() === '') missing.push('reason');
  if (bill.mainPoints.every((p) => p.text.trim() === '')) missing.push('mainPoints');
  return missing;
}

/** `(안 제5조, 제7조)` for a 주요내용 line; article labels are taken as typed (`제5조` or `5`). */
export function articleReference(articles: string[]): string {
  const labels = articles
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .map((a) => (/^\d/.test(a) ? `제${a}${/조/.test(a) ? '' : '조'}` : a));
  return labels.length > 0 ? `(안 ${labels.join(', ')})` : '';
}
