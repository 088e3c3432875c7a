import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';

const TOUCH_BATCH = 500;

/**
 * Runs a bulk insert with the search triggers for inserts paused, then builds each new case's search document
 * once by touching the case (its UPDATE trigger rebuilds the document from all its rows). Must run inside the
 * caller's transaction, so a failure leaves neither rows nor the pause behind.
 */
export async function withDeferredSearchIndexing(
  trx: Transaction<Database>,
  insert: () => Promise<number[]>,
): Promise<void> {
  await sql`INSERT INTO search_deferred (id) VALUES (1)`.execute(trx);
  const caseIds = await insert();
  await sql`DELETE FROM search_deferred`.execute(trx);
  for (let i = 0; i < caseIds.length; i += TOUCH_BATCH) {
    const batch = caseIds.slice(i, i + TOUCH_BATCH);
    await sql`UPDATE cases SET title = title WHERE id IN (${sql.join(batch)})`.execute(trx);
  }
}
