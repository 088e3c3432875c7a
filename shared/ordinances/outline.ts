// The outline of an ordinance text as the registry and the editor show it: 제명, 장·절 headings, 조 with their
// titles and the 부칙 blocks, each with the (0-based) line to jump to.
import { parseOrdinance, type OrdinanceDoc } from '../law/index.ts';
import type { OutlineItem, ParsedText } from './ordinance-views.ts';

const HEADING_ORDER = ['편', '장', '절', '관'] as const;

/** `제5조의2`, `제2장`: the level word comes before the branch number. */
function numberLabel(main: number, branch: number, level: string): string {
  return `제${main}${level}${branch > 0 ? `의${branch}` : ''}`;
}

/** `부칙 <조례 제1234호, 2022. 3. 10.>` — the 부칙 word and its promulgation tag, without the text that follows. */
export function supplementLabel(header: string): string {
  const text = header.replace(/^#+\s*/, '').trim();
  const match = /^부\s*칙\s*(<[^>]*>|\([^)]*\))?/.exec(text);
  if (!match) return text.slice(0, 40);
  return match[1] ? `부칙 ${match[1]}` : '부칙';
}

export function outlineOf(doc: OrdinanceDoc): OutlineItem[] {
  const items: OutlineItem[] = [];
  if (doc.title) {
    const frontLines = doc.front.split('\n');
    const index = frontLines.findIndex((l) => l.includes(doc.title ?? ''));
    items.push({ kind: 'title', label: doc.title, line: Math.max(0, index), depth: 0 });
  }
  // Depth follows the heading levels the text actually uses, so a text with only 장 does not indent twice.
  const levels = HEADING_ORDER.filter((level) => doc.body.some((e) => e.kind === 'heading' && e.level === level));
  let articleDepth = 0;
  for (const entry of doc.body) {
    if (entry.kind === 'heading') {
      const depth = levels.indexOf(entry.level);
      const label = `${numberLabel(entry.num.main, entry.num.branch, entry.level)} ${entry.title}`.trim();
      items.push({ kind: 'heading', label, line: Math.max(0, entry.line - 1), depth });
      articleDepth = depth + 1;
    } else if (entry.kind === 'article') {
      const label = `${numberLabel(entry.num.main, entry.num.branch, '조')}${entry.title ? `(${entry.title})` : ''}`;
      items.push({ kind: 'article', label, line: Math.max(0, entry.line - 1), depth: articleDepth });
    }
  }
  for (const block of doc.addenda)
    items.push({
      kind: 'supplement',
      label: supplementLabel(block.header),
      line: Math.max(0, block.line - 1),
      depth: 0,
    });
  return items;
}

export function articleCount(doc: OrdinanceDoc): number {
  return doc.body.filter((e) => e.kind === 'article').length;
}

/** Outline, the parser's warnings and the number of articles of a text. */
export function parseText(text: string): ParsedText {
  const doc = parseOrdinance(text);
  return { outline: outlineOf(doc), warnings: doc.warnings, articleCount: articleCount(doc) };
}
