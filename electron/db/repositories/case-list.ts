import type { Kysely, Transaction } from 'kysely';
import type { CaseKind } from '../../../shared/cases/case-kinds.ts';
import type { CasePage, CasePageQuery } from '../../../shared/contracts/case-list.ts';
import type { Database } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

// One page of live cases, newest first. The filters walk partial indexes of migration 003 in
// (created_at DESC, id DESC) order, so a page costs `offset + limit` index steps, never a sort of every case,
// and totals are counted from indexes alone.

function filtered(db: Db, query: Omit<CasePageQuery, 'offset' | 'limit'>) {
  let q = db.selectFrom('cases').where('deleted_at', 'is', null);
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.department) q = q.where('department', '=', query.department);
  if (query.status === 'open') q = q.where('result', 'is', null).where('closed_on', 'is', null);
  if (query.status === 'closed')
    q = q.where((eb) => eb.or([eb('result', 'is not', null), eb('closed_on', 'is not', null)]));
  return q;
}

async function count(db: Db, query: Omit<CasePageQuery, 'offset' | 'limit'>): Promise<number> {
  const row = await filtered(db, query)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** `closed` is counted as all minus open: both are index-only counts, an OR over two columns is not. */
async function countCases(db: Db, query: CasePageQuery): Promise<number> {
  if (query.status !== 'closed') return count(db, query);
  const [all, open] = await Promise.all([
    count(db, { ...query, status: undefined }),
    count(db, { ...query, status: 'open' }),
  ]);
  return all - open;
}

export async function listCasePage(db: Db, query: CasePageQuery): Promise<CasePage> {
  const [rows, total] = await Promise.all([
    filtered(db, query)
      .select(['id', 'kind', 'case_number', 'title', 'court', 'department', 'created_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    countCases(db, query),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind as CaseKind,
      caseNumber: r.case_number,
      title: r.title,
      court: r.court,
      department: r.department,
      createdAt: r.created_at,
    })),
    total,
  };
}
