import type { Kysely, Selectable } from 'kysely';
import type { CaseInputParsed, CaseSummary } from '../../../shared/cases/case-schema.ts';
import type { CaseKind } from '../../../shared/cases/case-kinds.ts';
import type { CasesTable, Database } from '../schema.ts';

function toSummary(row: Selectable<CasesTable>): CaseSummary {
  return {
    id: row.id,
    kind: row.kind as CaseKind,
    caseNumber: row.case_number,
    title: row.title,
    court: row.court,
    department: row.department,
    createdAt: row.created_at,
  };
}

export async function listCases(db: Kysely<Database>): Promise<CaseSummary[]> {
  const rows = await db.selectFrom('cases').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toSummary);
}

export async function findCaseByNumber(
  db: Kysely<Database>,
  caseNumber: string,
  court: string | null,
): Promise<CaseSummary | undefined> {
  const row = await db
    .selectFrom('cases')
    .selectAll()
    .where('case_number', '=', caseNumber)
    .where((eb) => (court === null ? eb('court', 'is', null) : eb('court', '=', court)))
    .executeTakeFirst();
  return row ? toSummary(row) : undefined;
}

export async function insertCase(db: Kysely<Database>, input: CaseInputParsed, now: string): Promise<CaseSummary> {
  const row = await db
    .insertInto('cases')
    .values({
      kind: input.kind,
      case_number: input.caseNumber,
      title: input.title,
      court: input.court,
      department: input.department,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSummary(row);
}
