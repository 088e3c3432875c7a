// Planner: turns the diff model into 개정문 operations, grouped into sentences in the order of the units
// in the text (drafting guide §3). The printer writes them; the applier proves them (round trip).
import {
  isPlaceholder,
  unitVisible,
  type DiffEntry,
  type DocDiff,
  type HeadingDiff,
  type UnitDiff,
} from '../compare.ts';
import { canonicalTypography, visibleText } from '../normalize.ts';
import { compareNum, numKey } from '../numbering.ts';
import { unitLines } from '../render.ts';
import type { Unit } from '../types.ts';
import type { Span } from '../word-diff.ts';
import {
  endsInRo,
  type Joint,
  type LevelRef,
  type Op,
  type Portion,
  type Sentence,
  type Target,
  type TargetEntry,
} from './ops.ts';
import { headingLabel } from './print.ts';
import { quotableSpans } from './quotes.ts';
import { countOccurrences, editPortion, partStart, portionRange, replaceAllLoose } from './text-edit.ts';

/**
 * How clauses join into sentences; a clause followed by new text always ends its sentence.
 * - `single` (default; what most published 개정문 of local governments do): every clause in one
 *   sentence, `하고`/`하며` between them, `같은 조`/`같은 항` within an article, full paths across.
 * - `article` (법제처 manual): one sentence per article.
 * - `chain` (as 마포구 publishes): replacements chained with commas, each with its full path.
 */
export type JoinStyle = 'single' | 'article' | 'chain';

export interface PlanOptions {
  style: JoinStyle;
}

interface Clause {
  op: Op;
  /** The article the clause belongs to (sentences never span two in `article` style). */
  group: string;
  body: string[];
}

const REWRITE_SPANS = 6;
const REWRITE_SHARE = 0.6;
// Short units (a department name in a 호) are amended by replacement however much of them changes.
const REWRITE_MIN_LENGTH = 40;

const ref = (u: Unit, old: Unit | null): LevelRef => ({
  num: u.num,
  former: old && numKey(old.num) !== numKey(u.num) ? old.num : null,
});

/** A path from a chain of units; `olds` (same length) adds `(종전의 …)` where a level was renumbered. */
function targetOf(chain: readonly Unit[], olds: readonly Unit[] | null): Target {
  const t: Target = {};
  chain.forEach((u, i) => {
    if (u.kind === 'paragraph' && u.implicit) return;
    t[u.kind] = ref(u, olds?.[i] ?? null);
  });
  return t;
}

const one = (t: Target): TargetEntry => ({ range: false, t });

function sameArticle(a: Target, b: Target): boolean {
  return !!a.article && !!b.article && numKey(a.article.num) === numKey(b.article.num);
}

export class Planner {
  private readonly clauses: Clause[] = [];
  /** Whole 장 (절 …) inserted or deleted with their articles, by their first article. */
  private chapters = new Map<UnitDiff, Chapter>();

  constructor(private readonly opts: PlanOptions) {}

  private body(u: Unit): string[] {
    return unitLines(u, unitVisible);
  }

  plan(diff: DocDiff): Sentence[] {
    if (diff.titleChanged && diff.oldTitle && diff.newTitle)
      this.push({ op: 'jemyeong', from: diff.oldTitle, to: diff.newTitle }, '제명');
    const articles = diff.entries.flatMap((e) => (e.kind === 'article' ? [e.d] : []));
    this.chapters = wholeChapters(diff.entries, (u) => this.body(u));
    const inChapter = new Set([...this.chapters.values()].map((c) => c.heading));
    const headingsBefore = new Map<UnitDiff, HeadingDiff[]>();
    const trailing: HeadingDiff[] = [];
    let pending: HeadingDiff[] = [];
    for (const e of diff.entries) {
      if (e.kind === 'heading') {
        if (e.h.status !== 'same' && !inChapter.has(e.h)) pending.push(e.h);
        continue;
      }
      if (pending.length) headingsBefore.set(e.d, pending);
      pending = [];
    }
    trailing.push(...pending);
    this.siblings(articles, '', headingsBefore);
    for (const h of trailing) this.heading(h, null);
    return this.sentences(this.groupEach(this.clauses));
  }

