import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AttachmentView } from '../../../shared/cases/attachment-views.ts';
import type { AttachmentsTable, Database } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface AttachmentRow {
  caseId: number;
  eventId: number | null;
  originalName: string;
  storedName: string;
  sha256: string;
  size: number;
}

/** The view plus where the file lives, which only the main side needs. */
export type StoredAttachment = AttachmentView & { storedName: string };

function toStored(row: Selectable<AttachmentsTable>): StoredAttachment {
  return {
    id: row.id,
    caseId: row.case_id,
    eventId: row.event_id,
    name: row.original_name,
    size: row.size,
    sha256: row.sha256,
    addedAt: row.added_at,
    storedName: row.stored_name,
  };
}

export function toAttachmentView(stored: StoredAttachment): AttachmentView {
  const { storedName: _stored, ...view } = stored;
  return view;
}

export async function insertAttachment(db: Db, row: AttachmentRow, now: string): Promise<number> {
  const { id } = await db
    .insertInto('attachments')
    .values({
      case_id: row.caseId,
      event_id: row.eventId,
      original_name: row.originalName,
      stored_name: row.storedName,
      sha256: row.sha256,
      size: row.size,
      added_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function getAttachment(db: Db, id: number): Promise<StoredAttachment | undefined> {
  const row = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toStored(row) : undefined;
}

export async function listCaseAttachments(db: Db, caseId: number): Promise<StoredAttachment[]> {
  const rows = await db
    .selectFrom('attachments')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('added_at')
    .orderBy('id')
    .execute();
  return rows.map(toStored);
}

/** The attachment of that case with that content, for the "same file twice" check. */
export async function findCaseAttachmentByChecksum(
  db: Db,
  caseId: number,
  sha256: string,
): Promise<StoredAttachment | undefined> {
  const row = await db
    .selectFrom('attachments')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row ? toStored(row) : undefined;
}

export async function deleteAttachment(db: Db, id: number): Promise<void> {
  await db.deleteFrom('attachments').where('id', '=', id).execute();
}
