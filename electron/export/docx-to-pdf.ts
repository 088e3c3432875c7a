// DOCX → PDF through LibreOffice, for previews on machines without Word and for tests that check what a reader
// sees. Our documents name Windows fonts (바탕 …); Linux has none of them and fontconfig's default answer for an
// unknown Korean family is a Gothic (sans), so we hand LibreOffice a fontconfig file that maps the Windows names
// to the free Korean faces of the same style.
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Windows family → the free faces that look alike, best first. */
const KOREAN_FONT_ALIASES: Record<string, string[]> = {
  바탕: ['NanumMyeongjo', 'Noto Serif CJK KR', 'Noto Serif KR', 'UnBatang', 'Baekmuk Batang'],
  Batang: ['NanumMyeongjo', 'Noto Serif CJK KR', 'Noto Serif KR', 'UnBatang', 'Baekmuk Batang'],
  바탕체: ['NanumMyeongjo', 'Noto Serif CJK KR', 'UnBatang'],
  BatangChe: ['NanumMyeongjo', 'Noto Serif CJK KR', 'UnBatang'],
  신명조: ['NanumMyeongjo', 'Noto Serif CJK KR', 'UnBatang'],
  HY신명조: ['NanumMyeongjo', 'Noto Serif CJK KR', 'UnBatang'],
  함초롬바탕: ['NanumMyeongjo', 'Noto Serif CJK KR', 'UnBatang'],
  굴림: ['NanumGothic', 'Noto Sans CJK KR', 'UnDotum'],
  돋움: ['NanumGothic', 'Noto Sans CJK KR', 'UnDotum'],
  '맑은 고딕': ['NanumGothic', 'Noto Sans CJK KR', 'UnDotum'],
};

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A fontconfig file: the system configuration plus our aliases. */
export function koreanFontconfig(): string {
  const aliases = Object.entries(KOREAN_FONT_ALIASES).map(
    ([family, prefer]) =>
      `  <alias binding="same"><family>${escapeXml(family)}</family><prefer>${prefer
        .map((f) => `<family>${escapeXml(f)}</family>`)
        .join('')}</prefer></alias>`,
  );
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ...aliases,
    '</fontconfig>',
    '',
  ].join('\n');
}

export class PdfConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfConversionError';
  }
}

export interface DocxToPdfOptions {
  /** LibreOffice binary; default `soffice` on the PATH. */
  soffice?: string;
  timeoutMs?: number;
}

/**
 * Converts `docxPath` into `outDir` and returns the PDF's path. Each call uses its own LibreOffice profile, so
 * parallel conversions (tests, batch exports) do not fight over the lock of the user's profile.
 */
export async function convertDocxToPdf(docxPath: string, outDir: string, opts: DocxToPdfOptions = {}): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'lexdesk-soffice-'));
  try {
    const fontconfigFile = join(work, 'fonts.conf');
    await writeFile(fontconfigFile, koreanFontconfig());
    await mkdir(outDir, { recursive: true });
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      resolve(outDir),
      resolve(docxPath),
    ];
    await run(
      opts.soffice ?? 'soffice',
      args,
      { ...process.env, FONTCONFIG_FILE: fontconfigFile },
      opts.timeoutMs ?? 120_000,
    );
    const pdf = join(resolve(outDir), `${basename(docxPath).replace(/\.docx$/i, '')}.pdf`);
    const info = await stat(pdf).catch(() => undefined);
    if (!info || info.size === 0) throw new PdfConversionError(`LibreOffice가 PDF를 만들지 못했습니다: ${docxPath}`);
    return pdf;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeout: number): Promise<void> {
  return new Promise((done, fail) => {
    execFile(command, args, { env, timeout }, (error, _stdout, stderr) => {
      if (!error) return done();
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return fail(
          new PdfConversionError(
            'LibreOffice(soffice)를 찾을 수 없습니다. `apt-get install -y libreoffice-writer fonts-nanum` 등으로 설치해 주세요.',
          ),
        );
      }
      fail(new PdfConversionError(`LibreOffice 변환에 실패했습니다: ${stderr.trim() || error.message}`));
    });
  });
}
