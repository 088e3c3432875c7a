import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { anyOf, trigramRange } from './fts-query.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Beyond this many trigrams an OR query costs more than scanning: such a term is very common (a single
 * frequent syllable), and the LIKE scan newest-first finds a page of hits within the first rows it reads.
 */
export const MAX_TRIGRAMS = 200;

export type ShortTermQuery =
  /** An FTS5 expression equivalent to "contains the term". */
  | { kind: 'match'; expression: string }
  /** No document contains the term. */
  | { kind: 'none' }
  /** Too common for the index: check it with LIKE. */
  | { kind: 'like' };

export async function shortTermQuery(db: Db, term: string): Promise<ShortTermQuery> {
  const [from, to] = trigramRange(term);
  const { rows } = await sql<{ term: string }>`
    SELECT term FROM case_search_vocab WHERE term >= ${from} AND term <= ${to}
    LIMIT ${MAX_TRIGRAMS + 1}`.execute(db);
  if (rows.length === 0) return { kind: 'none' };
  if (rows.length > MAX_TRIGRAMS) return { kind: 'like' };
  return { kind: 'match', expression: anyOf(rows.map((r) => r.term)) };
}