  private push(op: Op, group: string, body: string[] = []): void {
    this.clauses.push({ op, group, body });
  }

  /** Heading clauses for one article entry. `d` is the article the heading stands in front of. */
  private heading(h: HeadingDiff, d: UnitDiff | null): void {
    if (h.status === 'retitled' && h.old && h.new) {
      this.push(
        {
          op: 'headingTitle',
          heading: { level: h.new.level, num: h.new.num },
          from: visibleText(h.old.title),
          to: visibleText(h.new.title),
        },
        headingLabel(h.new.level, h.new.num),
      );
      return;
    }
    const front = (u: Unit | null): Target | null => (u ? { article: { num: u.num, former: null } } : null);
    if (h.status === 'deleted' && h.old) {
      // Named by the article's number when the clause is carried out (after any renumbering).
      const cur = d?.new && d.old === h.oldFront && !isPlaceholder(d.new) ? d.new : h.oldFront;
      const before = front(cur);
      if (!before) return;
      const text = `${headingLabel(h.old.level, h.old.num)} ${visibleText(h.old.title)}`.trim();
      this.push({ op: 'headingDelete', before, text }, numKey(before.article?.num ?? { main: 0, branch: 0 }));
      return;
    }
    if (h.status === 'inserted' && h.new) {
      const before = front(h.newFront);
      if (!before) return;
      const line = `${headingLabel(h.new.level, h.new.num)} ${visibleText(h.new.title)}`.trim();
      this.push(
        { op: 'headingInsert', before, level: h.new.level },
        numKey(before.article?.num ?? { main: 0, branch: 0 }),
        [line],
      );
    }
  }

  /** The path of a diffed unit; `ownOld` names the unit itself by its old number. */
  private target(d: UnitDiff, ownOld = false): Target {
    const olds = d.oldParents.length === d.newParents.length ? d.oldParents : null;
    const parents = d.newParents.length ? targetOf(d.newParents, olds) : targetOf(d.oldParents, null);
    const own = ownOld ? (d.old ?? d.new) : (d.new ?? d.old);
    if (!own || (own.kind === 'paragraph' && own.implicit)) return parents;
    if (ownOld) return { ...parents, [own.kind]: { num: own.num, former: null } };
    return { ...parents, [own.kind]: ref(own, d.moved ? d.old : null) };
  }

  private groupOf(d: UnitDiff, group: string): string {
    return group || numKey((d.new ?? d.old)?.num ?? { main: 0, branch: 0 });
  }

  /** One list of siblings, in text order; a renumbering batch goes where the first renumbered unit is. */
  private siblings(list: UnitDiff[], group: string, headings?: Map<UnitDiff, HeadingDiff[]>): void {
    const moves = list.filter((d) => d.moved && d.status !== 'inserted' && d.status !== 'deleted' && d.old && d.new);
    const movedFrom = new Set(moves.map((d) => numKey((d.old as Unit).num)));
    let movesDone = moves.length === 0;
    const emitMoves = (): void => {
      if (movesDone) return;
      movesDone = true;
      this.moves(moves, group || numKey((moves[0]?.new as Unit).num));
    };
    let pendingDel: UnitDiff[] = [];
    let pendingIns: UnitDiff[] = [];
    const flushDel = (): void => {
      if (pendingDel.length) this.deletions(pendingDel, this.groupOf(pendingDel[0] as UnitDiff, group));
      pendingDel = [];
    };
    const flushIns = (): void => {
      if (pendingIns.length) this.insertions(pendingIns, this.groupOf(pendingIns[0] as UnitDiff, group));
      const fronted = pendingIns.flatMap((d) => headings?.get(d) ?? []);
      pendingIns = [];
      // A heading in front of a new article is inserted once the article exists.
      for (const h of fronted) this.heading(h, null);
    };
    const member = new Set([...this.chapters.values()].flatMap((c) => c.members.slice(1)));
    for (const d of list) {
      if (group === '' && member.has(d)) continue;
      const chapter = group === '' ? this.chapters.get(d) : undefined;
      if (chapter) {
        flushDel();
        flushIns();
        if (chapter.members.some((m) => m.new && movedFrom.has(numKey(m.new.num)))) emitMoves();
        this.push(chapter.op, numKey((d.new ?? d.old)?.num ?? { main: 0, branch: 0 }), chapter.body);
        continue;
      }
      const hs = headings?.get(d) ?? [];
      // Unchanged units produce nothing and keep runs of deletions together (`제1호 및 제3호를 각각 삭제`).
      if (d.status === 'same' && !d.moved && !hs.length) continue;
      const isIns = d.status === 'inserted' && !(d.new && isPlaceholder(d.new));
      if (hs.length && !isIns) {
        flushDel();
        flushIns();
        if (d.moved) emitMoves();
        for (const h of hs) this.heading(h, d);
      }
      if (d.status === 'deleted') {
        flushIns();
        pendingDel.push(d);
        continue;
      }
      flushDel();
      if (d.status === 'inserted') {
        if (!isIns) continue;
        if (!movesDone && d.new && movedFrom.has(numKey(d.new.num))) {
          flushIns();
          emitMoves();
        }
        const prev = pendingIns[pendingIns.length - 1];
        if (prev && !(prev.new && d.new && adjacentNumbers(prev.new, d.new))) flushIns();
        pendingIns.push(d);
        continue;
      }
      flushIns();
      if (d.moved) emitMoves();
      if (d.status === 'modified') this.unit(d, this.groupOf(d, group));
    }
    flushDel();
    flushIns();
    emitMoves();
  }

