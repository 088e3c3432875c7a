import { SEARCH_COLUMN_ORDER, SEARCH_FIELD_LABELS, type SearchDocument } from './search-fields.ts';
import type { SearchField } from '../../../shared/cases/search-views.ts';

// Highlighting happens here rather than with FTS5's snippet(): the LIKE path for short terms has no FTS
// cursor, and one implementation keeps both paths looking the same.

const BEFORE = 20;
const AFTER = 40;

interface Hit {
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Case-insensitive occurrences of any term (terms longest first), without overlaps, in text order. */
function findHits(text: string, terms: string[]): Hit[] {
  const hits: Hit[] = [];
  for (const term of terms) {
    if (term.length === 0) continue;
    // A regex rather than toLowerCase + indexOf: lower-casing may change the length (İ → i̇) and shift offsets.
    for (const m of text.matchAll(new RegExp(escapeRegExp(term), 'giu'))) {
      const start = m.index;
      const end = start + m[0].length;
      if (!hits.some((h) => start < h.end && end > h.start)) hits.push({ start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Labels of the document columns that contain at least one term. */
export function matchedFields(doc: SearchDocument, terms: string[]): SearchField[] {
  return SEARCH_COLUMN_ORDER.filter((col) => findHits(doc[col], terms).length > 0).map(
    (col) => SEARCH_FIELD_LABELS[col],
  );
}

/** About 60 characters of the best column around its first hit, every hit inside wrapped as 【…】. */
export function buildSnippet(doc: SearchDocument, terms: string[]): string {
  for (const col of SEARCH_COLUMN_ORDER) {
    const text = doc[col];
    const hits = findHits(text, terms);
    const first = hits[0];
    if (!first) continue;
    // Never cut a surrogate pair or a highlighted term in half.
    let from = Math.max(0, first.start - BEFORE);
    if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from] ?? '')) from--;
    let to = Math.min(text.length, Math.max(first.end, first.start + AFTER));
    for (const h of hits) if (h.start < to && h.end > to) to = h.end;
    if (to < text.length && /[\uDC00-\uDFFF]/.test(text[to] ?? '')) to++;
    let out = from > 0 ? '…' : '';
    let at = from;
    for (const h of hits) {
      if (h.start < from || h.end > to) continue;
      out += `${text.slice(at, h.start)}【${text.slice(h.start, h.end)}】`;
      at = h.end;
    }
    return out + text.slice(at, to) + (to < text.length ? '…' : '');
  }
  return '';
}
