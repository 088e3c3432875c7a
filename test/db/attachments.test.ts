import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import type { FileFilter } from '../../electron/handlers/context.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { AttachmentView } from '../../shared/cases/attachment-views.ts';
import type { CaseRecord } from '../../shared/cases/case-schema.ts';
import type { CaseDetail, EventAdded } from '../../shared/cases/case-views.ts';
import type { Result } from '../../shared/errors.ts';
import { testContext, type FakeDesktop } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { ok } from '../helpers/dispatch.ts';

let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
let desktop: FakeDesktop;
let caseId: number;
let src: string;
let store: string;

async function failure(promise: Promise<Result<unknown>>): Promise<{ code: string; message: string }> {
  const result = await promise;
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** A file shaped like a small PDF (header, one object, trailer). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
/** The first bytes of an HWP 5 file: an OLE compound document with the `HWP Document File` signature. */
const HWP = Buffer.concat([
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  Buffer.alloc(504),
  Buffer.from('HWP Document File', 'ascii'),
  Buffer.alloc(15),
]);

function sourceFile(name: string, data: Buffer): string {
  const path = join(src, name);
  writeFileSync(path, data);
  return path;
}

const sha256sum = (path: string) => execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0];

/** Every file under the attachments folder, relative, `/`-separated. */
function storedFiles(): string[] {
  if (!existsSync(store)) return [];
  return readdirSync(store, { recursive: true, encoding: 'utf8' })
    .filter((p) => statSync(join(store, p)).isFile())
    .map((p) => p.split(sep).join('/'))
    .sort();
}