  private unit(d: UnitDiff, group: string): void {
    const u = d.new;
    if (!u || !d.old) return;
    if (d.rewrite) {
      this.push({ op: 'rewrite', targets: [one(this.target(d))], each: false }, group, this.body(u));
      return;
    }
    if (d.titleChanged)
      this.push(
        {
          op: 'title',
          target: this.target(d),
          from: `(${visibleText(d.old.title ?? '')})`,
          to: `(${visibleText(u.title ?? '')})`,
          partial: false,
        },
        group,
      );
    if (u.kind === 'article' && this.numbersParagraph(d, group)) return;
    if (d.textChanged && this.text(d, group)) return;
    if (this.allChildren(d, group)) return;
    this.siblings(d.children, group);
  }

  /** Every 호 (목) of a unit changed: `제3조제1항 각 호를 다음과 같이 한다` instead of one sentence each. */
  private allChildren(d: UnitDiff, group: string): boolean {
    const kids = d.children;
    if (kids.length < 2 || !kids.every((c) => c.kind === 'item' || c.kind === 'subitem')) return false;
    const changed = kids.filter((c) => c.status !== 'same' || c.moved).length;
    // Each 호 replaced wholesale (most of its words), not edited here and there.
    const wholesale = (c: UnitDiff): boolean =>
      c.status !== 'modified' || c.rewrite || changedShare(c) > REWRITE_SHARE || c.children.length > 0;
    if (changed < kids.length || !kids.every(wholesale)) return false;
    const u = d.new;
    if (!u) return false;
    const kind = kids[0]?.kind === 'item' ? 'item' : 'subitem';
    const owner = this.target(d);
    const body = u.children.filter((c) => c.kind === kind).flatMap((c) => this.body(c));
    this.push({ op: 'rewrite', targets: [one({ ...owner, all: true })], each: false }, group, body);
    return true;
  }

  /** `제10조를 제1항으로 하고, 같은 조에 제2항을 다음과 같이 신설한다`: a one-paragraph article gains ②. */
  private numbersParagraph(d: UnitDiff, group: string): boolean {
    const [first, ...rest] = d.children;
    if (!first?.old?.implicit || !first.new || first.new.implicit || first.new.kind !== 'paragraph') return false;
    if (d.old?.children.length !== 1 || rest.some((c) => c.status !== 'inserted')) return false;
    const article = this.target(d);
    // Changes in the old text come first, while it still has no number.
    if (first.textChanged) {
      const implicitFirst: UnitDiff = { ...first, new: { ...first.new, implicit: true } };
      if (this.text(implicitFirst, group)) return true;
    }
    this.siblings(first.children, group);
    this.push({ op: 'numberParagraph', target: article }, group);
    const ins = rest.filter((c) => c.new && !isPlaceholder(c.new));
    if (ins.length) this.insertions(ins, group);
    return true;
  }

