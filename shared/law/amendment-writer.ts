// 개정문 generator: turns the diff model into the operative sentences drafters write
// (drafting guide §3; where published texts differ, they win: replacements chain with commas).
import { isPlaceholder, unitVisible, type DocDiff, type UnitDiff } from './compare.ts';
import { canonicalTypography, visibleText } from './normalize.ts';
import { compareNum, numKey, pathLabel } from './numbering.ts';
import { directionParticle, objectParticle } from './particles.ts';
import { unitLines } from './render.ts';
import { countOccurrences, dropProviso, replaceAllLoose } from './text-edit.ts';
import type { Unit } from './types.ts';
import { isWordChar, type Span } from './word-diff.ts';

export interface WriterOptions {
  quotes: 'curly' | 'straight';
}

type Clause =
  | { type: 'replace'; group: string; targets: string[]; pairs: Array<[string, string]>; each: boolean }
  | { type: 'erase'; group: string; target: string; text: string }
  | { type: 'title'; group: string; target: string; from: string; to: string }
  | { type: 'proviso'; group: string; target: string }
  | { type: 'delete'; group: string; targets: string; last: string; each: boolean }
  | { type: 'move'; group: string; from: string; to: string; each: boolean }
  | { type: 'rewrite'; group: string; target: string; body: string[] }
  | {
      type: 'insert';
      group: string;
      parent: string | null;
      targets: string;
      last: string;
      each: boolean;
      body: string[];
    };

const REWRITE_SPANS = 4;
const REWRITE_SHARE = 0.6;
// Short units (a department name in a 호) are amended by replacement however much of them changes.
const REWRITE_MIN_LENGTH = 40;

export class AmendmentWriter {
  private readonly clauses: Clause[] = [];

  constructor(private readonly opts: WriterOptions) {}

  q(s: string): string {
    return this.opts.quotes === 'curly' ? `\u201c${s}\u201d` : `"${s}"`;
  }

  /** Body text of a unit as written after `다음과 같이 한다`. */
  private body(u: Unit): string[] {
    return unitLines(u, unitVisible);
  }

  write(diff: DocDiff): string[] {
    if (diff.titleChanged && diff.oldTitle && diff.newTitle)
      this.clauses.push({ type: 'title', group: '', target: '제명', from: diff.oldTitle, to: diff.newTitle });
    for (const h of diff.headings)
      this.clauses.push({
        type: 'title',
        group: '',
        target: `제${numKey(h.new.num)}${h.new.level}`,
        from: visibleText(h.old.title),
        to: visibleText(h.new.title),
      });
    this.siblings(diff.articles, '');
    return this.sentences(groupEach(this.clauses));
  }

  /** Path with `(종전의 …)` wherever a level was renumbered; `ownOld` names the unit by its old number. */
  private path(d: UnitDiff, ownOld = false): string {
    const parents = d.newParents.length
      ? chainPath(d.newParents, d.oldParents.length === d.newParents.length ? d.oldParents : null)
      : chainPath(d.oldParents, null);
    const own = ownOld ? (d.old ?? d.new) : (d.new ?? d.old);
    if (!own || (own.kind === 'paragraph' && own.implicit)) return parents;
    let label = pathLabel(own.kind, own.num);
    if (!ownOld && d.moved && d.old && !(d.old.kind === 'paragraph' && d.old.implicit))
      label += `(종전의 ${pathLabel(d.old.kind, d.old.num)})`;
    return parents + label;
  }

  private parentPath(d: UnitDiff): string | null {
    if (d.newParents.length === 0) return null;
    return chainPath(d.newParents, d.oldParents.length === d.newParents.length ? d.oldParents : null) || null;
  }

