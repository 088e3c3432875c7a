// What a case attachment looks like to the UI, and which files may be attached.

/** File types the team files (판결문 PDF, 한글 HWP/HWPX, Word, Excel, scans); lower case, no dot. */
export const ATTACHMENT_EXTENSIONS = [
  'pdf',
  'hwp',
  'hwpx',
  'docx',
  'doc',
  'xlsx',
  'jpg',
  'jpeg',
  'png',
  'tif',
  'tiff',
] as const;

export type AttachmentExtension = (typeof ATTACHMENT_EXTENSIONS)[number];

/** 200 MB: a scanned 판결문 bundle is tens of MB; anything bigger is almost certainly the wrong file. */
export const MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024;

export function isAttachmentExtension(ext: string): ext is AttachmentExtension {
  return (ATTACHMENT_EXTENSIONS as readonly string[]).includes(ext);
}

export interface AttachmentView {
  id: number;
  caseId: number;
  eventId: number | null;
  /** The file name the user attached, e.g. `판결문(2024가단5678).pdf`. */
  name: string;
  /** Bytes. */
  size: number;
  /** SHA-256 of the content, lower-case hex; checked before every open. */
  sha256: string;
  /** UTC ISO timestamp. */
  addedAt: string;
}