  /** Clauses for a change of a unit's own text; falls back to rewriting it. True if that covered the children. */
  private text(d: UnitDiff, group: string): boolean {
    const u = d.new;
    if (!u) return false;
    const base = this.target(d);
    const part = this.partChange(d);
    if (part) {
      this.push(part.op, group, part.body);
      return false;
    }
    const ops = this.replacements(d, base);
    if (ops) {
      for (const op of ops) this.push(op, group);
      return false;
    }
    // Rewrite: the whole unit, or only its own text when it keeps 호/목 below it.
    const article = d.newParents[d.newParents.length - 1];
    if (u.kind === 'paragraph' && u.implicit && article && (u.children.length === 0 || d.old?.children.length === 0)) {
      // The article's only text: rewrite the article (`제7조를 다음과 같이 한다`).
      this.push({ op: 'rewrite', targets: [one(base)], each: false }, group, this.body(article));
      return true;
    }
    if (u.children.length === 0 || d.old?.children.length === 0) {
      this.push({ op: 'rewrite', targets: [one(base)], each: false }, group, this.body(u));
      return true;
    }
    this.push(
      { op: 'rewrite', targets: [one({ ...base, lead: true })], each: false },
      group,
      this.body({ ...u, children: [] }),
    );
    return false;
  }

  /**
   * Replacement clauses for a unit's text, or null when it is better rewritten. Published texts name
   * `각 호 외의 부분` or `본문`/`단서` only where the quoted word would otherwise also match in the 호 or
   * the other part, and add context only where even that is not enough: tried in that order.
   */
  private replacements(d: UnitDiff, base: Target): Op[] | null {
    const u = d.new;
    if (!u) return null;
    const share = changedShare(d);
    const long = Math.max(d.oldText.length, d.newText.length) > REWRITE_MIN_LENGTH;
    if (share > REWRITE_SHARE && long) return null;
    const hasBelow = u.children.length > 0 && (d.old?.children.length ?? 0) > 0;
    const below = (d.old?.children ?? [])
      .flatMap(function all(c: Unit): string[] {
        return [unitVisible(c), ...c.children.flatMap(all)];
      })
      .join('\n');
    const portion = portionOf(d.oldText, d.newText, d.spans);
    const plain = { target: base, below, range: null };
    const scoped = {
      target: { ...base, ...(hasBelow ? { lead: true } : {}), ...(portion ? { portion } : {}) },
      below: hasBelow ? '' : below,
      range: portion ? portionRange(d.oldText, portion) : null,
    };
    const tries = hasBelow || portion ? [plain, scoped] : [plain];
    for (const grow of [false, true])
      for (const t of tries) {
        const spans = quotableSpans(d.oldText, d.newText, d.spans, t.below, t.range, grow);
        if (!spans || spans.length > REWRITE_SPANS) continue;
        const ops = spanOps(t.target, spans, t.range ? d.oldText.slice(t.range[0], t.range[1]) : d.oldText);
        if (simulate(d.oldText, t.target.portion, ops) === canonicalTypography(d.newText)) return ops;
      }
    return null;
  }

  /** A 단서 or 후단 added to or dropped from an otherwise unchanged text. */
  private partChange(d: UnitDiff): { op: Op; body: string[] } | null {
    const lead = (d.new?.children.length ?? 0) > 0 ? { lead: true } : {};
    const target = { ...this.target(d), ...lead };
    for (const part of ['단서', '후단'] as const) {
      const a = canonicalTypography(d.oldText);
      const b = canonicalTypography(d.newText);
      const atNew = partStart(d.newText, part);
      const atOld = partStart(d.oldText, part);
      if (atNew > 0 && atOld < 0 && b.slice(0, atNew).trim() === a.trim())
        return { op: { op: 'addPart', target, part }, body: [d.newText.slice(atNew).trim()] };
      if (atOld > 0 && atNew < 0 && a.slice(0, atOld).trim() === b.trim())
        return { op: { op: 'dropPart', target, part }, body: [] };
    }
    return null;
  }

