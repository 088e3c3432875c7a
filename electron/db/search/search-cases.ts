import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { CaseKind } from '../../../shared/cases/case-kinds.ts';
import { compactCaseNumber } from '../../../shared/cases/case-number.ts';
import type { SearchHit, SearchResult } from '../../../shared/cases/search-views.ts';
import type { Database } from '../schema.ts';
import { allOf, isShortTerm, likePattern, splitTerms } from './fts-query.ts';
import { shortTermQuery } from './short-terms.ts';
import { SEARCH_COLUMN_ORDER, type SearchDocument } from './search-fields.ts';
import { buildSnippet, matchedFields } from './snippet.ts';

// SQLite-only: FTS5 over `case_search_fts` (migration 003). Terms of 3+ characters are quoted strings; terms
// of 1–2 characters become an OR of the trigrams they begin (short-terms.ts). Only a very common short term
// (a frequent single syllable) is checked with LIKE over the `case_search` documents instead, which finds a
// page of hits among the newest rows at once. Cases in the 휴지통 have no document, so nothing returns them.
//
// Ranking: an exact 사건번호 first; then bm25 (column weights in migration 003) when a 3+ character term is
// present; for short terms alone, newest first — bm25 over an OR of trigrams ranks nothing meaningful, and
// rowid order lets FTS5 stop after one page.

type Db = Kysely<Database> | Transaction<Database>;

/** Counting stops here: "1,000건 이상" is all a user needs, and counting every hit of a common term is slow. */
export const TOTAL_CAP = 1000;

/** The document contains the LIKE pattern in any column. */
function containsPattern(pattern: string): RawBuilder<unknown> {
  return sql`(${sql.join(
    SEARCH_COLUMN_ORDER.map((col) => sql`${sql.ref(`case_search.${col}`)} LIKE ${pattern} ESCAPE '\\'`),
    sql` OR `,
  )})`;
}

function allPatterns(patterns: string[]): RawBuilder<unknown> {
  return patterns.length === 0 ? sql`1` : sql.join(patterns.map(containsPattern), sql` AND `);
}

interface Plan {
  /** FTS5 expression every hit matches, or null when only LIKE terms remain. */
  match: string | null;
  /** LIKE patterns every hit contains somewhere. */
  likes: string[];
  order: 'rank' | 'newest';
}

/** The hits' source rows: the FTS index, joined to the documents only when LIKE terms need them. */
function hitsFrom(plan: Plan): RawBuilder<unknown> {
  if (plan.match === null) return sql`SELECT case_id AS id FROM case_search WHERE ${allPatterns(plan.likes)}`;
  if (plan.likes.length === 0)
    return sql`SELECT rowid AS id FROM case_search_fts WHERE case_search_fts MATCH ${plan.match}`;
  return sql`SELECT case_search_fts.rowid AS id FROM case_search_fts
    JOIN case_search ON case_search.case_id = case_search_fts.rowid
    WHERE case_search_fts MATCH ${plan.match} AND ${allPatterns(plan.likes)}`;
}

async function rankedIds(db: Db, plan: Plan, limit: number): Promise<number[]> {
  const order =
    plan.match !== null && plan.order === 'rank'
      ? sql`ORDER BY case_search_fts.rank`
      : sql`ORDER BY ${sql.raw(plan.match === null ? 'case_id' : 'case_search_fts.rowid')} DESC`;
  const { rows } = await sql<{ id: number }>`${hitsFrom(plan)} ${order} LIMIT ${limit}`.execute(db);
  return rows.map((r) => r.id);
}

async function countMatches(db: Db, plan: Plan): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*) AS n FROM (${hitsFrom(plan)} LIMIT ${TOTAL_CAP + 1})`.execute(db);
  return rows[0]?.n ?? 0;
}

/** Null when some short term occurs nowhere, so nothing can match. */
async function planFor(db: Db, terms: string[]): Promise<Plan | null> {
  const long = terms.filter((t) => !isShortTerm(t));
  const parts = long.length > 0 ? [allOf(long)] : [];
  const likes: string[] = [];
  for (const term of terms.filter(isShortTerm)) {
    const query = await shortTermQuery(db, term);
    if (query.kind === 'none') return null;
    if (query.kind === 'like') likes.push(likePattern(term));
    else parts.push(query.expression);
  }
  return { match: parts.length > 0 ? parts.join(' AND ') : null, likes, order: long.length > 0 ? 'rank' : 'newest' };
}

/** Live cases whose 사건번호 is exactly the text typed (spaces ignored): they rank above everything. */
async function exactNumberIds(db: Db, text: string): Promise<number[]> {
  const compact = compactCaseNumber(text);
  if (compact.length === 0 || compact.length > 40) return [];
  const rows = await db
    .selectFrom('cases')
    .select('id')
    .where('case_number', '=', compact)
    .where('deleted_at', 'is', null)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => r.id);
}

async function loadHits(db: Db, ids: number[], terms: string[]): Promise<SearchHit[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('cases')
    .innerJoin('case_search', 'case_search.case_id', 'cases.id')
    .select(['cases.id', 'cases.kind', 'cases.case_number', 'cases.title', 'cases.court', 'cases.department'])
    .select(SEARCH_COLUMN_ORDER.map((col) => `case_search.${col} as doc_${col}` as const))
    .where('cases.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const doc = Object.fromEntries(
      SEARCH_COLUMN_ORDER.map((col) => [col, r[`doc_${col}`].trimEnd()]),
    ) as SearchDocument;
    return [
      {
        id: r.id,
        kind: r.kind as CaseKind,
        caseNumber: r.case_number,
        title: r.title,
        court: r.court,
        department: r.department,
        deletedAt: null,
        snippet: buildSnippet(doc, terms),
        matchedIn: matchedFields(doc, terms),
      },
    ];
  });
}

/** Searches every live case for all the terms in `text` (whitespace-separated, ANDed). */
export async function searchCases(db: Db, text: string, limit: number): Promise<SearchResult> {
  const terms = splitTerms(text);
  const plan = terms.length > 0 ? await planFor(db, terms) : null;
  if (plan === null) return { rows: [], total: 0, totalCapped: false };
  const exact = await exactNumberIds(db, text);
  const ranked = await rankedIds(db, plan, limit);
  const counted = await countMatches(db, plan);
  const ids = [...new Set([...exact, ...ranked])].slice(0, limit);
  const total = Math.min(Math.max(counted, ids.length), TOTAL_CAP);
  return { rows: await loadHits(db, ids, terms), total, totalCapped: counted > TOTAL_CAP };
}
