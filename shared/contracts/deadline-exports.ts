import type { FileExportResult } from '../cases/calendar-views.ts';
import { optionalRangeSchema } from './calendar.ts';
import { channel } from './channel.ts';

export const deadlineExportsContract = {
  /** 기한 관리대장 (DOCX, A4 landscape) of the open deadlines. */
  'deadlines:exportRegister': channel<FileExportResult>()(optionalRangeSchema),
  /** The same list as a spreadsheet (XLSX, one sheet `기한`). */
  'deadlines:exportXlsx': channel<FileExportResult>()(optionalRangeSchema),
} as const;