  private deletions(ds: UnitDiff[], group: string): void {
    this.push(
      { op: 'delete', targets: entries(ds.map((d) => ({ t: this.target(d, true), u: d.old as Unit }))), each: false },
      group,
    );
    const c = this.clauses[this.clauses.length - 1]?.op;
    if (c?.op === 'delete') c.each = c.targets.length > 1;
  }

  private insertions(ds: UnitDiff[], group: string): void {
    const first = ds[0];
    if (!first) return;
    const parentChain = first.newParents;
    const parent = parentChain.length
      ? targetOf(parentChain, first.oldParents.length === parentChain.length ? first.oldParents : null)
      : null;
    const body = ds.flatMap((d) => (d.new ? this.body(d.new) : []));
    const targets = entries(
      ds.map((d) => ({
        t: { ...(parent ?? {}), [d.kind]: { num: (d.new as Unit).num, former: null } },
        u: d.new as Unit,
      })),
      false,
    );
    this.push({ op: 'insert', parent, targets, each: targets.length > 1 }, group, body);
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
      const from = (d: UnitDiff): Target => this.target(d, true);
      const to = (d: UnitDiff): Target => ({
        ...this.target(d, true),
        [d.kind]: { num: (d.new as Unit).num, former: null },
      });
      if (run.length >= 3) {
        const [lo, hi] = compareNum((a.old as Unit).num, (z.old as Unit).num) < 0 ? [a, z] : [z, a];
        this.push(
          {
            op: 'move',
            from: [{ range: true, from: from(lo), to: from(hi) }],
            to: [{ range: true, from: to(lo), to: to(hi) }],
            each: true,
          },
          group,
        );
      } else for (const d of run) this.push({ op: 'move', from: [one(from(d))], to: [one(to(d))], each: false }, group);
    }
  }

  /** The same single replacement in several units → `제3조제1항 및 제5항 중 "A"를 각각 "B"로`. */
  private groupEach(clauses: Clause[]): Clause[] {
    const out: Clause[] = [];
    let runStart = 0;
    for (const c of clauses) {
      const prev = out[out.length - 1];
      // Adjacent clauses with the same change are grouped (`제6조제1항, 제7조제1항 및 제10조 중 … 각각`),
      // across articles too except where every article has its own sentence.
      const across = this.opts.style !== 'article';
      const sameRun = prev?.op.op === 'replace' && (across || prev.group === c.group);
      if (c.op.op !== 'replace' || !sameRun) runStart = out.length;
      if (c.op.op === 'replace' && c.op.pairs.length === 1 && !c.op.targets.some((e) => !e.range && e.t.portion)) {
        const [a, b] = c.op.pairs[0] ?? ['', ''];
        const match = out
          .slice(runStart)
          .find(
            (x) =>
              x.op.op === 'replace' &&
              x.op.pairs.length === 1 &&
              x.op.pairs[0]?.[0] === a &&
              x.op.pairs[0]?.[1] === b &&
              (across || x.group === c.group),
          );
        if (match?.op.op === 'replace') {
          match.op.targets.push(...c.op.targets);
          match.op.each = true;
          continue;
        }
      }
      out.push(
        c.op.op === 'replace' ? { ...c, op: { ...c.op, targets: [...c.op.targets], pairs: [...c.op.pairs] } } : c,
      );
    }
    return out;
  }

  /** Join clauses into sentences. */
  private sentences(clauses: Clause[]): Sentence[] {
    const out: Sentence[] = [];
    let cur: Sentence | null = null;
    let prev: Clause | null = null;
    let verbs = 0;
    const chain = this.opts.style === 'chain';
    for (const c of clauses) {
      const p: Clause | null = prev;
      if (cur && p) {
        const roPair = endsInRo(p.op) && (c.op.op === 'replace' || c.op.op === 'title' || c.op.op === 'jemyeong');
        const joinMove = p.op.op === 'move' && (c.op.op === 'insert' || c.op.op === 'move' || c.op.op === 'delete');
        const together = this.opts.style === 'single' || (chain && roPair) || p.group === c.group || joinMove;
        if (!together) {
          out.push(cur);
          cur = null;
        } else {
          const joint: Joint = chain && roPair ? ',' : verbs % 2 === 0 ? '하고' : '하며';
          if (joint !== ',') verbs++;
          cur.joints.push(joint);
          cur.ops.push(this.relative(c.op, lastPath(p.op), chain));
        }
      }
      if (!cur) {
        cur = { ops: [c.op], joints: [], body: [] };
        verbs = 0;
      }
      prev = c;
      if (c.body.length) {
        cur.body = c.body;
        out.push(cur);
        cur = null;
        prev = null;
      }
    }
    if (cur) out.push(cur);
    return out;
  }

  /** `같은 조 제3항`, `같은 항 제2호`: the first path of a clause written against the previous one. */
  private relative(op: Op, prev: Target | null, chain: boolean): Op {
    if (chain || !prev) return op;
    const rel = (t: Target): Target => {
      if (!sameArticle(t, prev) || t.same || t.article?.former || prev.article?.former) return t;
      const sameParagraph = t.paragraph ? eq(t.paragraph, prev.paragraph) : !prev.paragraph;
      if (t.subitem && sameParagraph && eq(t.item, prev.item)) return { ...t, same: 'item' };
      if ((t.item ?? t.subitem) && t.paragraph && sameParagraph) return { ...t, same: 'paragraph' };
      return { ...t, same: 'article' };
    };
    const eq = (x?: LevelRef, y?: LevelRef): boolean =>
      !!x && !!y && numKey(x.num) === numKey(y.num) && !x.former && !y.former;
    const first = <T extends TargetEntry>(list: T[]): T[] =>
      list.map((e, i) => (i > 0 ? e : e.range ? { ...e, from: rel(e.from) } : { ...e, t: rel(e.t) }));
    switch (op.op) {
      case 'replace':
      case 'erase':
      case 'delete':
      case 'rewrite':
        return { ...op, targets: first(op.targets) };
      case 'insert':
        return op.parent ? { ...op, parent: rel(op.parent) } : op;
      case 'title':
      case 'dropPart':
      case 'addPart':
      case 'numberParagraph':
        return { ...op, target: rel(op.target) };
      default:
        return op;
    }
  }
}

