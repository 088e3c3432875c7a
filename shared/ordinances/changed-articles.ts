import type { ComparisonTable } from '../law/table-types.ts';

const ARTICLE = /^제\s*(\d+)\s*조(?:\s*의\s*(\d+))?/;

/**
 * The articles a comparison table shows as changed, in table order (`제5조`, `제7조의2`), from the new column
 * (the old one for a deleted article): what a drafter cites as `(안 제5조)` in the 주요내용.
 */
export function changedArticles(table: ComparisonTable): string[] {
  const seen = new Set<string>();
  for (const row of table.rows) {
    for (const cell of [row.new, row.old]) {
      const first = (cell[0] ?? []).map((r) => r.text).join('');
      const match = ARTICLE.exec(first.trim());
      if (!match) continue;
      seen.add(`제${match[1]}조${match[2] ? `의${match[2]}` : ''}`);
      break;
    }
  }
  return [...seen];
}
