// The 신·구조문대비표 model shared by the engine (shared/law), the DOCX writer (electron/export)
// and the renderer's live preview. Plain JSON so it can cross the IPC bridge.

/** A stretch of text in one cell; `underline` marks what changes (현행: goes away, 개정안: comes in). */
export interface Run {
  text: string;
  underline?: true;
}

/** One line of a cell: a cell holds several paragraphs (article heading, 항, 호 …). */
export type CellParagraph = Run[];

/** One row of the table: the 현행 cell and the 개정안 cell. */
export interface TableRow {
  old: CellParagraph[];
  new: CellParagraph[];
}

export interface ComparisonTable {
  /** e.g. `서울특별시 마포구 법률고문 운영 조례 일부개정조례안 신·구조문대비표` */
  title: string;
  rows: TableRow[];
}
