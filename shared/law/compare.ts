// The diff model: aligned old/new units with their status, text spans and rewrite decisions.
// Shared by the 개정문 writer and the 대비표 builder.
import { diffChars } from 'diff';
import { alignSiblings, type AlignSpec } from './align.ts';
import { canonicalTypography, visibleText } from './normalize.ts';
import { numKey } from './numbering.ts';
import { articlesOf } from './parse.ts';
import type { Heading, OrdinanceDoc, Unit, UnitKind } from './types.ts';
import { similarity, wordDiff, type Span } from './word-diff.ts';

export interface DiffOptions {
  showTypographic: boolean;
}

export type UnitStatus = 'same' | 'modified' | 'inserted' | 'deleted';

export interface UnitDiff {
  kind: UnitKind;
  old: Unit | null;
  new: Unit | null;
  /** Ancestors (outermost first) in the old / new tree, for paths. */
  oldParents: Unit[];
  newParents: Unit[];
  status: UnitStatus;
  /** Number differs between old and new (renumbered or moved). */
  moved: boolean;
  titleChanged: boolean;
  textChanged: boolean;
  /** Visible own text (tags removed, spaces collapsed) and its comparison key. */
  oldText: string;
  newText: string;
  spans: Span[];
  /** The whole unit should be rewritten (`다음과 같이 한다`). */
  rewrite: boolean;
  children: UnitDiff[];
}

/**
 * A 편·장·절·관 heading of either text. A heading keeps its identity only while it stands in front of
 * the same article: one that now stands elsewhere is deleted there and inserted here, as the
 * 법령안편집기 writes it (drafting guide §3).
 */
export interface HeadingDiff {
  status: 'same' | 'retitled' | 'inserted' | 'deleted';
  old: Heading | null;
  new: Heading | null;
  /** The article the heading stands in front of (null: at the end of the text). */
  oldFront: Unit | null;
  newFront: Unit | null;
}

/** The body in text order: headings and articles, deleted ones where they stood in the old text. */
export type DiffEntry = { kind: 'heading'; h: HeadingDiff } | { kind: 'article'; d: UnitDiff };

export interface DocDiff {
  oldTitle: string | null;
  newTitle: string | null;
  titleChanged: boolean;
  /** Headings that changed (inserted, deleted, retitled). */
  headings: HeadingDiff[];
  articles: UnitDiff[];
  entries: DiffEntry[];
  ignoredTypographic: number;
  /** Share of the text that changed, 0..1 (for the 전부개정 decision). */
  changedShare: number;
  warnings: string[];
}

const visCache = new WeakMap<Unit, string>();
export function unitVisible(u: Unit): string {
  let v = visCache.get(u);
  if (v === undefined) {
    v = visibleText(u.text);
    visCache.set(u, v);
  }
  return v;
}

/** Change a unit's text (the applier); keeps the visible-text cache right. */
export function setUnitText(u: Unit, text: string): void {
  u.text = text;
  visCache.delete(u);
}

/** A `삭제` placeholder: `④ 삭제 <2020. 1. 2.>`, or an article `제7조 삭제`. */
export function isPlaceholder(u: Unit): boolean {
  if (u.kind === 'article') {
    const only = u.children.length === 1 ? u.children[0] : undefined;
    return only !== undefined && only.implicit && isPlaceholder(only);
  }
  return u.children.length === 0 && /^삭\s*제$/.test(unitVisible(u));
}

export class Differ {
  ignoredTypographic = 0;
  private readonly contentCache = new WeakMap<Unit, string>();
  private readonly simCache = new WeakMap<Unit, { other: Unit; value: number }>();

  /** Memoised: alignment, the rewrite decision and the changed share all ask for the same pairs. */
  similar(a: Unit, b: Unit): number {
    const hit = this.simCache.get(a);
    if (hit && hit.other === b) return hit.value;
    const value = similarity(this.content(a), this.content(b));
    this.simCache.set(a, { other: b, value });
    return value;
  }

  constructor(private readonly opts: DiffOptions) {}

  key(s: string): string {
    return this.opts.showTypographic ? s : canonicalTypography(s);
  }

  title(u: Unit): string {
    return u.title === null ? '' : this.key(visibleText(u.title));
  }

  /** Subtree content without the unit's own number (children keep theirs: they are relative). */
  content(u: Unit): string {
    let c = this.contentCache.get(u);
    if (c === undefined) {
      c = `${this.title(u)}|${this.key(unitVisible(u))}`;
      for (const ch of u.children) c += `\n${numKey(ch.num)}:${this.content(ch)}`;
      this.contentCache.set(u, c);
    }
    return c;
  }

  private spec(): AlignSpec<Unit> {
    return {
      key: (u) => numKey(u.num),
      identical: (a, b) => sameSource(a, b),
      content: (u) => this.content(u),
      similarity: (a, b) => this.similar(a, b),
      movable: (u) => !isPlaceholder(u) && this.content(u).length >= 8,
      pinned: (u) => isPlaceholder(u),
    };
  }

