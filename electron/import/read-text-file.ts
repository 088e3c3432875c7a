// Reads the full text of an ordinance the drafter hands us: UTF-8 .txt/.md or a Word .docx.
// Output is always `\n`-separated text without a BOM, ready for shared/law.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { DocxTextError, extractDocxText } from './docx-text.ts';

export type OrdinanceFileErrorCode =
  'not-found' | 'not-a-file' | 'unreadable' | 'empty' | 'binary' | 'not-utf8' | 'broken-docx' | 'unsupported-extension';

/** A file the user gave us that we cannot use; `message` is Korean and meant for the user. */
export class OrdinanceFileError extends Error {
  constructor(
    readonly code: OrdinanceFileErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'OrdinanceFileError';
  }
}

const TEXT_EXTENSIONS = new Set(['.txt', '.md']);
const HINT_SAVE_AS = '한글(HWP)이나 Word에서 DOCX 또는 UTF-8 텍스트(.txt)로 저장한 뒤 다시 선택해 주세요.';

export async function readOrdinanceFile(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.docx' && !TEXT_EXTENSIONS.has(ext)) {
    throw new OrdinanceFileError(
      'unsupported-extension',
      path,
      `지원하지 않는 파일 형식입니다(${ext || '확장자 없음'}): ${path}\n.txt, .md, .docx 파일만 읽을 수 있습니다. ${HINT_SAVE_AS}`,
    );
  }
  const data = await readBytes(path);
  const text = ext === '.docx' ? await docxText(path, data) : decodeText(path, data);
  const normalized = text.replace(/\r\n?/g, '\n');
  if (normalized.trim() === '') throw new OrdinanceFileError('empty', path, `파일에 내용이 없습니다: ${path}`);
  return normalized;
}

async function readBytes(path: string): Promise<Buffer> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
      throw new OrdinanceFileError('not-found', path, `파일을 찾을 수 없습니다: ${path}`);
    }
    throw new OrdinanceFileError(
      'unreadable',
      path,
      `파일을 읽을 수 없습니다(${error.code ?? error.message}): ${path}`,
    );
  });
  if (!info.isFile()) throw new OrdinanceFileError('not-a-file', path, `파일이 아닙니다(폴더 등): ${path}`);
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new OrdinanceFileError('unreadable', path, `파일을 읽을 수 없습니다(${code}): ${path}`);
  }
}

/** UTF-8 (with or without BOM); UTF-16 with a BOM is accepted too since Windows Notepad writes it. */
function decodeText(path: string, data: Buffer): string {
  if (data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) {
    const encoding = data[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return new TextDecoder(encoding).decode(data.subarray(2));
  }
  if (data.includes(0)) {
    throw new OrdinanceFileError(
      'binary',
      path,
      `텍스트 파일이 아닙니다(이진 파일로 보입니다): ${path}\n${HINT_SAVE_AS}`,
    );
  }
  try {
    // `ignoreBOM: false` (the default) drops a leading UTF-8 BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new OrdinanceFileError(
      'not-utf8',
      path,
      `UTF-8로 된 텍스트가 아닙니다(EUC-KR 등 다른 인코딩으로 보입니다): ${path}\n메모장 등에서 인코딩을 UTF-8로 골라 다시 저장해 주세요.`,
    );
  }
}

async function docxText(path: string, data: Buffer): Promise<string> {
  try {
    return await extractDocxText(data);
  } catch (error) {
    if (!(error instanceof DocxTextError)) throw error;
    throw new OrdinanceFileError(
      'broken-docx',
      path,
      `DOCX 파일을 열 수 없습니다(손상되었거나 DOCX 형식이 아닙니다): ${path}\n${HINT_SAVE_AS}`,
    );
  }
}
