// The attachments folder beside the database: `<data>/attachments/<yyyy>/<sha256[0..2]>/<uuid>.<ext>`.
// Files are only ever added, checked and moved to `.trash`; an original the user picked is read, never touched.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';

export interface StoredFile {
  /** Path below the attachments folder with `/` separators, as the database keeps it. */
  storedName: string;
  /** Absolute path of the copy. */
  path: string;
  sha256: string;
  size: number;
}

/** Thrown when a file grew past the limit while it was being copied. */
export class FileTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`file exceeds ${limit} bytes`);
    this.name = 'FileTooLargeError';
  }
}

export function attachmentRoot(dataPath: string): string {
  return join(dirname(dataPath), 'attachments');
}

/** Absolute path of a stored name; the database keeps `/` so the folder can move between Windows and Linux. */
export function storedPath(root: string, storedName: string): string {
  return join(root, ...storedName.split('/'));
}

/** Lower-case extension without the dot (`판결문.PDF` → `pdf`), '' when there is none. */
export function fileExtension(path: string): string {
  return extname(path).slice(1).toLowerCase();
}

/**
 * Copies `source` into the store while hashing it. The copy is written under `.incoming/` and fsynced, then
 * renamed into place, so a crash leaves at most a stray `.part` file and never a half file at a stored path.
 */
export async function storeFile(root: string, source: string, year: string, maxBytes: number): Promise<StoredFile> {
  const incoming = join(root, '.incoming');
  await mkdir(incoming, { recursive: true });
  const id = randomUUID();
  const ext = fileExtension(source);
  const temp = join(incoming, `${id}.part`);
  const hash = createHash('sha256');
  let size = 0;
  try {
    await pipeline(
      createReadStream(source),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          size += chunk.length;
          if (size > maxBytes) throw new FileTooLargeError(maxBytes);
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(temp, { flags: 'wx' }), // wx: never write over anything
    );
    await fsync(temp);
    const sha256 = hash.digest('hex');
    const storedName = `${year}/${sha256.slice(0, 2)}/${ext ? `${id}.${ext}` : id}`;
    const path = storedPath(root, storedName);
    await mkdir(dirname(path), { recursive: true });
    // rename() replaces silently on POSIX; the UUID makes a clash impossible in practice, this makes it certain.
    if (await exists(path)) throw new Error(`stored path already exists: ${storedName}`);
    await rename(temp, path);
    // Read-only, so Word or 한글 opening the stored copy cannot save over the filed original (and break the checksum).
    await chmod(path, 0o444);
    return { storedName, path, sha256, size };
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** SHA-256 of a file, streamed (attachments may be hundreds of MB). */
export async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** The stored file's checksum, or null when it is gone. */
export async function storedChecksum(path: string): Promise<string | null> {
  if (!(await exists(path))) return null;
  return hashFile(path);
}

/** Moves a stored file to `.trash/` (same volume, so a rename); returns the new path, or null if it was missing. */
export async function moveToTrash(root: string, storedName: string): Promise<string | null> {
  const from = storedPath(root, storedName);
  if (!(await exists(from))) return null;
  const trash = join(root, '.trash');
  await mkdir(trash, { recursive: true });
  let to = join(trash, basename(from));
  if (await exists(to)) to = join(trash, `${randomUUID()}-${basename(from)}`);
  await rename(from, to);
  return to;
}

/** Puts a file moved by moveToTrash back, when recording the removal failed. */
export async function restoreFromTrash(root: string, trashPath: string, storedName: string): Promise<void> {
  await rename(trashPath, storedPath(root, storedName));
}

/** Best-effort removal of copies made by a batch that failed (read-only copies need write permission first). */
export async function discardCopies(files: readonly StoredFile[]): Promise<void> {
  await Promise.all(
    files.map(async (f) => {
      await chmod(f.path, 0o644).catch(() => undefined);
      await rm(f.path, { force: true }).catch(() => undefined);
    }),
  );
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function fsync(path: string): Promise<void> {
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
