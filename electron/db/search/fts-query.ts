// Turns what a user typed into safe FTS5 queries. Nothing the user types is ever FTS5 syntax: every term is
// quoted (so `AND`, `NEAR`, `*`, `(`, `-`, `:` are plain text) and `"` is doubled, the only escape inside an
// FTS5 string. Terms are ANDed.
//
// The trigram tokenizer indexes 3-character sequences, so a term of 1–2 characters never matches through
// MATCH directly. Every document column ends in two spaces (migration 003), so each occurrence of a short
// term starts at least one indexed trigram: the term becomes an OR of the trigrams it begins, read from
// `case_search_vocab` by range. That is exactly substring (LIKE) semantics, served by the index.

/** More terms than this add nothing a user can see; they only make the query longer. */
const MAX_TERMS = 10;

/** Characters, not UTF-16 units: `𠮷` is one character to the trigram tokenizer too. */
export function charLength(term: string): number {
  return Array.from(term).length;
}

export function isShortTerm(term: string): boolean {
  return charLength(term) < 3;
}

export function quoteFtsString(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** AND of the long terms, each a quoted string: `"영업정지" AND "서울행정법원"`. */
export function allOf(terms: string[]): string {
  return terms.map(quoteFtsString).join(' AND ');
}

/** OR of the trigrams a short term begins: `("김민수" OR "김민지" OR "김민 ")`. */
export function anyOf(trigrams: string[]): string {
  return `(${trigrams.map(quoteFtsString).join(' OR ')})`;
}

/**
 * The vocabulary range of trigrams that begin with `term`, folded like the index (case_sensitive 0).
 * U+10FFFF is the largest code point, so `term` + it (twice for a 1-character term) closes the range.
 */
export function trigramRange(term: string): [string, string] {
  const folded = term.toLowerCase();
  return [folded, folded + '\u{10FFFF}'.repeat(3 - charLength(folded))];
}

/** For the LIKE fallback (escape character `\`). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * Whitespace-separated terms (including the ideographic space), NFC so decomposed 한글 still matches,
 * deduplicated case-insensitively like the index, longest first so 【김민수】 wins over 【김민】 in snippets.
 */
export function splitTerms(text: string): string[] {
  const terms = text
    .normalize('NFC')
    .split(/[\s\u3000]+/)
    .filter((t) => t.length > 0);
  const unique = [...new Map(terms.map((t) => [t.toLowerCase(), t])).values()].slice(0, MAX_TERMS);
  return unique.sort((a, b) => charLength(b) - charLength(a));
}
