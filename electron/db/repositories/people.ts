import type { Kysely, Transaction } from 'kysely';
import type { PersonView } from '../../../shared/cases/case-views.ts';
import type { Database } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type PersonKind = PersonView['kind'];
type Person = PersonView;

export async function listPeople(db: Db): Promise<Person[]> {
  const rows = await db
    .selectFrom('people')
    .select(['id', 'kind', 'name', 'organization', 'phone', 'email'])
    .orderBy('kind')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ ...r, kind: r.kind as PersonKind }));
}

/** Finds a person by identity (kind, name, organization) or creates them: imports reuse people this way. */
export async function findOrCreatePerson(
  db: Db,
  person: {
    kind: PersonKind;
    name: string;
    organization?: string | null;
    phone?: string | null;
    email?: string | null;
  },
  now: string,
): Promise<number> {
  const organization = person.organization ?? null;
  const existing = await db
    .selectFrom('people')
    .select('id')
    .where('kind', '=', person.kind)
    .where('name', '=', person.name)
    .where((eb) => (organization === null ? eb('organization', 'is', null) : eb('organization', '=', organization)))
    .executeTakeFirst();
  if (existing) return existing.id;
  const { id } = await db
    .insertInto('people')
    .values({
      kind: person.kind,
      name: person.name,
      organization,
      phone: person.phone ?? null,
      email: person.email ?? null,
      memo: null,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
