// Importing the team's 송무대장: preview (what would be imported, and every problem), then an all-or-nothing
// commit that reads and checks the file again, since it may have changed since the preview.
import type { Kysely } from 'kysely';
import type { PersonRole } from '../../shared/cases/case-values.ts';
import {
  caseKey,
  formatLedgerIssue,
  parseLedgerRows,
  type LedgerIssue,
  type LedgerParseResult,
  type ParsedLedgerRow,
} from '../../shared/cases/ledger-rows.ts';
import type { LedgerPreview } from '../../shared/contracts/ledger.ts';
import { insertCase } from '../db/repositories/cases.ts';
import { withDeferredSearchIndexing } from '../db/search/deferred-indexing.ts';
import { diffRecords } from '../db/repositories/history.ts';
import { findOrCreatePerson } from '../db/repositories/people.ts';
import type { Database } from '../db/schema.ts';
import { readLedgerFile } from './ledger-file.ts';
import { objectParticle, subjectParticle } from '../../shared/law/particles.ts';

const SAMPLE_SIZE = 20;

/** The file has row errors; nothing was written. `issues` are the rows to fix. */
export class LedgerImportError extends Error {
  constructor(readonly issues: LedgerIssue[]) {
    const first = issues.slice(0, 3).map(formatLedgerIssue).join('\n');
    const more = issues.length > 3 ? `\n… 외 ${issues.length - 3}건` : '';
    super(`송무대장에 오류가 ${issues.length}건 있어 아무것도 가져오지 않았습니다.\n${first}${more}`);
    this.name = 'LedgerImportError';
  }
}

interface StoredNumber {
  id: number;
  title: string;
  deleted: boolean;
}

type ParentRef = { row: number } | { id: number };

export interface LedgerAnalysis extends LedgerParseResult {
  source: string;
  /** Row → its 원심 (another row of the file, or a stored case). */
  parents: Map<number, ParentRef>;
}

async function storedNumbers(db: Kysely<Database>): Promise<Map<string, StoredNumber>> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'case_number', 'court', 'title', 'deleted_at'])
    .where('case_number', 'is not', null)
    .execute();
  return new Map(
    rows.map((r) => [
      caseKey(r.case_number ?? '', r.court),
      { id: r.id, title: r.title, deleted: r.deleted_at !== null },
    ]),
  );
}

/** 원심사건번호 → the one case with that number (any court) in the file or the database; otherwise a warning. */
function resolveParents(
  rows: ParsedLedgerRow[],
  stored: Map<string, StoredNumber>,
  warnings: LedgerIssue[],
): Map<number, ParentRef> {
  const byNumber = new Map<string, ParentRef[]>();
  const add = (number: string, ref: ParentRef) => byNumber.set(number, [...(byNumber.get(number) ?? []), ref]);
  for (const row of rows) if (row.input.caseNumber) add(row.input.caseNumber, { row: row.row });
  for (const [key, value] of stored) if (!value.deleted) add(key.slice(key.indexOf('\u0000') + 1), { id: value.id });
  const parents = new Map<number, ParentRef>();
  for (const row of rows) {
    const number = row.parentCaseNumber;
    if (!number) continue;
    const found = (byNumber.get(number) ?? []).filter((ref) => !('row' in ref && ref.row === row.row));
    const [only] = found;
    if (found.length === 1 && only) parents.set(row.row, only);
    else
      warnings.push({
        row: row.row,
        column: '원심사건번호',
        message:
          found.length === 0
            ? `원심 사건 ${number}${objectParticle(number)} 파일과 등록된 사건에서 찾지 못해 연결하지 않습니다.`
            : `원심 사건 ${number}${subjectParticle(number)} 여러 법원에 있어 연결하지 않습니다. 가져온 뒤 사건 화면에서 연결해 주세요.`,
      });
  }
  return parents;
}

