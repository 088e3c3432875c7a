import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { z } from 'zod';
import type { FileExportResult } from '../../shared/cases/calendar-views.ts';
import type {
  ordinanceCreateSchema,
  ordinancesContract,
  ordinanceUpdateSchema,
  revisionInputSchema,
} from '../../shared/contracts/ordinances.ts';
import { AppError } from '../../shared/errors.ts';
import { compareOrdinances, parseOrdinance } from '../../shared/law/index.ts';
import type {
  OrdinanceDetail,
  OrdinanceSummary,
  OrdinanceType,
  ParsedText,
  RevisionView,
} from '../../shared/ordinances/ordinance-views.ts';
import { lastPromulgation, safeFileName, titleOfText, typeOfName } from '../../shared/ordinances/ordinance-text.ts';
import { parseText } from '../../shared/ordinances/outline.ts';
import { listDrafts } from '../db/repositories/drafts.ts';
import { recordHistory, diffRecords } from '../db/repositories/history.ts';
import {
  findOrdinanceByName,
  getOrdinanceSummary,
  insertOrdinance,
  listOrdinanceSummaries,
  updateOrdinance,
  type OrdinanceFields,
} from '../db/repositories/ordinances.ts';
import {
  currentRevision,
  getRevision,
  insertRevision,
  listRevisions,
  type RevisionFields,
} from '../db/repositories/revisions.ts';
import { buildAmendmentDocx, buildComparisonDocx } from '../export/comparison-docx.ts';
import { OrdinanceFileError, readOrdinanceFile } from '../import/read-text-file.ts';
import type { HandlerContext } from './context.ts';
import { currentUser } from './current-user.ts';
import { amendmentStyleOf } from './settings.ts';

type Input<C extends keyof typeof ordinancesContract> = z.output<(typeof ordinancesContract)[C]['input']>;
type CreateInput = z.output<typeof ordinanceCreateSchema>;
type UpdateInput = z.output<typeof ordinanceUpdateSchema>;
type RevisionInput = z.output<typeof revisionInputSchema>;

const ORDINANCE_FILES = [{ name: '자치법규 본문', extensions: ['txt', 'md', 'docx'] }];
const ORDINANCE_EXTENSIONS = new Set(['.txt', '.md', '.docx']);
const DOCX_FILTER = [{ name: 'Word 문서', extensions: ['docx'] }];

export async function requireOrdinance(ctx: HandlerContext, id: number): Promise<OrdinanceSummary> {
  const summary = await getOrdinanceSummary(ctx.db, id);
  if (!summary) throw new AppError('NOT_FOUND', '자치법규를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.');
  return summary;
}

async function assertNameFree(ctx: HandlerContext, name: string, selfId?: number): Promise<void> {
  const existing = await findOrdinanceByName(ctx.db, name);
  if (existing && existing.id !== selfId)
    throw new AppError('CONFLICT', `이미 등록된 자치법규입니다: ${name}`, { name: '이미 등록된 제명입니다.' });
}

async function ordinanceDetail(ctx: HandlerContext, id: number): Promise<OrdinanceDetail> {
  const ordinance = await requireOrdinance(ctx, id);
  const [revisions, drafts, current] = await Promise.all([
    listRevisions(ctx.db, id),
    listDrafts(ctx.db, id),
    currentRevision(ctx.db, id),
  ]);
  return {
    ordinance,
    revisions,
    drafts,
    current: current ? { revisionId: current.revision.id, body: current.body, ...parseText(current.body) } : null,
  };
}

function revisionHistory(fields: RevisionFields, ordinanceId: number, draftId: number | null = null) {
  const { body: _body, ...rest } = fields;
  return diffRecords({}, { ordinanceId, ...rest, draftId });
}