  private siblings(list: UnitDiff[], group: string): void {
    const g = (d: UnitDiff): string =>
      group || (d.kind === 'article' ? numKey((d.new ?? d.old)?.num ?? { main: 0, branch: 0 }) : group);
    // 1. Deletions and changes of units that keep their number, in order.
    let pendingDel: UnitDiff[] = [];
    const flushDel = (): void => {
      if (pendingDel.length) this.deletions(pendingDel, g(pendingDel[0] as UnitDiff));
      pendingDel = [];
    };
    for (const d of list) {
      if (d.status === 'deleted') {
        pendingDel.push(d);
        continue;
      }
      if (d.moved || d.status === 'inserted') continue;
      if (d.status === 'modified') {
        flushDel();
        this.unit(d, g(d));
      }
    }
    flushDel();
    // 2. Renumbering, as one batch (the applier moves a batch at once).
    const moves = list.filter((d) => d.moved && d.status !== 'inserted' && d.status !== 'deleted' && d.old && d.new);
    if (moves.length) this.moves(moves, group);
    // 3. Changes of renumbered units and new units, in new order.
    let pendingIns: UnitDiff[] = [];
    const flushIns = (): void => {
      if (pendingIns.length) this.insertions(pendingIns, g(pendingIns[0] as UnitDiff));
      pendingIns = [];
    };
    for (const d of list) {
      if (d.status === 'inserted' && d.new && isPlaceholder(d.new)) continue;
      if (d.status === 'inserted') {
        const prev = pendingIns[pendingIns.length - 1];
        if (prev && !(prev.new && d.new && adjacentNumbers(prev.new, d.new))) flushIns();
        pendingIns.push(d);
        continue;
      }
      flushIns();
      if (d.moved && d.status === 'modified') this.unit(d, g(d));
    }
    flushIns();
  }

  private unit(d: UnitDiff, group: string): void {
    const u = d.new;
    if (!u || !d.old) return;
    if (d.rewrite) {
      this.clauses.push({ type: 'rewrite', group, target: this.path(d), body: this.body(u) });
      return;
    }
    if (d.titleChanged)
      this.clauses.push({
        type: 'title',
        group,
        target: this.path(d),
        from: `(${visibleText(d.old.title ?? '')})`,
        to: `(${visibleText(u.title ?? '')})`,
      });
    if (d.textChanged && this.text(d, group)) return;
    this.siblings(d.children, group);
  }

  /** Clauses for a change of a unit's own text; falls back to rewriting it. True if that covered the children. */
  private text(d: UnitDiff, group: string): boolean {
    const u = d.new;
    if (!u) return false;
    const target = this.path(d);
    // `중` edits the unit with everything below it, so a quote must not occur in its 호/목 either.
    const below = (d.old?.children ?? []).flatMap(function all(c: Unit): string[] {
      return [unitVisible(c), ...c.children.flatMap(all)];
    });
    const spans = quotableSpans(d.oldText, d.newText, d.spans, below.join('\n'));
    const changedChars = d.spans.reduce((n, s) => n + s.oldText.length + s.newText.length, 0);
    const share = changedChars / Math.max(1, d.oldText.length + d.newText.length);
    const long = Math.max(d.oldText.length, d.newText.length) > REWRITE_MIN_LENGTH;
    if (spans && spans.length <= REWRITE_SPANS && (share <= REWRITE_SHARE || !long)) {
      const clauses = this.spanClauses(target, group, d.oldText, spans);
      if (clauses && simulate(d.oldText, clauses) === canonicalTypography(d.newText)) {
        this.clauses.push(...clauses);
        return false;
      }
    }
    // Rewrite: the whole unit, or only its own text when it keeps 호/목 below it.
    const article = d.newParents[d.newParents.length - 1];
    if (u.kind === 'paragraph' && u.implicit && article && (u.children.length === 0 || d.old?.children.length === 0)) {
      // The article's only text: rewrite the article (`제7조를 다음과 같이 한다`).
      this.clauses.push({ type: 'rewrite', group, target, body: this.body(article) });
      return true;
    }
    if (u.children.length === 0 || d.old?.children.length === 0) {
      this.clauses.push({ type: 'rewrite', group, target, body: this.body(u) });
      return true;
    }
    const part = u.kind === 'item' ? '각 목 외의 부분' : '각 호 외의 부분';
    this.clauses.push({ type: 'rewrite', group, target: `${target} ${part}`, body: this.body({ ...u, children: [] }) });
    return false;
  }

  private spanClauses(target: string, group: string, oldText: string, spans: Span[]): Clause[] | null {
    const out: Clause[] = [];
    let replace: Clause | null = null;
    const seen = new Set<string>();
    for (const s of spans) {
      const key = `${s.oldText}\u0000${s.newText}`;
      if (seen.has(key)) continue; // identical changes: one clause replaces every occurrence
      seen.add(key);
      if (s.newText === '') {
        if (s.oldEnd === oldText.length && /^\s*다만/.test(s.oldText)) out.push({ type: 'proviso', group, target });
        else out.push({ type: 'erase', group, target, text: s.oldText });
        replace = null;
        continue;
      }
      if (replace?.type === 'replace') replace.pairs.push([s.oldText, s.newText]);
      else {
        replace = { type: 'replace', group, targets: [target], pairs: [[s.oldText, s.newText]], each: false };
        out.push(replace);
      }
    }
    return out;
  }

