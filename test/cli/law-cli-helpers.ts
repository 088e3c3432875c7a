// In-process runs of the lexdesk CLI for the compare/apply tests: stdout through a stream, stderr through a spy.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { vi } from 'vitest';
import { runCli } from '../../electron/cli.ts';

export const LAW_FIXTURES = resolve(import.meta.dirname, '../fixtures/law');

export function fixturePath(slug: string, file: string): string {
  return join(LAW_FIXTURES, slug, file);
}

export function fixture(slug: string, file: string): string {
  return readFileSync(fixturePath(slug, file), 'utf8');
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  const out = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      stdout += chunk.toString();
      done();
    },
  });
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    const code = await runCli(argv, out);
    return { code, stdout, stderr };
  } finally {
    spy.mockRestore();
  }
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'lexdesk-cli-'));
}

export function writeTemp(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Official texts mix “…” and "…"; compare sentences with one kind of quote. */
export function unifyQuotes(text: string): string {
  return text.replace(/[“”„‟]/g, '"').replace(/[‘’]/g, "'");
}
