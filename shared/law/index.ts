// Public API of the ordinance engine (issue 5): parse/render, compare (개정문 + 대비표), apply.
import { applyAmendment, applyAmendmentDetailed, AmendmentError, type ApplyResult } from './amendment/apply.ts';
import { Planner, type JoinStyle } from './amendment/plan.ts';
import { headingLabel, Printer } from './amendment/print.ts';
import { buildComparisonTable, tableTitle } from './comparison-table.ts';
import { Differ, isPlaceholder, unitVisible } from './compare.ts';
import { canonicalTypography, collapseSpaces, visibleText } from './normalize.ts';
import { parseOrdinance } from './parse.ts';
import { renderOrdinance, unitLines } from './render.ts';
import type { ComparisonTable } from './table-types.ts';
import type { LawWarning, OrdinanceDoc, Unit } from './types.ts';

export type { ComparisonTable, Run, CellParagraph, TableRow } from './table-types.ts';
export type {
  OrdinanceDoc,
  Unit,
  UnitKind,
  UnitNumber,
  Heading,
  BodyEntry,
  AddendumBlock,
  LawWarning,
} from './types.ts';
export { parseOrdinance, renderOrdinance, applyAmendment, applyAmendmentDetailed, AmendmentError };
export type { ApplyResult, JoinStyle };
export { headingLabel };

export interface CompareOptions {
  /** 제명 for the opening line and the table title; default: taken from the old text. */
  title?: string;
  quotes?: 'curly' | 'straight';
  /** Report typographic differences (· vs ㆍ, quotes …) as amendments. Default false. */
  showTypographic?: boolean;
  /** 일부개정 (default) or 전부개정: the drafter decides; the engine only suggests (`fullRevisionSuggested`). */
  mode?: 'partial' | 'full';
  /** How clauses join into sentences (see JoinStyle); default `single`. */
  style?: JoinStyle;
  /** Share of changed text (0..1) above which a 전부개정 is suggested. Default 0.5. */
  fullRevisionThreshold?: number;
}

export interface ComparisonResult {
  changed: boolean;
  mode: 'partial' | 'full';
  /** Most of the text changed: a 전부개정 may suit better (a suggestion; `mode` says what was written). */
  fullRevisionSuggested: boolean;
  amendment: string;
  sentences: string[];
  table: ComparisonTable;
  warnings: LawWarning[];
  ignoredTypographic: number;
}

/** The body (제명, 장·절 headings, articles) in canonical form, without tags and 부칙. */
function canonicalBody(doc: OrdinanceDoc, visible = true): string[] {
  const lines: string[] = [];
  if (doc.title) lines.push(collapseSpaces(doc.title));
  for (const e of doc.body) {
    if (e.kind === 'heading') lines.push(`${headingLabel(e.level, e.num)} ${visibleText(e.title)}`.trim());
    else lines.push(...unitLines(e, (u) => (visible ? unitVisible(u) : u.text)));
  }
  return lines;
}

export function compareOrdinances(oldText: string, newText: string, options: CompareOptions = {}): ComparisonResult {
  const a = parseOrdinance(oldText);
  const b = parseOrdinance(newText);
  const differ = new Differ({ showTypographic: options.showTypographic === true });
  const diff = differ.diffDocs(a, b);
  const name = options.title ?? a.title ?? b.title ?? '이 조례';
  const warnings: LawWarning[] = [
    ...a.warnings.map((w) => ({ ...w, message: `현행: ${w.message}` })),
    ...b.warnings.map((w) => ({ ...w, message: `개정안: ${w.message}` })),
    ...diff.warnings.map((message) => ({ line: 0, text: '', message })),
  ];
  const printer = new Printer({ quotes: options.quotes ?? 'curly' });
  const sentences = new Planner({ style: options.style ?? 'single' }).plan(diff).map((s) => printer.sentence(s));
  const changed = sentences.length > 0;
  const threshold = options.fullRevisionThreshold ?? 0.5;
  const fullRevisionSuggested = changed && diff.changedShare > threshold;
  const mode: 'partial' | 'full' = changed && options.mode === 'full' ? 'full' : 'partial';
  const table = buildComparisonTable(diff, tableTitle(name, mode), changed);
  const base = { changed, mode, fullRevisionSuggested, table, warnings, ignoredTypographic: diff.ignoredTypographic };
  if (!changed) return { ...base, amendment: '', sentences: [] };
  if (mode === 'full') {
    const text = canonicalBody(b).join('\n');
    return { ...base, amendment: `${name} 전부를 다음과 같이 개정한다.\n\n${text}\n`, sentences: [text] };
  }
  return { ...base, amendment: `${name} 일부를 다음과 같이 개정한다.\n\n${sentences.join('\n')}\n`, sentences };
}

/**
 * What round-trip tests compare: the body in canonical layout with history tags, typographic noise,
 * `삭제` placeholders and whitespace differences removed. 부칙 are left out: each amendment appends
 * its own and never edits earlier ones, so they are history like the tags.
 */
export function normalizeForComparison(text: string): string {
  const doc = parseOrdinance(text);
  const drop = (u: Unit): Unit | null => {
    if (isPlaceholder(u)) return null;
    const children = u.children.map(drop).filter((c): c is Unit => c !== null);
    if (u.kind === 'article' && children.length === 1 && children[0]?.implicit && isPlaceholder(children[0]))
      return null;
    return { ...u, title: u.title === null ? null : visibleText(u.title), children };
  };
  doc.body = doc.body
    .map((e) => (e.kind === 'heading' ? e : drop(e)))
    .filter((e): e is NonNullable<typeof e> => e !== null)
    .filter((e) => !(e.kind === 'article' && e.children.length === 0 && !unitVisible(e)));
  // Spacing is not compared: a change of spacing alone is typographic noise (drafting guide §3).
  return canonicalTypography(
    canonicalBody(doc)
      .map((l) => l.replace(/\s+/g, ''))
      .join('\n'),
  );
}