  private deletions(ds: UnitDiff[], group: string): void {
    const labels = ds.map((d) => ({ full: this.path(d, true), u: d.old as Unit }));
    const { text, last, count } = listTargets(labels);
    this.clauses.push({ type: 'delete', group, targets: text, last, each: count > 1 });
  }

  private insertions(ds: UnitDiff[], group: string): void {
    const first = ds[0];
    if (!first) return;
    const parent = this.parentPath(first);
    const body = ds.flatMap((d) => (d.new ? this.body(d.new) : []));
    const labels = ds.map((d) => ({
      full: parent === null ? this.path(d) : pathLabel(d.kind, (d.new as Unit).num),
      u: d.new as Unit,
    }));
    const { text, last, count } = listTargets(labels, false);
    this.clauses.push({ type: 'insert', group, parent, targets: text, last, each: count > 1, body });
  }

  private moves(ds: UnitDiff[], group: string): void {
    // Order so that moving one at a time never lands on a unit still to be moved.
    const up = ds.filter((d) => compareNum((d.new as Unit).num, (d.old as Unit).num) > 0);
    const down = ds.filter((d) => compareNum((d.new as Unit).num, (d.old as Unit).num) < 0);
    up.sort((a, b) => compareNum((b.old as Unit).num, (a.old as Unit).num));
    down.sort((a, b) => compareNum((a.old as Unit).num, (b.old as Unit).num));
    for (const run of runs([...up, ...down])) {
      const a = run[0];
      const z = run[run.length - 1];
      if (!a || !z) continue;
      const from = (d: UnitDiff): string => this.path(d, true);
      const to = (d: UnitDiff): string => pathLabel(d.kind, (d.new as Unit).num);
      if (run.length >= 3) {
        const [lo, hi] = compareNum((a.old as Unit).num, (z.old as Unit).num) < 0 ? [a, z] : [z, a];
        this.clauses.push({
          type: 'move',
          group,
          from: `${from(lo)}부터 ${pathLabel(hi.kind, (hi.old as Unit).num)}까지`,
          to: `${to(lo)}부터 ${to(hi)}까지`,
          each: true,
        });
      } else for (const d of run) this.clauses.push({ type: 'move', group, from: from(d), to: to(d), each: false });
    }
  }

  private clauseText(c: Clause): string {
    const q = (s: string): string => this.q(s);
    switch (c.type) {
      case 'replace': {
        const t = joinList(c.targets);
        return `${t} 중 ${c.pairs.map(([a, b], i) => `${q(a)}${objectParticle(a)} ${c.each && i === 0 ? '각각 ' : ''}${q(b)}${directionParticle(b)}`).join(', ')}`;
      }
      case 'erase':
        return `${c.target} 중 ${q(c.text)}${objectParticle(c.text)} 삭제`;
      case 'title':
        return c.target === '제명' || /[장절편관]$/.test(c.target)
          ? `${c.target}${c.target === '제명' ? '' : '의 제목'} ${q(c.from)}${objectParticle(c.from)} ${q(c.to)}${directionParticle(c.to)}`
          : `${c.target}의 제목 ${q(c.from)}${objectParticle(c.from)} ${q(c.to)}${directionParticle(c.to)}`;
      case 'proviso':
        return `${c.target} 단서를 삭제`;
      case 'delete':
        return `${c.targets}${objectParticle(c.last)} ${c.each ? '각각 ' : ''}삭제`;
      case 'move':
        return `${c.from}${objectParticle(c.from)} ${c.each ? '각각 ' : ''}${c.to}${directionParticle(c.to)}`;
      case 'rewrite':
        return `${c.target}${objectParticle(c.target)} 다음과 같이`;
      case 'insert':
        return `${c.parent ? `${c.parent}에 ` : ''}${c.targets}${objectParticle(c.last)} ${c.each ? '각각 ' : ''}다음과 같이 신설`;
    }
  }

