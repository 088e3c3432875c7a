// Rendering: the exact source for parsed trees, and canonical text for units created by the applier.
import { textLabel } from './numbering.ts';
import type { OrdinanceDoc, Unit } from './types.ts';

export function renderUnit(u: Unit): string {
  let out = u.head + u.text + u.tail;
  for (const c of u.children) out += renderUnit(c);
  return out;
}

export function renderOrdinance(doc: OrdinanceDoc): string {
  let out = doc.front;
  for (const e of doc.body) out += e.kind === 'heading' ? e.raw : renderUnit(e);
  return out + doc.addendaRaw;
}

/**
 * A unit as written in a 개정문 body or a 대비표: one line per 항/호/목, the article heading on the
 * first line (`제5조(위원회의 구성) ① …`). `text` is taken as given (callers pass visible text).
 */
export function unitLines(u: Unit, textOf: (u: Unit) => string): string[] {
  const lines: string[] = [];
  const own = textOf(u);
  if (u.kind === 'article') {
    const head = `${textLabel('article', u.num)}${u.title !== null ? `(${u.title.trim()})` : ''}`;
    const rest: string[] = [];
    for (const c of u.children) rest.push(...unitLines(c, textOf));
    const first = rest.shift();
    lines.push(first !== undefined ? `${head} ${first}` : own ? `${head} ${own}` : head);
    lines.push(...rest);
    return lines;
  }
  const label = u.kind === 'paragraph' && u.implicit ? '' : `${textLabel(u.kind, u.num)} `;
  lines.push(`${label}${own}`.trimEnd());
  for (const c of u.children) lines.push(...unitLines(c, textOf));
  return lines;
}