/** Reads and checks the file, including duplicates against stored cases (live or in the 휴지통). */
export async function analyzeLedger(db: Kysely<Database>, path: string): Promise<LedgerAnalysis> {
  const sheet = await readLedgerFile(path);
  const parsed = parseLedgerRows(sheet.rows);
  const stored = await storedNumbers(db);
  const errors = [...parsed.errors];
  const rows = parsed.rows.filter((row) => {
    const number = row.input.caseNumber;
    const existing = number ? stored.get(caseKey(number, row.input.court)) : undefined;
    if (!existing) return true;
    const where = existing.deleted ? ', 휴지통에 있는 사건' : '';
    errors.push({
      row: row.row,
      column: '사건번호',
      message: `이미 등록된 사건번호입니다: ${number} (${row.input.court ?? '법원 없음'}, ${existing.title}${where})`,
    });
    return false;
  });
  if (parsed.total === 0 && errors.length === 0)
    errors.push({ row: parsed.headerRow, message: '머리글 아래에 가져올 행이 없습니다.' });
  errors.sort((a, b) => a.row - b.row);
  const warnings = [...parsed.warnings];
  const parents = resolveParents(rows, stored, warnings);
  warnings.sort((a, b) => a.row - b.row);
  return { ...parsed, rows, errors, warnings, parents, source: sheet.source };
}

export async function previewLedger(db: Kysely<Database>, path: string): Promise<LedgerPreview> {
  const analysis = await analyzeLedger(db, path);
  return {
    path,
    source: analysis.source,
    total: analysis.total,
    valid: analysis.rows.length,
    errors: analysis.errors,
    warnings: analysis.warnings,
    sample: analysis.rows.slice(0, SAMPLE_SIZE),
  };
}

/**
 * The history entry of a created case, in the shape handlers/cases.ts records (the CaseRecord without ids,
 * timestamps and person ids; people as `role:name` in getCase's order). Built from what was inserted rather than
 * read back, which would triple the queries of a 5,000-row import.
 */
function creationChanges(
  input: ParsedLedgerRow['input'],
  parentCaseId: number | null,
  people: readonly { role: string; name: string }[],
): Record<string, [unknown, unknown]> {
  const { parties, people: _links, ...fields } = input;
  const sorted = [...people].sort((a, b) =>
    a.role === b.role ? (a.name < b.name ? -1 : 1) : a.role < b.role ? -1 : 1,
  );
  return diffRecords(
    {},
    { ...fields, parentCaseId, parties, people: [...new Set(sorted.map((p) => `${p.role}:${p.name}`))] },
  );
}

const HISTORY_BATCH = 500;

/**
 * Imports every row in one transaction: cases, parties, people (reused when they exist), 원심 links and a
 * history entry per case. Any error in the file → LedgerImportError and nothing written.
 */
export async function commitLedger(
  db: Kysely<Database>,
  path: string,
  user: string,
  now: string,
): Promise<{ imported: number; warnings: LedgerIssue[] }> {
  const analysis = await analyzeLedger(db, path);
  if (analysis.errors.length > 0) throw new LedgerImportError(analysis.errors);
  await db.transaction().execute(async (trx) => {
    const personIds = new Map<string, number>();
    const caseIds = new Map<number, number>();
    await withDeferredSearchIndexing(trx, async () => {
      for (const row of analysis.rows) {
        const people: { personId: number; role: PersonRole }[] = [];
        for (const person of row.people) {
          const key = JSON.stringify([person.kind, person.name, person.organization]);
          let personId = personIds.get(key);
          if (personId === undefined) {
            personId = await findOrCreatePerson(trx, person, now);
            personIds.set(key, personId);
          }
          people.push({ personId, role: person.role });
        }
        caseIds.set(row.row, await insertCase(trx, { ...row.input, people }, now));
      }
      return [...caseIds.values()];
    });
    const parentIds = new Map<number, number>();
    for (const [row, parent] of analysis.parents) {
      const parentId = 'id' in parent ? parent.id : caseIds.get(parent.row);
      const id = caseIds.get(row);
      if (parentId === undefined || id === undefined) continue;
      await trx.updateTable('cases').set({ parent_case_id: parentId }).where('id', '=', id).execute();
      parentIds.set(row, parentId);
    }
    const entries = analysis.rows.map((row) => {
      const id = caseIds.get(row.row) ?? 0;
      return {
        case_id: id,
        entity: 'case',
        entity_id: id,
        action: 'create',
        changes: JSON.stringify(creationChanges(row.input, parentIds.get(row.row) ?? null, row.people)),
        changed_by: user,
        changed_at: now,
      };
    });
    for (let i = 0; i < entries.length; i += HISTORY_BATCH)
      await trx
        .insertInto('history')
        .values(entries.slice(i, i + HISTORY_BATCH))
        .execute();
  });
  return { imported: analysis.rows.length, warnings: analysis.warnings };
}
