// House style shared by every Word document LexDesk writes (대비표, 개정문, later the 의안 package):
// A4 portrait, a Myeongjo serif for Korean, page numbers `- 1 -` in the footer.
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
  type ISectionOptions,
} from 'docx';

export interface DocxFontOptions {
  /** Font family for Latin and Korean text alike; default `바탕`. */
  fontFamily?: string;
  /** Body size in points; default 12 (councils use 11–12, the official manual 14). */
  fontSizePt?: number;
}

/**
 * `바탕` is the Myeongjo every office PC (Windows) has; LibreOffice maps it to Noto Serif KR or NanumMyeongjo
 * through its font-replacement table, so the same name renders as a Korean serif on Linux too.
 */
export const DEFAULT_FONT_FAMILY = '바탕';
export const DEFAULT_BODY_PT = 12;
export const TITLE_PT = 16;

/** A4 portrait in twips (1/20 pt); margins 20 mm, as the council templates use. */
export const A4 = { width: 11906, height: 16838 } as const;
export const PAGE_MARGIN = 1134;
/** Width available to a full-width table. */
export const TEXT_WIDTH = A4.width - 2 * PAGE_MARGIN;

export interface ResolvedFont {
  family: string;
  /** Half-points, the unit Word stores sizes in. */
  bodySize: number;
}

export function resolveFont(opts: DocxFontOptions = {}): ResolvedFont {
  const family = opts.fontFamily?.trim() || DEFAULT_FONT_FAMILY;
  const pt = opts.fontSizePt ?? DEFAULT_BODY_PT;
  if (!Number.isFinite(pt) || pt < 6 || pt > 36) throw new RangeError(`글자 크기는 6–36pt 사이여야 합니다: ${pt}`);
  return { family, bodySize: Math.round(pt * 2) };
}

/**
 * The run font with every script slot set: Word picks the `eastAsia` slot for Hangul, so setting only the
 * name (ascii) would leave Korean text in the theme's font.
 */
export function fontAttributes(family: string): NonNullable<IRunOptions['font']> {
  return { ascii: family, eastAsia: family, hAnsi: family, cs: family };
}

/** A document with the house defaults; `sections` supply the content. */
export function createDocument(font: ResolvedFont, title: string, sections: ISectionOptions[]): Document {
  return new Document({
    title,
    creator: 'LexDesk',
    styles: {
      default: {
        document: {
          run: {
            font: fontAttributes(font.family),
            size: font.bodySize,
            language: { value: 'ko-KR', eastAsia: 'ko-KR' },
          },
          paragraph: { spacing: { line: 300 } },
        },
      },
    },
    sections,
  });
}

/** Page setup and footer every section uses. */
export function pageSection(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: A4.width, height: A4.height },
        margin: { top: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN, right: PAGE_MARGIN, footer: 567 },
      },
    },
    footers: { default: pageNumberFooter() },
    children,
  };
}

/** Centred `- 1 -`, the page number form of Korean official documents. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })],
      }),
    ],
  });
}

/** Centred bold title, broken into lines by titleLines and kept in one paragraph. */
export function titleParagraph(title: string): Paragraph {
  const parts = titleLines(title);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    keepNext: true,
    children: parts.map(
      (text, i) => new TextRun({ text, bold: true, size: TITLE_PT * 2, break: i > 0 ? 1 : undefined }),
    ),
  });
}

/**
 * How many Hangul syllables fit on one title line (16 pt on a 170 mm line), a little under what LibreOffice and
 * Word fit with 바탕/나눔명조, so our own break comes first and the renderer never adds another.
 */
const TITLE_LINE_CAPACITY = 30;

/** Width in Hangul syllables: Latin letters, digits and spaces count as half. */
function titleWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\s!-~]/.test(ch) ? 0.5 : 1;
  return width;
}

/** The natural break points of a bill title: before `일부개정조례안` and before `신·구조문대비표`. */
const TITLE_SEGMENTS = /\s+(?=(?:일부|전부)개정(?:조례|규칙)안(?:\s|$)|신[·ㆍ・]?구\s*조문\s*대비표$)/;

/**
 * Lines for a long title. Left to itself the renderer breaks wherever the line fills up — inside
 * `신·구조문대비표` at its middle dot, or leaving `조례` alone on a line — so we break first: at the natural
 * points when each part fits on a line, otherwise between words.
 */
export function titleLines(title: string): string[] {
  const text = title.trim().replace(/\s+/g, ' ');
  if (titleWidth(text) <= TITLE_LINE_CAPACITY) return [text];
  const segments = text.split(TITLE_SEGMENTS);
  if (segments.every((s) => titleWidth(s) <= TITLE_LINE_CAPACITY)) return pack(segments);
  return pack(text.split(' '));
}

/** Greedy fill: each piece goes on the current line if it fits, else starts the next one. */
function pack(pieces: string[]): string[] {
  const lines: string[] = [];
  for (const piece of pieces) {
    const last = lines[lines.length - 1];
    if (last !== undefined && titleWidth(`${last} ${piece}`) <= TITLE_LINE_CAPACITY)
      lines[lines.length - 1] = `${last} ${piece}`;
    else lines.push(piece);
  }
  return lines;
}

export async function packDocx(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}
