import { z } from 'zod';
import type { AttachmentView } from '../cases/attachment-views.ts';
import { byId, channel } from './channel.ts';

const caseId = z.number({ error: '사건이 지정되지 않았습니다.' }).int().positive();

export const attachmentAddSchema = z.object({
  caseId,
  /** The record (e.g. 판결 송달) the files belong to, when attached from an event. */
  eventId: z.number().int().positive().nullable().optional(),
  /** Files dropped onto the window; without them the main side opens the file picker. */
  paths: z
    .array(z.string().trim().min(1, '파일 경로가 비어 있습니다.'), { error: '첨부할 파일 목록이 올바르지 않습니다.' })
    .max(50, '한 번에 50개까지 첨부할 수 있습니다.')
    .optional(),
});

export type AttachmentAddParsed = z.output<typeof attachmentAddSchema>;

export const attachmentsContract = {
  /** Copies the files into the data folder; an empty list when the user cancelled the picker. */
  'attachments:add': channel<AttachmentView[]>()(attachmentAddSchema),
  'attachments:list': channel<AttachmentView[]>()(z.object({ caseId })),
  /** Verifies the checksum, then opens the file with the OS's default program. */
  'attachments:open': channel<{ id: number }>()(byId),
  /** Removes the record; the file goes to the attachments' .trash folder, never deleted. */
  'attachments:remove': channel<{ id: number }>()(byId),
} as const;