  /** Count typographic-only differences between two visible strings with equal keys. */
  private countTypographic(a: string, b: string): void {
    if (a === b) return;
    for (const c of diffChars(a, b)) if (c.added) this.ignoredTypographic++;
  }

  diffUnit(old: Unit | null, neu: Unit | null, oldParents: Unit[], newParents: Unit[]): UnitDiff {
    const kind = (old ?? neu)?.kind ?? 'article';
    const d: UnitDiff = {
      kind,
      old,
      new: neu,
      oldParents,
      newParents,
      status: 'same',
      moved: false,
      titleChanged: false,
      textChanged: false,
      oldText: old ? unitVisible(old) : '',
      newText: neu ? unitVisible(neu) : '',
      spans: [],
      rewrite: false,
      children: [],
    };
    if (!old) {
      d.status = 'inserted';
      return d;
    }
    // Fast path: byte-identical subtrees under the same number have nothing to report.
    if (neu && old.kind === neu.kind && numKey(old.num) === numKey(neu.num) && sameSource(old, neu)) return d;
    if (!neu) {
      d.status = 'deleted';
      return d;
    }
    const sameKind = old.kind === neu.kind;
    d.moved = sameKind && numKey(old.num) !== numKey(neu.num);
    if (isPlaceholder(neu) && !isPlaceholder(old)) {
      d.status = 'deleted';
      return d;
    }
    if (isPlaceholder(old) && !isPlaceholder(neu)) {
      d.status = 'inserted';
      return d;
    }
    // Own text.
    const ka = this.key(d.oldText);
    const kb = this.key(d.newText);
    // A change of spacing alone (`주민센터` ↔ `주민 센터`) is typographic noise, not an amendment.
    if (ka !== kb && ka.replace(/\s+/g, '') === kb.replace(/\s+/g, '')) this.countTypographic(d.oldText, d.newText);
    else if (ka !== kb) {
      d.textChanged = true;
      d.spans = wordDiff(ka, kb, d.oldText, d.newText);
    } else this.countTypographic(d.oldText, d.newText);
    if (kind === 'article') {
      const ta = this.title(old);
      const tb = this.title(neu);
      if (ta !== tb) d.titleChanged = true;
      else this.countTypographic(visibleText(old.title ?? ''), visibleText(neu.title ?? ''));
    }
    // Children.
    const pairs = alignSiblings(old.children, neu.children, this.spec());
    const op = [...oldParents, old];
    const np = [...newParents, neu];
    d.children = pairs.map((p) => this.diffUnit(p.old, p.new, op, np));
    const changed = d.textChanged || d.titleChanged || d.children.some(hasChange);
    d.status = changed ? 'modified' : 'same';
    if (kind === 'article' && changed) d.rewrite = this.shouldRewriteArticle(old, neu);
    return d;
  }

  /**
   * A whole-article rewrite is chosen by how much changed, never by a tag: the consolidated text adds
   * `[전문개정 …]` also where the official 개정문 replaced one word (drafting guide §3, history tags).
   */
  private shouldRewriteArticle(old: Unit, neu: Unit): boolean {
    return this.similar(old, neu) < 0.5;
  }

  /** Headings paired by level and number while they front the same article; placed in text order. */
  private withHeadings(a: OrdinanceDoc, b: OrdinanceDoc, articles: UnitDiff[]): DiffEntry[] {
    const fronts = (doc: OrdinanceDoc): Array<{ h: Heading; front: Unit | null }> => {
      const out: Array<{ h: Heading; front: Unit | null }> = [];
      doc.body.forEach((e, i) => {
        if (e.kind !== 'heading') return;
        const next = doc.body.slice(i + 1).find((x): x is Unit => x.kind !== 'heading') ?? null;
        out.push({ h: e, front: next });
      });
      return out;
    };
    const newOf = new Map<Unit, Unit | null>();
    for (const d of articles) if (d.old) newOf.set(d.old, d.new);
    const key = (h: Heading): string => `${h.level}${numKey(h.num)}`;
    const olds = fronts(a);
    const news = fronts(b);
    const byKey = new Map(news.map((n) => [key(n.h), n]));
    const changes: HeadingDiff[] = [];
    const matched = new Set<Heading>();
    for (const o of olds) {
      const n = byKey.get(key(o.h));
      const samePlace = n !== undefined && (o.front ? (newOf.get(o.front) ?? null) : null) === n.front;
      if (n && samePlace && !matched.has(n.h)) {
        matched.add(n.h);
        const x = this.key(visibleText(o.h.title)).replace(/\s/g, '');
        const y = this.key(visibleText(n.h.title)).replace(/\s/g, '');
        if (x !== y) changes.push({ status: 'retitled', old: o.h, new: n.h, oldFront: o.front, newFront: n.front });
        else {
          this.countTypographic(visibleText(o.h.title).replace(/\s/g, ''), visibleText(n.h.title).replace(/\s/g, ''));
          changes.push({ status: 'same', old: o.h, new: n.h, oldFront: o.front, newFront: n.front });
        }
      } else changes.push({ status: 'deleted', old: o.h, new: null, oldFront: o.front, newFront: null });
    }
    for (const n of news)
      if (!matched.has(n.h))
        changes.push({ status: 'inserted', old: null, new: n.h, oldFront: null, newFront: n.front });
    // Each heading goes right before the entry of its front article (deleted ones: the old article).
    const entries: DiffEntry[] = [];
    const placed = new Set<HeadingDiff>();
    const before = (d: UnitDiff): HeadingDiff[] =>
      changes.filter(
        (h) =>
          !placed.has(h) &&
          ((h.status === 'deleted' && h.oldFront !== null && h.oldFront === d.old) ||
            (h.status !== 'deleted' && h.newFront !== null && h.newFront === d.new)),
      );
    for (const d of articles) {
      // Deleted headings first: they stood where the new ones now stand.
      const hs = before(d).sort((x, y) => (x.status === 'deleted' ? 0 : 1) - (y.status === 'deleted' ? 0 : 1));
      for (const h of hs) {
        placed.add(h);
        entries.push({ kind: 'heading', h });
      }
      entries.push({ kind: 'article', d });
    }
    for (const h of changes) if (!placed.has(h)) entries.push({ kind: 'heading', h });
    return entries;
  }