/** Share of a unit's own text that its spans change, 0..1. */
function changedShare(d: UnitDiff): number {
  const changedChars = d.spans.reduce((n, s) => n + s.oldText.length + s.newText.length, 0);
  return changedChars / Math.max(1, d.oldText.length + d.newText.length);
}

interface Chapter {
  heading: HeadingDiff;
  members: UnitDiff[];
  op: Op;
  body: string[];
}

const RANK: Record<string, number> = { 편: 0, 장: 1, 절: 2, 관: 3 };

/**
 * A heading inserted (deleted) together with every article under it, up to the next heading of the same
 * or a higher level: `제3장의2(제20조의2부터 제20조의5까지)를 다음과 같이 신설한다` with the whole 장 as body,
 * `제4장(제15조부터 제20조까지)을 삭제한다`.
 */
function wholeChapters(list: DiffEntry[], bodyOf: (u: Unit) => string[]): Map<UnitDiff, Chapter> {
  const out = new Map<UnitDiff, Chapter>();
  list.forEach((e, i) => {
    if (e.kind !== 'heading' || (e.h.status !== 'inserted' && e.h.status !== 'deleted')) return;
    const side = e.h.status === 'inserted' ? 'new' : 'old';
    const h = e.h[side];
    if (!h) return;
    const members: UnitDiff[] = [];
    for (const x of list.slice(i + 1)) {
      if (x.kind === 'heading') {
        const other = x.h[side];
        if (!other) continue;
        if ((RANK[other.level] ?? 9) <= (RANK[h.level] ?? 9)) break;
        return; // a 절 inside the new 장: written heading by heading
      }
      const unit = x.d[side];
      if (!unit) continue;
      const whole =
        side === 'new'
          ? x.d.status === 'inserted' && !isPlaceholder(unit)
          : x.d.status === 'deleted' && !isPlaceholder(unit);
      if (!whole) return;
      members.push(x.d);
    }
    const first = members[0]?.[side];
    const last = members[members.length - 1]?.[side];
    if (!first || !last) return;
    const at = (u: Unit): Target => ({ article: { num: u.num, former: null } });
    const articles = entries(members.map((m) => ({ t: at(m[side] as Unit), u: m[side] as Unit })));
    const heading = { level: h.level, num: h.num };
    const op: Op =
      side === 'new' ? { op: 'chapterInsert', heading, articles } : { op: 'chapterDelete', heading, articles };
    const line = `${headingLabel(h.level, h.num)} ${visibleText(h.title)}`.trim();
    const body = side === 'new' ? [line, ...members.flatMap((m) => (m.new ? bodyOf(m.new) : []))] : [];
    out.set(members[0] as UnitDiff, { heading: e.h, members, op, body });
  });
  return out;
}