/** Registers an ordinance with its first revision, and the history of both, in one transaction. */
async function registerOrdinance(ctx: HandlerContext, fields: OrdinanceFields, revision: RevisionFields) {
  const user = await currentUser(ctx);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertOrdinance(trx, fields, now);
    const revisionId = await insertRevision(trx, id, revision, now);
    await recordHistory(trx, {
      caseId: null,
      entity: 'ordinance',
      entityId: id,
      action: 'create',
      changes: diffRecords({}, { ...fields }),
      changedBy: user,
      changedAt: now,
    });
    await recordHistory(trx, {
      caseId: null,
      entity: 'revision',
      entityId: revisionId,
      action: 'create',
      changes: revisionHistory(revision, id),
      changedBy: user,
      changedAt: now,
    });
    return id;
  });
}

/** The files a path stands for: itself, or the ordinance files directly inside a folder. */
async function expandPath(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ORDINANCE_EXTENSIONS.has(extname(e.name).toLowerCase()))
    .map((e) => join(path, e.name))
    .sort((a, b) => a.localeCompare(b, 'ko'));
}

function fileError(error: unknown): AppError {
  if (error instanceof OrdinanceFileError) return new AppError('INVALID_INPUT', error.message);
  throw error;
}

const NAME_MAX = 200;

/** Reads one file and registers it; throws an AppError with the Korean reason when it cannot. */
async function importFile(ctx: HandlerContext, file: string, input: Input<'ordinances:importFiles'>): Promise<number> {
  let text: string;
  try {
    text = await readOrdinanceFile(file);
  } catch (error) {
    throw fileError(error);
  }
  const doc = parseOrdinance(text);
  if (!doc.body.some((e) => e.kind === 'article'))
    throw new AppError('INVALID_INPUT', `조문(제1조 …)을 찾을 수 없습니다: ${file}`);
  const name = (titleOfText(text) ?? basename(file, extname(file))).replace(/\s+/g, ' ');
  if (name.length > NAME_MAX) throw new AppError('INVALID_INPUT', `제명이 너무 깁니다(200자 이내): ${file}`);
  await assertNameFree(ctx, name);
  const promulgation = lastPromulgation(doc.addenda.map((a) => a.header));
  return registerOrdinance(
    ctx,
    { name, type: typeOfName(name, input.type), department: input.department, tags: [] },
    {
      // A text with more than one 부칙 has been amended since its enactment.
      revisionKind: doc.addenda.length > 1 ? '일부개정' : '제정',
      promulgationNo: promulgation?.no ?? null,
      promulgatedOn: promulgation?.on ?? null,
      effectiveOn: null,
      noticeStartedOn: null,
      body: text,
    },
  );
}

async function pickedFolder(ctx: HandlerContext): Promise<string[]> {
  const folder = await ctx.desktop.pickFolder();
  return folder ? [folder] : [];
}