  /** Join clauses: `…로, …로` between replacements, `하고/하며` otherwise, `한다.` at the end. */
  private sentences(clauses: Clause[]): string[] {
    const out: string[] = [];
    let cur = '';
    let joins = 0;
    let prev: Clause | null = null;
    const endsWithRo = (c: Clause): boolean => c.type === 'replace' || c.type === 'title' || c.type === 'move';
    const finish = (c: Clause, body: string[] = []): void => {
      const verb = endsWithRo(c) || c.type === 'rewrite' ? ' 한다.' : '한다.';
      out.push([cur + verb, ...body].join('\n'));
      cur = '';
      joins = 0;
      prev = null;
    };
    for (const c of clauses) {
      const p: Clause | null = prev;
      if (p) {
        const chainRo = (p.type === 'replace' || p.type === 'title') && (c.type === 'replace' || c.type === 'title');
        const sameGroup = p.group === c.group || p.type === 'move' || chainRo;
        if (!sameGroup) finish(p);
        else if (chainRo) cur += ', ';
        else {
          cur += `${endsWithRo(p) ? ' ' : ''}${joins % 2 === 0 ? '하고' : '하며'}, `;
          joins++;
        }
      }
      cur += this.clauseText(c);
      prev = c;
      if (c.type === 'rewrite' || c.type === 'insert') finish(c, c.body);
    }
    if (prev) finish(prev);
    return out;
  }
}

function chainPath(chain: Unit[], oldChain: Unit[] | null): string {
  let out = '';
  chain.forEach((u, i) => {
    if (u.kind === 'paragraph' && u.implicit) return;
    out += pathLabel(u.kind, u.num);
    const o = oldChain?.[i];
    if (o && numKey(o.num) !== numKey(u.num) && !(o.kind === 'paragraph' && o.implicit))
      out += `(종전의 ${pathLabel(o.kind, o.num)})`;
  });
  return out;
}

function adjacentNumbers(a: Unit, b: Unit): boolean {
  return (
    (b.num.main === a.num.main && b.num.branch === a.num.branch + 1) ||
    (b.num.main === a.num.main + 1 && b.num.branch === 0) ||
    (b.num.main === a.num.main && a.num.branch === 0 && b.num.branch === 2)
  );
}

/** Consecutive moves by the same offset (old and new numbers both consecutive). */
function runs(ds: UnitDiff[]): UnitDiff[][] {
  const out: UnitDiff[][] = [];
  for (const d of ds) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    const o = d.old as Unit;
    const n = d.new as Unit;
    if (run && last && o.num.branch === 0 && n.num.branch === 0) {
      const lo = last.old as Unit;
      const ln = last.new as Unit;
      const step = o.num.main - lo.num.main;
      if (
        Math.abs(step) === 1 &&
        n.num.main - ln.num.main === step &&
        lo.num.branch === 0 &&
        ln.num.branch === 0 &&
        lo.kind === o.kind
      ) {
        run.push(d);
        continue;
      }
    }
    out.push([d]);
  }
  return out;
}

/** `제2조부터 제5조까지, 제5조의2 및 제6조`: runs of three or more siblings become ranges. */
function listTargets(
  items: Array<{ full: string; u: Unit }>,
  ranges = true,
): { text: string; last: string; count: number } {
  const parts: string[] = [];
  let i = 0;
  let firstParent = '';
  const short = (full: string, u: Unit): string => {
    const own = pathLabel(u.kind, u.num);
    const parent = full.slice(0, full.length - own.length);
    if (!firstParent) {
      firstParent = parent;
      return full;
    }
    return parent === firstParent && full.endsWith(own) ? own : full;
  };
  while (i < items.length) {
    let j = i;
    while (
      ranges &&
      j + 1 < items.length &&
      (items[j + 1]?.u.num.main ?? 0) === (items[j]?.u.num.main ?? 0) + 1 &&
      items[j + 1]?.u.num.branch === 0 &&
      items[j]?.u.num.branch === 0
    )
      j++;
    const a = items[i];
    const z = items[j];
    if (!a || !z) break;
    if (j - i >= 2) {
      parts.push(`${short(a.full, a.u)}부터 ${pathLabel(z.u.kind, z.u.num)}까지`);
      i = j + 1;
    } else {
      parts.push(short(a.full, a.u));
      i++;
    }
  }
  return { text: joinList(parts), last: parts[parts.length - 1] ?? '', count: parts.length };
}