/** The last path a clause names (what `같은 조` refers back to). */
function lastPath(op: Op): Target | null {
  switch (op.op) {
    case 'replace':
    case 'erase':
    case 'delete':
    case 'rewrite':
    case 'insert': {
      const e = op.targets[op.targets.length - 1];
      return e ? (e.range ? e.to : e.t) : null;
    }
    case 'move': {
      const e = op.to[op.to.length - 1];
      return e ? (e.range ? e.to : e.t) : null;
    }
    case 'title':
    case 'dropPart':
    case 'addPart':
    case 'numberParagraph':
      return op.target;
    default:
      return null;
  }
}

/** 본문 or 단서 (전단 or 후단) when every change falls in one of them. */
function portionOf(oldText: string, newText: string, spans: readonly Span[]): Portion | undefined {
  if (!spans.length) return undefined;
  for (const [part, a, b] of [
    ['단서', '본문', '단서'],
    ['후단', '전단', '후단'],
  ] as const) {
    const at = partStart(oldText, part);
    if (at < 0 || partStart(newText, part) < 0) continue;
    if (spans.every((s) => s.oldEnd <= at)) return a;
    if (spans.every((s) => s.oldStart >= at + 1)) return b;
  }
  return undefined;
}

/** `each`: one pair whose word stands more than once in the unit reads `"A"를 각각 "B"로`. */
function spanOps(target: Target, spans: Span[], text: string): Op[] {
  const out: Op[] = [];
  let replace: Extract<Op, { op: 'replace' }> | null = null;
  const seen = new Set<string>();
  for (const s of spans) {
    const key = `${s.oldText}\u0000${s.newText}`;
    if (seen.has(key)) continue; // identical changes: one clause replaces every occurrence
    seen.add(key);
    if (s.newText === '') {
      out.push({ op: 'erase', targets: [one(target)], text: s.oldText, each: false });
      replace = null;
      continue;
    }
    if (replace) replace.pairs.push([s.oldText, s.newText]);
    else {
      replace = { op: 'replace', targets: [one(target)], pairs: [[s.oldText, s.newText]], each: false };
      out.push(replace);
    }
  }
  for (const op of out)
    if (op.op === 'replace' && op.pairs.length === 1 && countOccurrences(text, op.pairs[0]?.[0] ?? '') > 1)
      op.each = true;
  return out;
}

/** Carry out a unit's replacement clauses the way the applier will, to prove them. */
export function simulate(oldText: string, portion: Portion | undefined, ops: readonly Op[]): string | null {
  let t: string | null = oldText;
  for (const op of ops) {
    const pairs =
      op.op === 'replace' ? op.pairs : op.op === 'erase' ? ([[op.text, '']] as Array<[string, string]>) : [];
    for (const [a, b] of pairs) t = t === null ? null : editPortion(t, portion, (s) => replaceAllLoose(s, a, b));
  }
  return t === null ? null : canonicalTypography(t);
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
function entries(items: Array<{ t: Target; u: Unit }>, ranges = true): TargetEntry[] {
  const out: TargetEntry[] = [];
  let i = 0;
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
      out.push({ range: true, from: a.t, to: z.t });
      i = j + 1;
    } else {
      out.push(one(a.t));
      i++;
    }
  }
  return out;
}
