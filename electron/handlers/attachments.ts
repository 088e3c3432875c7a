import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  ATTACHMENT_EXTENSIONS,
  MAX_ATTACHMENT_BYTES,
  isAttachmentExtension,
  type AttachmentView,
} from '../../shared/cases/attachment-views.ts';
import type { AttachmentAddParsed } from '../../shared/contracts/attachments.ts';
import { AppError } from '../../shared/errors.ts';
import {
  deleteAttachment,
  findCaseAttachmentByChecksum,
  getAttachment,
  insertAttachment,
  listCaseAttachments,
  toAttachmentView,
  type StoredAttachment,
} from '../db/repositories/attachments.ts';
import { getEvent } from '../db/repositories/events.ts';
import { recordHistory } from '../db/repositories/history.ts';
import {
  FileTooLargeError,
  attachmentRoot,
  discardCopies,
  fileExtension,
  moveToTrash,
  restoreFromTrash,
  storeFile,
  storedChecksum,
  storedPath,
  type StoredFile,
} from '../files/attachment-store.ts';
import { requireCase } from './cases.ts';
import type { HandlerContext } from './context.ts';
import { currentUser } from './current-user.ts';

const PICKER_FILTERS = [{ name: '첨부 파일', extensions: [...ATTACHMENT_EXTENSIONS] }];
const MAX_MB = MAX_ATTACHMENT_BYTES / (1024 * 1024);
const TYPES_HINT = 'PDF, HWP, HWPX, DOCX, DOC, XLSX, JPG, PNG, TIF';

const tooLarge = (name: string) =>
  new AppError('INVALID_INPUT', `파일이 너무 큽니다: ${name}. ${MAX_MB}MB 이하의 파일만 첨부할 수 있습니다.`);

/** Checks every file before anything is copied, so one bad file in a batch changes nothing. */
async function checkSources(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const name = basename(path);
    if (!isAttachmentExtension(fileExtension(path)))
      throw new AppError(
        'INVALID_INPUT',
        `첨부할 수 없는 파일 형식입니다: ${name}. ${TYPES_HINT} 파일만 첨부할 수 있습니다.`,
      );
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new AppError('INVALID_INPUT', `파일을 찾을 수 없습니다: ${name}`);
    if (!info.isFile()) throw new AppError('INVALID_INPUT', `파일이 아닙니다: ${name}`);
    if (info.size === 0) throw new AppError('INVALID_INPUT', `빈 파일은 첨부할 수 없습니다: ${name}`);
    if (info.size > MAX_ATTACHMENT_BYTES) throw tooLarge(name);
  }
}

const FILE_FAILURES: Record<string, string> = {
  EACCES: '파일에 접근할 권한이 없습니다',
  EPERM: '파일에 접근할 권한이 없습니다',
  EBUSY: '다른 프로그램이 파일을 사용 중입니다',
  ENOENT: '파일을 찾을 수 없습니다',
  ENOSPC: '저장 공간이 부족합니다',
};

function fileFailure(name: string, error: unknown, fallback: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof FileTooLargeError) return tooLarge(name);
  const reason = FILE_FAILURES[(error as NodeJS.ErrnoException).code ?? ''] ?? fallback;
  return new AppError('CONFLICT', `${reason}: ${name}`);
}

function assertNoRepeats(paths: readonly string[], copies: readonly StoredFile[]): void {
  const seen = new Map<string, string>();
  copies.forEach((copy, i) => {
    const name = basename(paths[i] ?? '');
    const first = seen.get(copy.sha256);
    if (first !== undefined)
      throw new AppError('CONFLICT', `같은 파일을 두 번 첨부하려고 합니다: ${name} (${first}와 내용이 같습니다)`);
    seen.set(copy.sha256, name);
  });
}

async function requireAttachment(ctx: HandlerContext, id: number): Promise<StoredAttachment> {
  const found = await getAttachment(ctx.db, id);
  if (!found) throw new AppError('NOT_FOUND', '첨부 파일을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.');
  return found;
}

async function requireLiveCase(ctx: HandlerContext, caseId: number): Promise<void> {
  const record = await requireCase(ctx, caseId);
  if (record.deletedAt)
    throw new AppError('CONFLICT', '휴지통에 있는 사건의 첨부 파일은 복원한 뒤에 고칠 수 있습니다.');
}

