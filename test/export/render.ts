// Helpers for tests that look at a DOCX the way a reader does: its XML, and the PDF LibreOffice makes of it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { convertDocxToPdf } from '../../electron/export/docx-to-pdf.ts';

export async function docxPart(docx: Buffer, part: string): Promise<string> {
  const file = (await JSZip.loadAsync(docx)).file(part);
  if (!file) throw new Error(`${part} missing from the DOCX`);
  return file.async('string');
}

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Fails loudly (not a skip) when the tools are absent: CI installs them, so a skip would hide a broken setup. */
export function requireRenderTools(): void {
  const missing = ['soffice', 'pdftotext', 'pdffonts', 'pdfinfo'].filter((c) => !hasCommand(c));
  if (missing.length > 0) {
    throw new Error(
      `missing ${missing.join(', ')}: install with \`apt-get install -y libreoffice-writer fonts-nanum poppler-utils\``,
    );
  }
}

export interface RenderedPdf {
  path: string;
  pages: number;
  /** `pdftotext -layout` of one page (1-based) or of all pages. */
  text(page?: number): string;
  /** Font names embedded in the PDF, subset prefixes removed. */
  fonts(): string[];
}

export async function renderDocx(docx: Buffer, name: string): Promise<RenderedPdf> {
  const dir = mkdtempSync(join(tmpdir(), 'lexdesk-render-'));
  const docxPath = join(dir, `${name}.docx`);
  writeFileSync(docxPath, docx);
  const path = await convertDocxToPdf(docxPath, dir);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '0');
  return {
    path,
    pages,
    text: (page) =>
      execFileSync('pdftotext', ['-layout', ...(page ? ['-f', `${page}`, '-l', `${page}`] : []), path, '-'], {
        encoding: 'utf8',
      }),
    fonts: () =>
      execFileSync('pdffonts', [path], { encoding: 'utf8' })
        .split('\n')
        .slice(2)
        .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '')
        .filter((f) => f !== ''),
  };
}

/** pdftotext spaces Hangul unevenly (`제 5 조`, `현행`), so text is compared without whitespace. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