function joinList(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} 및 ${parts[parts.length - 1] ?? ''}`;
}

/** Same single replacement in several units → `제3조제1항 및 제7조 중 "A"를 각각 "B"로`. */
function groupEach(clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  let runStart = 0;
  for (const c of clauses) {
    const prevIsReplace = out.length > 0 && out[out.length - 1]?.type === 'replace';
    if (c.type !== 'replace' || !prevIsReplace) runStart = out.length;
    if (c.type === 'replace' && c.pairs.length === 1) {
      const [a, b] = c.pairs[0] ?? ['', ''];
      const match = out
        .slice(runStart)
        .find(
          (x): x is Extract<Clause, { type: 'replace' }> =>
            x.type === 'replace' && x.pairs.length === 1 && x.pairs[0]?.[0] === a && x.pairs[0]?.[1] === b,
        );
      if (match) {
        match.targets.push(...c.targets);
        match.each = true;
        continue;
      }
    }
    out.push(c.type === 'replace' ? { ...c, targets: [...c.targets], pairs: [...c.pairs] } : c);
  }
  return out;
}

/** Apply the clauses of one unit the way the applier will, to prove them. */
function simulate(oldText: string, clauses: Clause[]): string | null {
  let t: string | null = oldText;
  for (const c of clauses) {
    if (t === null) return null;
    if (c.type === 'replace') for (const [a, b] of c.pairs) t = t === null ? null : replaceAllLoose(t, a, b);
    else if (c.type === 'erase') t = replaceAllLoose(t, c.text, '');
    else if (c.type === 'proviso') t = dropProviso(t);
  }
  return t === null ? null : canonicalTypography(t);
}

/**
 * Grow spans until each quoted stretch is unambiguous in the unit (occurs once, or every occurrence
 * changes the same way). Returns null when that cannot be reached.
 */
export function quotableSpans(oldText: string, newText: string, spans: readonly Span[], below = ''): Span[] | null {
  let list = spans.map((s) => ({ ...s }));
  for (let round = 0; round < 8; round++) {
    let ok = true;
    const next: Span[] = [];
    for (const s of list) {
      const count = countOccurrences(oldText, s.oldText);
      const same = list.filter((x) => x.oldText === s.oldText && x.newText === s.newText).length;
      const clear = countOccurrences(below, s.oldText) === 0;
      if (clear && (count === 1 || (count > 1 && same === count) || s.oldText.trim() === '')) {
        next.push(s);
        continue;
      }
      ok = false;
      next.push(growSpan(s, oldText, newText));
    }
    list = mergeSpans(next, oldText, newText);
    if (ok) return list;
  }
  return null;
}

function growSpan(s: Span, a: string, b: string): Span {
  let { oldStart, oldEnd, newStart, newEnd } = s;
  const grow = (dir: 1 | -1): void => {
    let k = 0;
    if (dir === 1) {
      while (oldEnd + k < a.length && a[oldEnd + k] === ' ') k++;
      while (oldEnd + k < a.length && a[oldEnd + k] !== ' ') k++;
      oldEnd += k;
      newEnd += k;
    } else {
      while (oldStart - k > 0 && a[oldStart - k - 1] === ' ') k++;
      while (oldStart - k > 0 && a[oldStart - k - 1] !== ' ') k++;
      oldStart -= k;
      newStart -= k;
    }
  };
  // Prefer the preceding 어절 (`100분의 100`), keeping a trimmed particle outside; at the start, the next.
  if (oldStart > 0) grow(-1);
  else if (isWordChar(a[oldEnd]) && isWordChar(a[oldEnd - 1])) {
    while (oldEnd < a.length && a[oldEnd] !== ' ') {
      oldEnd++;
      newEnd++;
    }
  } else grow(1);
  return { oldStart, oldEnd, newStart, newEnd, oldText: a.slice(oldStart, oldEnd), newText: b.slice(newStart, newEnd) };
}

function mergeSpans(spans: Span[], a: string, b: string): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const p = out[out.length - 1];
    if (p && s.oldStart < p.oldEnd) {
      const extra = Math.max(0, p.oldEnd - s.oldEnd);
      const m = {
        oldStart: p.oldStart,
        newStart: p.newStart,
        oldEnd: Math.max(p.oldEnd, s.oldEnd),
        newEnd: s.newEnd + extra,
      };
      out[out.length - 1] = { ...m, oldText: a.slice(m.oldStart, m.oldEnd), newText: b.slice(m.newStart, m.newEnd) };
    } else out.push(s);
  }
  return out;
}