export const attachmentHandlers = {
  'attachments:add': async (ctx: HandlerContext, input: AttachmentAddParsed): Promise<AttachmentView[]> => {
    await requireLiveCase(ctx, input.caseId);
    const eventId = input.eventId ?? null;
    if (eventId !== null && (await getEvent(ctx.db, eventId))?.caseId !== input.caseId)
      throw new AppError('INVALID_INPUT', '이 사건의 기록을 찾을 수 없습니다.', {
        eventId: '기록을 찾을 수 없습니다.',
      });
    const paths = input.paths ?? (await ctx.desktop.pickFiles(PICKER_FILTERS, true));
    if (paths.length === 0) return [];
    await checkSources(paths);

    const root = attachmentRoot(ctx.dataPath);
    const year = ctx.today().slice(0, 4);
    const copies: StoredFile[] = [];
    try {
      for (const path of paths) {
        copies.push(
          await storeFile(root, path, year, MAX_ATTACHMENT_BYTES).catch((error: unknown) => {
            throw fileFailure(basename(path), error, '파일을 복사하지 못했습니다');
          }),
        );
      }
      assertNoRepeats(paths, copies);
      const user = await currentUser(ctx);
      const now = ctx.now();
      // All rows and their history in one transaction, only after every copy exists.
      const ids = await ctx.db.transaction().execute(async (trx) => {
        const added: number[] = [];
        for (const [i, copy] of copies.entries()) {
          const name = basename(paths[i] ?? '');
          const existing = await findCaseAttachmentByChecksum(trx, input.caseId, copy.sha256);
          if (existing)
            throw new AppError('CONFLICT', `이미 이 사건에 첨부된 파일입니다: ${name} (기존 첨부: ${existing.name})`);
          const id = await insertAttachment(
            trx,
            {
              caseId: input.caseId,
              eventId,
              originalName: name,
              storedName: copy.storedName,
              sha256: copy.sha256,
              size: copy.size,
            },
            now,
          );
          await recordHistory(trx, {
            caseId: input.caseId,
            entity: 'attachment',
            entityId: id,
            action: 'create',
            changes: { name: [null, name], size: [null, copy.size], sha256: [null, copy.sha256] },
            changedBy: user,
            changedAt: now,
          });
          added.push(id);
        }
        return added;
      });
      const rows = await Promise.all(ids.map((id) => requireAttachment(ctx, id)));
      return rows.map(toAttachmentView);
    } catch (error) {
      await discardCopies(copies);
      throw error;
    }
  },

  'attachments:list': async (ctx: HandlerContext, input: { caseId: number }): Promise<AttachmentView[]> => {
    await requireCase(ctx, input.caseId);
    return (await listCaseAttachments(ctx.db, input.caseId)).map(toAttachmentView);
  },

  /** Opens only a file whose content is still what was filed: a changed or missing file is reported instead. */
  'attachments:open': async (ctx: HandlerContext, input: { id: number }): Promise<{ id: number }> => {
    const attachment = await requireAttachment(ctx, input.id);
    const path = storedPath(attachmentRoot(ctx.dataPath), attachment.storedName);
    if ((await storedChecksum(path)) !== attachment.sha256)
      throw new AppError('CONFLICT', `첨부 파일이 손상되었거나 없어졌습니다: ${attachment.name}`);
    await ctx.desktop.openPath(path);
    return input;
  },

  'attachments:remove': async (ctx: HandlerContext, input: { id: number }): Promise<{ id: number }> => {
    const attachment = await requireAttachment(ctx, input.id);
    await requireLiveCase(ctx, attachment.caseId);
    const root = attachmentRoot(ctx.dataPath);
    // Move first: a file held open by a viewer (Windows) then fails here, before the record changes.
    const trashed = await moveToTrash(root, attachment.storedName).catch((error: unknown) => {
      throw fileFailure(attachment.name, error, '파일을 휴지통 폴더로 옮기지 못했습니다');
    });
    const user = await currentUser(ctx);
    const now = ctx.now();
    try {
      await ctx.db.transaction().execute(async (trx) => {
        await deleteAttachment(trx, input.id);
        await recordHistory(trx, {
          caseId: attachment.caseId,
          entity: 'attachment',
          entityId: input.id,
          action: 'delete',
          changes: {
            name: [attachment.name, null],
            sha256: [attachment.sha256, null],
            // Where the file went, so it can be recovered by hand.
            file: [attachment.storedName, trashed ? `.trash/${basename(trashed)}` : '(없음)'],
          },
          changedBy: user,
          changedAt: now,
        });
      });
    } catch (error) {
      if (trashed) await restoreFromTrash(root, trashed, attachment.storedName);
      throw error;
    }
    return input;
  },
};
