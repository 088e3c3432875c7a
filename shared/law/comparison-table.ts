// 신·구조문대비표 model (drafting guide §2, reference samples): one row per changed article, full
// article heading, unchanged 항/호 as `(생 략)` / `(현행과 같음)` ranges, dashes for unchanged
// stretches of a changed sentence in the 개정안, changed words underlined in both columns.
import { headingLabel } from './amendment/print.ts';
import { hasChange, unitVisible, type DocDiff, type HeadingDiff, type UnitDiff } from './compare.ts';
import { visibleText } from './normalize.ts';
import { textLabel } from './numbering.ts';
import type { CellParagraph, ComparisonTable, TableRow } from './table-types.ts';
import type { Heading, Unit } from './types.ts';
import { wordDiff, type Span } from './word-diff.ts';

export const OMITTED_OLD = '(생 략)';
export const OMITTED_NEW = '(현행과 같음)';
export const INSERTED = '<신 설>';
export const DELETED = '<삭 제>';
const RANGE = ' ∼ ';

export function tableTitle(name: string, mode: 'partial' | 'full'): string {
  const kind = /규칙$/.test(name.trim()) ? '규칙안' : '조례안';
  return `${name.trim()} ${mode === 'full' ? '전부' : '일부'}개정${kind} 신·구조문대비표`;
}

function push(p: CellParagraph, text: string, underline = false): void {
  if (!text) return;
  const last = p[p.length - 1];
  if (last && (last.underline === true) === underline) last.text += text;
  else p.push(underline ? { text, underline: true } : { text });
}

/** Visual width: Hangul and other wide characters count double. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

function dashes(s: string, isLast: boolean): string {
  if (!s.trim()) return s;
  const lead = /^\s/.test(s) ? ' ' : '';
  const trail = /\s$/.test(s) ? ' ' : '';
  const period = isLast && /\.\s*$/.test(s) ? '.' : '';
  return `${lead}${'-'.repeat(Math.max(3, Math.round(width(s.trim()) * 0.5)))}${period}${trail}`;
}

/** Old text with the changed stretches underlined. */
function oldRuns(p: CellParagraph, text: string, spans: readonly Span[]): void {
  let pos = 0;
  for (const s of spans) {
    const piece = text.slice(s.oldStart, s.oldEnd);
    const lead = /^\s*/.exec(piece)?.[0] ?? '';
    const trail = /\s*$/.exec(piece.slice(lead.length))?.[0] ?? '';
    push(p, text.slice(pos, s.oldStart) + lead);
    push(p, piece.slice(lead.length, piece.length - trail.length), true);
    push(p, trail);
    pos = s.oldEnd;
  }
  push(p, text.slice(pos));
}

/** New text: unchanged stretches as dashes, changed ones underlined. */
function newRuns(p: CellParagraph, text: string, spans: readonly Span[]): void {
  let pos = 0;
  for (const s of spans) {
    push(p, dashes(text.slice(pos, s.newStart), false));
    push(p, text.slice(s.newStart, s.newEnd), true);
    pos = s.newEnd;
  }
  push(p, dashes(text.slice(pos), true));
}

function label(u: Unit): string {
  return u.kind === 'paragraph' && u.implicit ? '' : textLabel(u.kind, u.num);
}

/** Article heading runs, `제5조(위원회의 구성)`, with a changed number or title underlined. */
function headingRuns(u: Unit, other: Unit | null, side: 'old' | 'new', titleChanged: boolean): CellParagraph {
  const p: CellParagraph = [];
  const moved = other !== null && textLabel('article', other.num) !== textLabel('article', u.num);
  push(p, textLabel('article', u.num), moved);
  if (u.title !== null || (titleChanged && other?.title)) {
    push(p, '(');
    const mine = visibleText(u.title ?? '');
    if (titleChanged) {
      const theirs = visibleText(other?.title ?? '');
      const spans = side === 'old' ? wordDiff(mine, theirs) : wordDiff(theirs, mine);
      if (side === 'old') oldRuns(p, mine, spans);
      else {
        let pos = 0;
        for (const s of spans) {
          push(p, mine.slice(pos, s.newStart));
          push(p, mine.slice(s.newStart, s.newEnd), true);
          pos = s.newEnd;
        }
        push(p, mine.slice(pos));
      }
    } else push(p, mine);
    push(p, ')');
  }
  return p;
}

/** Every line of a unit, all underlined (inserted or deleted units). */
function fullLines(u: Unit, underline: boolean): CellParagraph[] {
  const out: CellParagraph[] = [];
  const walk = (x: Unit, first: CellParagraph | null): void => {
    const p: CellParagraph = first ?? [];
    const lbl = label(x);
    const text = unitVisible(x);
    if (x.kind !== 'article') {
      if (p.length) push(p, ' ', underline);
      push(p, [lbl, text].filter(Boolean).join(' '), underline);
      out.push(p);
      x.children.forEach((c) => walk(c, null));
      return;
    }
    const [firstChild, ...rest] = x.children;
    if (firstChild) walk(firstChild, p);
    else out.push(p);
    rest.forEach((c) => walk(c, null));
  };
  if (u.kind === 'article') {
    const head: CellParagraph = [];
    push(head, `${textLabel('article', u.num)}${u.title !== null ? `(${visibleText(u.title)})` : ''}`, underline);
    walk(u, head);
  } else walk(u, null);
  return out;
}

/**
 * One row of the table before headings are attached. The official samples give each 항 and 호 its own row,
 * so that the 현행 and 개정안 of the same unit stand side by side however long either is.
 */