  diffDocs(a: OrdinanceDoc, b: OrdinanceDoc): DocDiff {
    const warnings: string[] = [];
    const ta = a.title ? visibleText(a.title) : null;
    const tb = b.title ? visibleText(b.title) : null;
    const titleChanged = ta !== null && tb !== null && this.key(ta) !== this.key(tb);
    if (!titleChanged && ta && tb) this.countTypographic(ta, tb);
    const pairs = alignSiblings(distinctArticles(a), distinctArticles(b), this.spec());
    const articles = pairs.map((p) => this.diffUnit(p.old, p.new, [], []));
    const entries = this.withHeadings(a, b, articles);
    const headings = entries.flatMap((e) => (e.kind === 'heading' && e.h.status !== 'same' ? [e.h] : []));

    // Old 부칙 are history: only count their typographic noise, warn on real edits.
    a.addenda.forEach((blk, i) => {
      const nb = b.addenda[i];
      if (!nb) return;
      const x = visibleText(blk.raw);
      const y = visibleText(nb.raw);
      if (this.key(x) === this.key(y)) this.countTypographic(x, y);
      else if (x.replace(/\s/g, '') !== y.replace(/\s/g, ''))
        warnings.push(`종전 부칙(${blk.header})의 내용이 다릅니다. 부칙은 개정문에 반영하지 않았습니다.`);
    });

    let total = 0;
    let changed = 0;
    for (const d of articles) {
      const lo = d.old ? sizeOf(d.old) : 0;
      const ln = d.new ? sizeOf(d.new) : 0;
      total += Math.max(lo, ln);
      if (d.status === 'inserted') changed += ln;
      else if (d.status === 'deleted') changed += lo;
      else if (d.status === 'modified' && d.old && d.new)
        changed += (1 - this.similar(d.old, d.new)) * Math.max(lo, ln);
    }
    return {
      oldTitle: ta,
      newTitle: tb,
      titleChanged,
      headings,
      articles,
      entries,
      ignoredTypographic: this.ignoredTypographic,
      changedShare: total ? changed / total : 0,
      warnings,
    };
  }
}

/** Articles, with a `삭제` placeholder written twice in the source (`제11조 삭제` ×2) counted once. */
function distinctArticles(doc: OrdinanceDoc): Unit[] {
  const out: Unit[] = [];
  for (const u of articlesOf(doc)) {
    const prev = out[out.length - 1];
    if (prev && isPlaceholder(u) && isPlaceholder(prev) && numKey(prev.num) === numKey(u.num)) continue;
    out.push(u);
  }
  return out;
}

/** Rough text size of a subtree (raw characters), for the changed-share estimate. */
function sizeOf(u: Unit): number {
  let n = u.text.length + (u.title?.length ?? 0);
  for (const c of u.children) n += sizeOf(c);
  return n;
}

function sameSource(a: Unit, b: Unit): boolean {
  if (a.text !== b.text || a.children.length !== b.children.length || a.title !== b.title) return false;
  if (a.tail.trim() !== b.tail.trim()) return false;
  return a.children.every((c, i) => {
    const o = b.children[i];
    return o !== undefined && numKey(c.num) === numKey(o.num) && sameSource(c, o);
  });
}

export function hasChange(d: UnitDiff): boolean {
  return d.status !== 'same' || d.moved;
}
