// Word files for an amendment: the 신·구조문대비표 (two columns 현 행 | 개 정 안) and the 개정문 alone.
// Layout follows the official samples (shared/fixtures/reference): equal columns across the page, a shaded
// header repeated on each page, changed words underlined in both columns.
import { AlignmentType, Paragraph, TextRun } from 'docx';
import type { ComparisonTable } from '../../shared/law/table-types.ts';
import { comparisonGrid } from './comparison-table-section.ts';
import {
  createDocument,
  packDocx,
  pageSection,
  resolveFont,
  titleParagraph,
  type DocxFontOptions,
} from './docx-style.ts';

export type ComparisonDocxOptions = DocxFontOptions;

export async function buildComparisonDocx(table: ComparisonTable, opts: ComparisonDocxOptions = {}): Promise<Buffer> {
  const font = resolveFont(opts);
  const doc = createDocument(font, table.title, [pageSection([titleParagraph(table.title), comparisonGrid(table)])]);
  return packDocx(doc);
}

/**
 * The bill name for a 제명: `○○ 조례` → `○○ 조례 일부개정조례안`, `○○ 규칙` → `○○ 규칙 일부개정규칙안`;
 * a name that is already a bill name (ends in 안) is kept.
 */
export function amendmentBillTitle(name: string, fullRevision = false): string {
  const trimmed = name.trim();
  if (trimmed.endsWith('안')) return trimmed;
  const kind = trimmed.endsWith('규칙') ? '규칙' : '조례';
  return `${trimmed} ${fullRevision ? '전부' : '일부'}개정${kind}안`;
}

const FULL_REVISION_OPENING = /전부를 다음과 같이 개정한다/;

/** The 개정문 alone: the bill name as title, then one paragraph per line of the amendment text. */
export async function buildAmendmentDocx(
  title: string,
  amendment: string,
  opts: ComparisonDocxOptions = {},
): Promise<Buffer> {
  const font = resolveFont(opts);
  const billTitle = amendmentBillTitle(title, FULL_REVISION_OPENING.test(amendment));
  const lines = amendment.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const body = lines.map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.BOTH,
        spacing: { after: 120 },
        // Official 개정문 indent each sentence by one character.
        indent: { firstLine: font.bodySize * 10 },
        children: [new TextRun(line)],
      }),
  );
  const doc = createDocument(font, billTitle, [pageSection([titleParagraph(billTitle), ...body])]);
  return packDocx(doc);
}