type Pair = TableRow;

function childPairs(children: UnitDiff[]): Pair[] {
  const out: Pair[] = [];
  let i = 0;
  while (i < children.length) {
    const d = children[i] as UnitDiff;
    if (!hasChange(d) && d.old && d.new) {
      // A run of unchanged siblings: `① ∼ ③ (생 략)`.
      let j = i;
      while (j + 1 < children.length && !hasChange(children[j + 1] as UnitDiff)) j++;
      const a = d.old;
      const z = (children[j] as UnitDiff).old ?? a;
      const range = label(a) ? (j > i ? `${label(a)}${RANGE}${label(z)} ` : `${label(a)} `) : '';
      out.push({ old: [[{ text: `${range}${OMITTED_OLD}` }]], new: [[{ text: `${range}${OMITTED_NEW}` }]] });
      i = j + 1;
      continue;
    }
    out.push(...unitPairs(d));
    i++;
  }
  return out;
}

function unitPairs(d: UnitDiff): Pair[] {
  if (d.status === 'inserted' && d.new) return [{ old: [[{ text: INSERTED }]], new: fullLines(d.new, true) }];
  if (d.status === 'deleted' && d.old) return [{ old: fullLines(d.old, true), new: [[{ text: DELETED }]] }];
  const o = d.old as Unit;
  const n = d.new as Unit;
  const po: CellParagraph = [];
  const pn: CellParagraph = [];
  const lo = label(o);
  const ln = label(n);
  push(po, lo, d.moved);
  push(pn, ln, d.moved);
  if (lo) push(po, ' ');
  if (ln) push(pn, ' ');
  if (d.textChanged) {
    oldRuns(po, d.oldText, d.spans);
    newRuns(pn, d.newText, d.spans);
  } else if (d.moved && d.children.every((c) => !hasChange(c))) {
    push(po, d.oldText);
    push(pn, dashes(d.newText, true));
  } else {
    push(po, OMITTED_OLD);
    push(pn, OMITTED_NEW);
  }
  const own: Pair = { old: [po], new: [pn] };
  if (!d.children.some(hasChange)) return [own];
  return [own, ...childPairs(d.children)];
}

/** An article's rows: its heading opens the first row, in front of its first 항 (as the official samples do). */
function articleRows(d: UnitDiff): TableRow[] {
  if (d.status === 'inserted' && d.new) return [{ old: [[{ text: INSERTED }]], new: fullLines(d.new, true) }];
  if (d.status === 'deleted' && d.old) return [{ old: fullLines(d.old, true), new: [[{ text: DELETED }]] }];
  const o = d.old as Unit;
  const n = d.new as Unit;
  const headOld = headingRuns(o, n, 'old', d.titleChanged);
  const headNew = headingRuns(n, o, 'new', d.titleChanged);
  const [first, ...rest] = childPairs(d.children);
  if (!first) return [{ old: [headOld], new: [headNew] }];
  const join = (head: CellParagraph, lines: CellParagraph[]): CellParagraph[] => {
    const [line, ...more] = lines;
    if (!line) return [head];
    const p: CellParagraph = [...head.map((r) => ({ ...r }))];
    push(p, ' ');
    for (const r of line) push(p, r.text, r.underline === true);
    return [p, ...more];
  };
  return [{ old: join(headOld, first.old), new: join(headNew, first.new) }, ...rest];
}

/** A 장·절 heading's own row: `<신 설>` | `제2장 위원회`, or the old and new titles underlined. */
function headingRow(h: HeadingDiff): TableRow {
  const line = (x: Heading, underline: boolean): CellParagraph => [
    underline
      ? { text: `${headingLabel(x.level, x.num)} ${visibleText(x.title)}`.trim(), underline: true }
      : { text: `${headingLabel(x.level, x.num)} ${visibleText(x.title)}`.trim() },
  ];
  if (h.status === 'inserted' && h.new) return { old: [[{ text: INSERTED }]], new: [line(h.new, true)] };
  if (h.status === 'deleted' && h.old) return { old: [line(h.old, true)], new: [[{ text: DELETED }]] };
  const o = h.old as Heading;
  const n = h.new as Heading;
  const lbl = (x: Heading): string => `${headingLabel(x.level, x.num)} `;
  return {
    old: [[{ text: lbl(o) }, { text: visibleText(o.title), underline: true }]],
    new: [[{ text: lbl(n) }, { text: visibleText(n.title), underline: true }]],
  };
}

export function buildComparisonTable(diff: DocDiff, title: string, changed: boolean): ComparisonTable {
  const rows: TableRow[] = [];
  if (!changed) return { title, rows };
  if (diff.titleChanged && diff.oldTitle && diff.newTitle) {
    const spans = wordDiff(diff.oldTitle, diff.newTitle);
    const po: CellParagraph = [];
    const pn: CellParagraph = [];
    oldRuns(po, diff.oldTitle, spans);
    let pos = 0;
    for (const s of spans) {
      push(pn, diff.newTitle.slice(pos, s.newStart));
      push(pn, diff.newTitle.slice(s.newStart, s.newEnd), true);
      pos = s.newEnd;
    }
    push(pn, diff.newTitle.slice(pos));
    rows.push({ old: [po], new: [pn] });
  }
  for (const e of diff.entries) {
    if (e.kind === 'article') {
      if (hasChange(e.d)) rows.push(...articleRows(e.d));
    } else if (e.h.status !== 'same') rows.push(headingRow(e.h));
  }
  return { title, rows };
}
