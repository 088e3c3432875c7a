import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { CaseKind } from '../../../shared/cases/case-kinds.ts';
import type {
  CaseInputParsed,
  CaseRecord,
  CaseSummary,
  CaseUpdateParsed,
  LinkedPerson,
  Party,
} from '../../../shared/cases/case-schema.ts';
import type { CaseResult, OpinionType, PersonRole, WardSide } from '../../../shared/cases/case-values.ts';
import type { CasesTable, Database } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

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

function toRecord(row: Selectable<CasesTable>, parties: Party[], people: LinkedPerson[]): CaseRecord {
  return {
    ...toSummary(row),
    instance: row.instance,
    parentCaseId: row.parent_case_id,
    division: row.division,
    direction: row.direction,
    wardSide: row.ward_side as WardSide | null,
    claimAmount: row.claim_amount,
    filedOn: row.filed_on,
    result: row.result as CaseResult | null,
    decidedOn: row.decided_on,
    finalizedOn: row.finalized_on,
    closedOn: row.closed_on,
    opinionType: row.opinion_type as OpinionType | null,
    question: row.question,
    answer: row.answer,
    costAmount: row.cost_amount,
    awardAmount: row.award_amount,
    memo: row.memo,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    parties,
    people,
  };
}

function columns(input: CaseInputParsed): Omit<Insertable<CasesTable>, 'created_at' | 'updated_at'> {
  return {
    kind: input.kind,
    case_number: input.caseNumber,
    title: input.title,
    court: input.court,
    department: input.department,
    instance: input.instance,
    parent_case_id: input.parentCaseId,
    division: input.division,
    direction: input.direction,
    ward_side: input.wardSide,
    claim_amount: input.claimAmount,
    filed_on: input.filedOn,
    result: input.result,
    decided_on: input.decidedOn,
    finalized_on: input.finalizedOn,
    closed_on: input.closedOn,
    opinion_type: input.opinionType,
    question: input.question,
    answer: input.answer,
    cost_amount: input.costAmount,
    award_amount: input.awardAmount,
    memo: input.memo,
  };
}

async function writeLinks(db: Db, caseId: number, input: CaseInputParsed): Promise<void> {
  await db.deleteFrom('parties').where('case_id', '=', caseId).execute();
  await db.deleteFrom('case_people').where('case_id', '=', caseId).execute();
  if (input.parties.length > 0) {
    await db
      .insertInto('parties')
      .values(
        input.parties.map((p, position) => ({
          case_id: caseId,
          side: p.side,
          name: p.name,
          is_ward: p.isWard ? 1 : 0,
          position,
        })),
      )
      .execute();
  }
  const uniquePeople = [...new Map(input.people.map((p) => [`${p.personId}:${p.role}`, p])).values()];
  if (uniquePeople.length > 0) {
    await db
      .insertInto('case_people')
      .values(uniquePeople.map((p) => ({ case_id: caseId, person_id: p.personId, role: p.role })))
      .execute();
  }
}

export async function listCases(db: Db): Promise<CaseSummary[]> {
  const rows = await db
    .selectFrom('cases')
    .selectAll()
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toSummary);
}

export async function listDeletedCases(db: Db): Promise<CaseSummary[]> {
  const rows = await db
    .selectFrom('cases')
    .selectAll()
    .where('deleted_at', 'is not', null)
    .orderBy('deleted_at', 'desc')
    .execute();
  return rows.map(toSummary);
}

/** The case (live or in the 휴지통) with that number at that court (or with no court), for duplicate checks. */
export async function findCaseByNumber(
  db: Db,
  caseNumber: string,
  court: string | null,
): Promise<(CaseSummary & { deleted: boolean }) | undefined> {
  const row = await db
    .selectFrom('cases')
    .selectAll()
    .where('case_number', '=', caseNumber)
    .where((eb) => (court === null ? eb('court', 'is', null) : eb('court', '=', court)))
    .executeTakeFirst();
  return row ? { ...toSummary(row), deleted: row.deleted_at !== null } : undefined;
}

export async function getCase(db: Db, id: number): Promise<CaseRecord | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const parties = await db.selectFrom('parties').selectAll().where('case_id', '=', id).orderBy('position').execute();
  const people = await db
    .selectFrom('case_people')
    .innerJoin('people', 'people.id', 'case_people.person_id')
    .select(['case_people.person_id', 'case_people.role', 'people.name', 'people.organization'])
    .where('case_people.case_id', '=', id)
    .orderBy('case_people.role')
    .orderBy('people.name')
    .execute();
  return toRecord(
    row,
    parties.map((p) => ({ side: p.side, name: p.name, isWard: p.is_ward === 1 })),
    people.map((p) => ({
      personId: p.person_id,
      role: p.role as PersonRole,
      name: p.name,
      organization: p.organization,
    })),
  );
}

/** Inserts the case with its parties and people; run inside a transaction (see handlers/cases.ts). */
export async function insertCase(db: Db, input: CaseInputParsed, now: string): Promise<number> {
  const { id } = await db
    .insertInto('cases')
    .values({ ...columns(input), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writeLinks(db, id, input);
  return id;
}

export async function updateCase(db: Db, input: CaseUpdateParsed, now: string): Promise<void> {
  await db
    .updateTable('cases')
    .set({ ...columns(input), updated_at: now })
    .where('id', '=', input.id)
    .execute();
  await writeLinks(db, input.id, input);
}

export async function setCaseDeleted(db: Db, id: number, deletedAt: string | null): Promise<void> {
  await db.updateTable('cases').set({ deleted_at: deletedAt }).where('id', '=', id).execute();
}

/** The whole 심급 chain a case belongs to (1심 → 2심 → 3심), oldest first. */
export async function caseFamily(db: Db, id: number): Promise<CaseSummary[]> {
  let rootId = id;
  for (let hops = 0; hops < 10; hops++) {
    const parent = await db.selectFrom('cases').select('parent_case_id').where('id', '=', rootId).executeTakeFirst();
    if (!parent?.parent_case_id) break;
    rootId = parent.parent_case_id;
  }
  const family: CaseSummary[] = [];
  let level = [rootId];
  for (let depth = 0; depth < 10 && level.length > 0; depth++) {
    const rows = await db
      .selectFrom('cases')
      .selectAll()
      .where('id', 'in', level)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .execute();
    family.push(...rows.map(toSummary));
    const children = await db.selectFrom('cases').select('id').where('parent_case_id', 'in', level).execute();
    level = children.map((c) => c.id);
  }
  return family;
}