export const ordinanceHandlers = {
  'ordinances:list': (ctx: HandlerContext): Promise<OrdinanceSummary[]> => listOrdinanceSummaries(ctx.db),

  'ordinances:get': (ctx: HandlerContext, input: { id: number }): Promise<OrdinanceDetail> =>
    ordinanceDetail(ctx, input.id),

  'ordinances:create': async (ctx: HandlerContext, input: CreateInput): Promise<OrdinanceDetail> => {
    await assertNameFree(ctx, input.name);
    const { revision, ...fields } = input;
    const id = await registerOrdinance(ctx, { ...fields, type: fields.type as OrdinanceType }, revision);
    return ordinanceDetail(ctx, id);
  },

  'ordinances:update': async (ctx: HandlerContext, input: UpdateInput): Promise<OrdinanceDetail> => {
    const before = await requireOrdinance(ctx, input.id);
    await assertNameFree(ctx, input.name, input.id);
    const fields: OrdinanceFields = {
      name: input.name,
      type: input.type,
      department: input.department,
      tags: input.tags,
    };
    const changes = diffRecords(
      { name: before.name, type: before.type, department: before.department, tags: before.tags },
      { ...fields },
    );
    if (Object.keys(changes).length > 0) {
      const user = await currentUser(ctx);
      const now = ctx.now();
      await ctx.db.transaction().execute(async (trx) => {
        await updateOrdinance(trx, input.id, fields, now);
        await recordHistory(trx, {
          caseId: null,
          entity: 'ordinance',
          entityId: input.id,
          action: 'update',
          changes,
          changedBy: user,
          changedAt: now,
        });
      });
    }
    return ordinanceDetail(ctx, input.id);
  },

  'ordinances:importFiles': async (ctx: HandlerContext, input: Input<'ordinances:importFiles'>) => {
    const given =
      input.paths ?? (input.folder ? await pickedFolder(ctx) : await ctx.desktop.pickFiles(ORDINANCE_FILES, true));
    const files = (await Promise.all(given.map(expandPath))).flat();
    const createdIds: number[] = [];
    const failed: { file: string; message: string }[] = [];
    for (const file of files) {
      try {
        createdIds.push(await importFile(ctx, file, input));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        failed.push({ file, message: error.message });
      }
    }
    const summaries = await listOrdinanceSummaries(ctx.db, createdIds);
    const created = createdIds
      .map((id) => summaries.find((s) => s.id === id))
      .filter((s): s is OrdinanceSummary => s !== undefined);
    return { created, failed };
  },

  'ordinances:readFile': async (
    ctx: HandlerContext,
    input: Input<'ordinances:readFile'>,
  ): Promise<{ path: string | null; text: string }> => {
    const path = input.path ?? (await ctx.desktop.pickFiles(ORDINANCE_FILES, false))[0];
    if (!path) return { path: null, text: '' };
    try {
      return { path, text: await readOrdinanceFile(path) };
    } catch (error) {
      throw fileError(error);
    }
  },

  'ordinances:addRevision': async (
    ctx: HandlerContext,
    input: RevisionInput & { ordinanceId: number },
  ): Promise<RevisionView> => {
    await requireOrdinance(ctx, input.ordinanceId);
    const { ordinanceId, ...fields } = input;
    const user = await currentUser(ctx);
    const now = ctx.now();
    const id = await ctx.db.transaction().execute(async (trx) => {
      const revisionId = await insertRevision(trx, ordinanceId, fields, now);
      await recordHistory(trx, {
        caseId: null,
        entity: 'revision',
        entityId: revisionId,
        action: 'create',
        changes: revisionHistory(fields, ordinanceId),
        changedBy: user,
        changedAt: now,
      });
      return revisionId;
    });
    const stored = await getRevision(ctx.db, id);
    if (!stored) throw new AppError('NOT_FOUND', '개정 이력을 찾을 수 없습니다.');
    return stored.revision;
  },

  'ordinances:revisionText': async (ctx: HandlerContext, input: { id: number }) => {
    const stored = await getRevision(ctx.db, input.id);
    if (!stored) throw new AppError('NOT_FOUND', '개정 이력을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.');
    return stored;
  },

  'ordinances:parse': (_ctx: HandlerContext, input: { text: string }): ParsedText => parseText(input.text),

  'ordinances:exportComparison': async (
    ctx: HandlerContext,
    input: Input<'ordinances:exportComparison'>,
  ): Promise<FileExportResult> => {
    const title =
      input.title || parseOrdinance(input.oldText).title || parseOrdinance(input.newText).title || undefined;
    const style = await amendmentStyleOf(ctx.db);
    const result = compareOrdinances(input.oldText, input.newText, title ? { title, style } : { style });
    if (!result.changed) throw new AppError('INVALID_INPUT', '변경된 조문이 없습니다.');
    const name = safeFileName(title ?? '자치법규');
    if (input.what === 'table') {
      const docx = await buildComparisonDocx(result.table);
      const path = await ctx.desktop.saveFile(`${name} 신·구조문대비표.docx`, docx, DOCX_FILTER);
      return { path, count: result.table.rows.length };
    }
    const docx = await buildAmendmentDocx(title ?? '이 조례', result.amendment);
    const path = await ctx.desktop.saveFile(`${name} 개정문.docx`, docx, DOCX_FILTER);
    return { path, count: result.sentences.length };
  },
};