const count = (table: string) =>
  (database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const storedNameOf = (id: number) =>
  (database.sqlite.prepare('SELECT stored_name AS s FROM attachments WHERE id = ?').get(id) as { s: string }).s;

beforeEach(async () => {
  temp = makeTempDir();
  src = join(temp.dir, '원본');
  mkdirSync(src);
  store = join(temp.dir, 'attachments');
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  const ctx = testContext(database);
  desktop = ctx.desktop;
  dispatch = createDispatcher(ctx);
  const created = await ok<CaseRecord>(
    dispatch('cases:create', { kind: 'civil_suit', caseNumber: '2024가단5678', title: '손해배상(기)' }),
  );
  caseId = created.id;
});

afterEach(async () => {
  await database.close();
  temp.cleanup();
});

describe('attachments:add', () => {
  it('copies the files into <data>/attachments/<yyyy>/<sha prefix>/<uuid>.<ext> with the sha256sum checksum', async () => {
    const pdf = sourceFile('판결문(2024가단5678).pdf', PDF);
    const hwp = sourceFile('준비서면.HWP', HWP);
    const before = { pdf: statSync(pdf).mtimeMs, hwp: statSync(hwp).mtimeMs };

    const added = await ok<AttachmentView[]>(dispatch('attachments:add', { caseId, paths: [pdf, hwp] }));

    expect(added.map((a) => [a.name, a.size, a.sha256])).toEqual([
      ['판결문(2024가단5678).pdf', PDF.length, sha256sum(pdf)],
      ['준비서면.HWP', HWP.length, sha256sum(hwp)],
    ]);
    const files = storedFiles();
    expect(files).toHaveLength(2);
    for (const a of added) {
      const stored = storedNameOf(a.id);
      expect(stored).toMatch(new RegExp(`^2026/${a.sha256.slice(0, 2)}/[0-9a-f-]{36}\\.(pdf|hwp)$`));
      expect(files).toContain(stored);
      expect(sha256sum(join(store, stored))).toBe(a.sha256);
      // Read-only, so a viewer cannot save over the filed copy.
      expect(statSync(join(store, stored)).mode & 0o222).toBe(0);
    }
    // The originals stay where they were, unchanged.
    expect(readFileSync(pdf)).toEqual(PDF);
    expect(readFileSync(hwp)).toEqual(HWP);
    expect({ pdf: statSync(pdf).mtimeMs, hwp: statSync(hwp).mtimeMs }).toEqual(before);

    const detail = await ok<CaseDetail>(dispatch('cases:get', { id: caseId }));
    expect(detail.history.filter((h) => h.entity === 'attachment').map((h) => [h.action, h.changes.name])).toEqual([
      ['create', [null, '준비서면.HWP']],
      ['create', [null, '판결문(2024가단5678).pdf']],
    ]);
    expect(await ok<AttachmentView[]>(dispatch('attachments:list', { caseId }))).toEqual(added);
  });

  it('asks the file picker for the allowed types when no paths are given; cancelling adds nothing', async () => {
    const asked: { filters: FileFilter[]; multiple: boolean }[] = [];
    const pick = desktop.pickFiles.bind(desktop);
    desktop.pickFiles = (filters, multiple) => {
      asked.push({ filters, multiple });
      return pick(filters, multiple);
    };
    desktop.picks = [sourceFile('답변서.docx', Buffer.from('PK\u0003\u0004 docx'))];
    const added = await ok<AttachmentView[]>(dispatch('attachments:add', { caseId }));
    expect(added.map((a) => a.name)).toEqual(['답변서.docx']);
    expect(asked).toEqual([
      {
        filters: [
          {
            name: '첨부 파일',
            extensions: ['pdf', 'hwp', 'hwpx', 'docx', 'doc', 'xlsx', 'jpg', 'jpeg', 'png', 'tif', 'tiff'],
          },
        ],
        multiple: true,
      },
    ]);

    expect(await ok<AttachmentView[]>(dispatch('attachments:add', { caseId }))).toEqual([]); // 취소
    expect(count('attachments')).toBe(1);
  });

  it('links the files to a record of the same case, and refuses a record of another case', async () => {
    const event = await ok<EventAdded>(
      dispatch('events:add', { caseId, kind: 'judgment-served-first-instance', date: '2024-09-13' }),
    );
    const [added] = await ok<AttachmentView[]>(
      dispatch('attachments:add', { caseId, eventId: event.event.id, paths: [sourceFile('판결문.pdf', PDF)] }),
    );
    expect(added?.eventId).toBe(event.event.id);

    const other = await ok<CaseRecord>(dispatch('cases:create', { kind: 'legal_opinion', title: '사용료 질의' }));
    expect(
      await failure(
        dispatch('attachments:add', { caseId: other.id, eventId: event.event.id, paths: [sourceFile('x.pdf', HWP)] }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', message: '이 사건의 기록을 찾을 수 없습니다.' });
  });

  describe('refuses bad files in Korean and writes nothing (rows, history, files)', () => {
    const nothingWritten = () => ({
      rows: count('attachments'),
      history: count('history'),
      files: storedFiles(),
    });

    it('a type that is not allowed, naming the file, even when the other files are fine', async () => {
      const before = nothingWritten();
      const error = await failure(
        dispatch('attachments:add', {
          caseId,
          paths: [sourceFile('판결문.pdf', PDF), sourceFile('설치파일.exe', Buffer.from('MZ'))],
        }),
      );
      expect(error).toEqual({
        code: 'INVALID_INPUT',
        message:
          '첨부할 수 없는 파일 형식입니다: 설치파일.exe. PDF, HWP, HWPX, DOCX, DOC, XLSX, JPG, PNG, TIF 파일만 첨부할 수 있습니다.',
      });
      expect(nothingWritten()).toEqual(before);
    });

    it('a file over 200 MB', async () => {
      const big = join(src, '스캔본.pdf');
      writeFileSync(big, '');
      truncateSync(big, 200 * 1024 * 1024 + 1); // sparse: no 200 MB actually written
      const before = nothingWritten();
      expect(await failure(dispatch('attachments:add', { caseId, paths: [big] }))).toEqual({
        code: 'INVALID_INPUT',
        message: '파일이 너무 큽니다: 스캔본.pdf. 200MB 이하의 파일만 첨부할 수 있습니다.',
      });
      expect(nothingWritten()).toEqual(before);
    });

    it('a missing or empty file', async () => {
      expect(await failure(dispatch('attachments:add', { caseId, paths: [join(src, '없는파일.pdf')] }))).toMatchObject({
        message: '파일을 찾을 수 없습니다: 없는파일.pdf',
      });
      expect(
        await failure(dispatch('attachments:add', { caseId, paths: [sourceFile('빈.pdf', Buffer.alloc(0))] })),
      ).toMatchObject({ message: '빈 파일은 첨부할 수 없습니다: 빈.pdf' });
      expect(nothingWritten()).toEqual({ rows: 0, history: 1, files: [] });
    });

    it('the same file twice on the same case (by checksum, whatever its name); the copy made is removed', async () => {
      await ok(dispatch('attachments:add', { caseId, paths: [sourceFile('판결문.pdf', PDF)] }));
      const before = nothingWritten();
      expect(
        await failure(
          dispatch('attachments:add', {
            caseId,
            paths: [sourceFile('준비서면.hwp', HWP), sourceFile('판결문 사본.pdf', PDF)],
          }),
        ),
      ).toEqual({
        code: 'CONFLICT',
        message: '이미 이 사건에 첨부된 파일입니다: 판결문 사본.pdf (기존 첨부: 판결문.pdf)',
      });
      expect(nothingWritten()).toEqual(before);
      expect(readdirSync(join(store, '.incoming'))).toEqual([]); // no half files left behind either
    });

    it('the same file twice in one batch', async () => {
      const pdf = sourceFile('판결문.pdf', PDF);
      expect(await failure(dispatch('attachments:add', { caseId, paths: [pdf, pdf] }))).toMatchObject({
        code: 'CONFLICT',
        message: '같은 파일을 두 번 첨부하려고 합니다: 판결문.pdf (판결문.pdf와 내용이 같습니다)',
      });
      expect(nothingWritten()).toEqual({ rows: 0, history: 1, files: [] });
    });

    it('a case in the 휴지통', async () => {
      await ok(dispatch('cases:delete', { id: caseId }));
      const before = nothingWritten();
      expect(
        await failure(dispatch('attachments:add', { caseId, paths: [sourceFile('판결문.pdf', PDF)] })),
      ).toMatchObject({ code: 'CONFLICT' });
      expect(nothingWritten()).toEqual(before);
    });
  });

  it('allows the same file on another case', async () => {
    const pdf = sourceFile('판결문.pdf', PDF);
    await ok(dispatch('attachments:add', { caseId, paths: [pdf] }));
    const other = await ok<CaseRecord>(
      dispatch('cases:create', { kind: 'civil_suit', caseNumber: '2025나1234', title: '손해배상(기)' }),
    );
    await ok(dispatch('attachments:add', { caseId: other.id, paths: [pdf] }));
    expect(storedFiles()).toHaveLength(2);
  });
});

describe('attachments:open', () => {
  it('opens the stored copy with the OS viewer after checking it', async () => {
    const [added] = await ok<AttachmentView[]>(
      dispatch('attachments:add', { caseId, paths: [sourceFile('a.pdf', PDF)] }),
    );
    if (!added) throw new Error('nothing added');
    await ok(dispatch('attachments:open', { id: added.id }));
    expect(desktop.opened).toEqual([join(store, ...storedNameOf(added.id).split('/'))]);
  });

  it('refuses an altered or missing file and does not open it', async () => {
    const added = await ok<AttachmentView[]>(
      dispatch('attachments:add', { caseId, paths: [sourceFile('판결문.pdf', PDF), sourceFile('준비서면.hwp', HWP)] }),
    );
    const [pdf, hwp] = added.map((a) => join(store, ...storedNameOf(a.id).split('/')));
    if (!pdf || !hwp) throw new Error('nothing added');
    chmodSync(pdf, 0o644);
    writeFileSync(pdf, Buffer.concat([PDF, Buffer.from('% 고친 내용\n')]));
    unlinkSync(hwp);

    expect(await failure(dispatch('attachments:open', { id: added[0]?.id }))).toEqual({
      code: 'CONFLICT',
      message: '첨부 파일이 손상되었거나 없어졌습니다: 판결문.pdf',
    });
    expect(await failure(dispatch('attachments:open', { id: added[1]?.id }))).toEqual({
      code: 'CONFLICT',
      message: '첨부 파일이 손상되었거나 없어졌습니다: 준비서면.hwp',
    });
    expect(desktop.opened).toEqual([]);
  });

  it('says so in Korean for an unknown id', async () => {
    expect(await failure(dispatch('attachments:open', { id: 999 }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('attachments:remove', () => {
  it('moves the file to .trash (not deleted), removes the row and records the removal', async () => {
    const [added] = await ok<AttachmentView[]>(
      dispatch('attachments:add', { caseId, paths: [sourceFile('판결문.pdf', PDF)] }),
    );
    if (!added) throw new Error('nothing added');
    const stored = storedNameOf(added.id);
    await ok(dispatch('attachments:remove', { id: added.id }));

    expect(await ok<AttachmentView[]>(dispatch('attachments:list', { caseId }))).toEqual([]);
    const files = storedFiles();
    expect(files).toEqual([`.trash/${stored.split('/').pop()}`]);
    expect(readFileSync(join(store, ...(files[0] ?? '').split('/')))).toEqual(PDF);
    const detail = await ok<CaseDetail>(dispatch('cases:get', { id: caseId }));
    expect(detail.history[0]).toMatchObject({
      entity: 'attachment',
      entityId: added.id,
      action: 'delete',
      changes: { name: ['판결문.pdf', null], file: [stored, `.trash/${stored.split('/').pop()}`] },
    });
  });
});
