// The applier: carries out a 개정문 on the 현행 text. It is the proof of the planner — every fixture
// pair must round-trip — and a tool on its own for checking hand-written 개정문.
import { isPlaceholder, setUnitText, unitVisible } from '../compare.ts';
import { canonicalTypography, collapseSpaces, visibleText } from '../normalize.ts';
import { compareNum, numKey, pathLabel, textLabel } from '../numbering.ts';
import { objectParticle, subjectParticle } from '../particles.ts';
import { parseOrdinance } from '../parse.ts';
import { renderOrdinance } from '../render.ts';
import type { Heading, OrdinanceDoc, Unit, UnitKind, UnitNumber } from '../types.ts';
import {
  deepestKind,
  LEVELS,
  takesBody,
  type LevelRef,
  type Op,
  type Sentence,
  type Target,
  type TargetEntry,
} from './ops.ts';
import { headingLabel, Printer } from './print.ts';
import { readSentence } from './read.ts';
import { dropPart, editPortion, replaceAllLoose } from './text-edit.ts';

/** A 개정문 that cannot be read or carried out; the message is Korean and names the sentence. */
export class AmendmentError extends Error {
  constructor(
    message: string,
    readonly sentence: string = '',
  ) {
    super(message);
    this.name = 'AmendmentError';
  }
}

const OPENING = /^\s*(.*?)\s*(일부|전부)를 다음과 같이 개정한다\.?\s*$/;

/** `제9조를`, `제3항을`: a label with its object particle (never `을(를)`). */
function obj(label: string): string {
  return `${label}${objectParticle(label)}`;
}
function subj(label: string): string {
  return `${label}${subjectParticle(label)}`;
}

interface Read {
  text: string;
  sentence: Sentence;
}

function splitSentences(lines: string[]): Read[] {
  const out: Read[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const cur = out[out.length - 1];
    const wantsBody = cur !== undefined && takesBody(cur.sentence.ops[cur.sentence.ops.length - 1] as Op);
    const parsed = wantsBody && cur.sentence.body.length === 0 ? null : readSentence(line);
    if (parsed) {
      out.push({ text: line, sentence: parsed });
      continue;
    }
    if (wantsBody) {
      cur.sentence.body.push(line);
      continue;
    }
    throw new AmendmentError(`개정문을 해석할 수 없습니다: "${line}"`, line);
  }
  for (const s of out)
    if (takesBody(s.sentence.ops[s.sentence.ops.length - 1] as Op) && s.sentence.body.length === 0)
      throw new AmendmentError(`"다음과 같이" 뒤에 올 조문이 없습니다: "${s.text}"`, s.text);
  return out;
}

export interface ApplyResult {
  text: string;
  /** Clauses that amend what is not in the text (별표, 서식), in Korean: applied outside the text. */
  outside: string[];
}

export function applyAmendment(oldText: string, amendment: string): string {
  return applyAmendmentDetailed(oldText, amendment).text;
}

export function applyAmendmentDetailed(oldText: string, amendment: string): ApplyResult {
  const lines = amendment.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const opening = OPENING.exec(lines[first] ?? '');
  if (first < 0 || !opening)
    throw new AmendmentError(
      '개정문의 첫 줄("… 일부를 다음과 같이 개정한다.")을 찾을 수 없습니다.',
      lines[first] ?? '',
    );
  const doc = parseOrdinance(oldText);
  if (opening[2] === '전부') {
    const rest = lines
      .slice(first + 1)
      .join('\n')
      .trim();
    if (!rest) throw new AmendmentError('전부개정문에 새 조문이 없습니다.', lines[first] ?? '');
    return { text: `${rest}\n\n${doc.addendaRaw}`, outside: [] };
  }
  const w = new Working(doc);
  const printer = new Printer({ quotes: 'curly' });
  for (const s of splitSentences(lines.slice(first + 1))) {
    const last = s.sentence.ops.length - 1;
    s.sentence.ops.forEach((op, i) => {
      try {
        if (op.op === 'annex')
          w.outside.push(`${printer.clause(op)}: 본문 밖(${op.annex})의 개정이므로 따로 반영하십시오.`);
        else w.apply(op, i === last ? s.sentence.body : []);
      } catch (e) {
        if (e instanceof AmendmentError) throw new AmendmentError(`${e.message} (문장: "${s.text}")`, s.text);
        throw e;
      }
    });
  }
  return { text: renderOrdinance(doc), outside: w.outside };
}

function describe(t: Target): string {
  let out = '';
  for (const k of LEVELS) {
    const r = t[k];
    if (r) out += pathLabel(k, r.num);
  }
  return out;
}

/** Make sure a rendered unit ends with a line break so the next unit starts on its own line. */
function endLine(u: Unit): void {
  let last = u;
  while (last.children.length) last = last.children[last.children.length - 1] as Unit;
  if (!/\n/.test(last.tail)) last.tail += '\n';
}

function setLabel(u: Unit, label: string): void {
  const delta = label.length - (u.labelEnd - u.labelStart);
  u.head = u.head.slice(0, u.labelStart) + label + u.head.slice(u.labelEnd);
  u.labelEnd = u.labelStart + label.length;
  if (u.titleStart >= 0) {
    u.titleStart += delta;
    u.titleEnd += delta;
  }
}

class Working {
  private readonly orig = new WeakMap<Unit, string>();
  readonly outside: string[] = [];

  constructor(private readonly doc: OrdinanceDoc) {
    const mark = (u: Unit): void => {
      this.orig.set(u, numKey(u.num));
      u.children.forEach(mark);
    };
    for (const a of this.articles()) mark(a);
  }

  private articles(): Unit[] {
    return this.doc.body.filter((e): e is Unit => e.kind !== 'heading');
  }

  private pick(list: Unit[], ref: LevelRef, kind: UnitKind): Unit {
    if (ref.former) {
      const key = numKey(ref.former);
      const hit = list.find((u) => this.orig.get(u) === key && numKey(u.num) === numKey(ref.num));
      if (hit) return hit;
    }
    const hits = list.filter(
      (u) => numKey(u.num) === numKey(ref.num) && !(kind === 'paragraph' && u.implicit && list.length > 1),
    );
    const hit = hits.find((u) => !isPlaceholder(u)) ?? hits[0];
    if (!hit) throw new AmendmentError(`개정 대상 ${obj(pathLabel(kind, ref.num))} 찾을 수 없습니다`);
    return hit;
  }

  /** The unit a path names, and its parent list. */
  resolve(t: Target): { unit: Unit; siblings: Unit[] | null } {
    if (!t.article) throw new AmendmentError(`조 번호가 없는 개정 대상입니다: ${describe(t)}`);
    const arts = this.articles();
    let unit = this.pick(arts, t.article, 'article');
    let siblings: Unit[] | null = null;
    if (t.paragraph) {
      siblings = unit.children;
      unit = this.pick(unit.children, t.paragraph, 'paragraph');
    }
    if (t.item) {
      if (unit.kind === 'article') {
        const only = unit.children.length === 1 ? unit.children[0] : undefined;
        if (!only) throw new AmendmentError(`${describe(t)}: 항을 밝혀야 합니다`);
        unit = only;
      }
      siblings = unit.children;
      unit = this.pick(unit.children, t.item, 'item');
    }
    if (t.subitem) {
      siblings = unit.children;
      unit = this.pick(unit.children, t.subitem, 'subitem');
    }
    return { unit, siblings };
  }

  /** The units whose own text a `중` clause edits: the unit with everything below it, or its lead only. */
  private textUnits(t: Target): Unit[] {
    const { unit } = this.resolve(t);
    const all: Unit[] = [];
    const walk = (u: Unit): void => {
      all.push(u);
      if (!t.lead && !t.portion) u.children.forEach(walk);
    };
    if ((t.lead || t.portion) && unit.kind === 'article') {
      const only = unit.children[0];
      if (only) all.push(only);
    } else walk(unit);
    return all;
  }

  private expand(entries: TargetEntry[]): Target[] {
    const out: Target[] = [];
    for (const e of entries) {
      if (!e.range) {
        out.push(e.t);
        continue;
      }
      const kind = deepestKind(e.from);
      const a = this.resolve(e.from);
      const z = this.resolve(e.to);
      const list = a.siblings ?? this.articles();
      const i = list.indexOf(a.unit);
      const j = list.indexOf(z.unit);
      if (i < 0 || j < i)
        throw new AmendmentError(`범위를 찾을 수 없습니다: ${describe(e.from)}부터 ${describe(e.to)}까지`);
      for (const u of list.slice(i, j + 1)) out.push({ ...e.from, [kind]: { num: u.num, former: null } });
    }
    return out;
  }

  private parseBody(kind: UnitKind, body: string[]): Unit[] {
    const text = body.join('\n') + '\n';
    const wrap: Record<UnitKind, string> = {
      article: '',
      paragraph: '제1조(임시)\n',
      item: '제1조(임시)\n임시\n',
      subitem: '제1조(임시)\n임시\n1. 임시\n',
    };
    const doc = parseOrdinance(wrap[kind] + text, { lenient: true });
    const arts = doc.body.filter((e): e is Unit => e.kind !== 'heading');
    let units: Unit[];
    if (kind === 'article') units = arts;
    else if (kind === 'paragraph') units = arts[0]?.children ?? [];
    else if (kind === 'item') units = arts[0]?.children[0]?.children ?? [];
    else units = arts[0]?.children[0]?.children[0]?.children ?? [];
    if (!units.length) throw new AmendmentError('"다음과 같이" 뒤의 조문을 읽을 수 없습니다');
    const zero = (u: Unit): void => {
      u.line = 0;
      u.children.forEach(zero);
    };
    units.forEach((u) => {
      zero(u);
      endLine(u);
    });
    return units;
  }

  /** Index in the body of the article a path names (for headings in front of it). */
  private articleIndex(t: Target): number {
    const { unit } = this.resolve({ article: t.article });
    return this.doc.body.indexOf(unit);
  }

  private heading(level: string, num: UnitNumber): Heading {
    const h = this.doc.body.find(
      (e): e is Heading => e.kind === 'heading' && e.level === level && numKey(e.num) === numKey(num),
    );
    if (!h) throw new AmendmentError(`${obj(headingLabel(level as Heading['level'], num))} 찾을 수 없습니다`);
    return h;
  }

  apply(op: Op, body: string[]): void {
    switch (op.op) {
      case 'jemyeong': {
        const i = canonicalTypography(this.doc.front).indexOf(canonicalTypography(op.from));
        if (i < 0) throw new AmendmentError(`제명에서 "${op.from}"${objectParticle(op.from)} 찾을 수 없습니다`);
        this.doc.front = this.doc.front.slice(0, i) + op.to + this.doc.front.slice(i + op.from.length);
        this.doc.title = op.to;
        return;
      }
      case 'headingTitle': {
        const h = this.heading(op.heading.level, op.heading.num);
        const cur = visibleText(h.title);
        if (canonicalTypography(cur).replace(/\s/g, '') !== canonicalTypography(op.from).replace(/\s/g, ''))
          throw new AmendmentError(
            `${headingLabel(h.level, h.num)}의 제목이 "${op.from}"${subjectParticle(op.from)} 아닙니다`,
          );
        const i = h.raw.lastIndexOf(h.title);
        h.raw = h.raw.slice(0, i) + op.to + h.raw.slice(i + h.title.length);
        h.title = op.to;
        return;
      }
      case 'headingInsert': {
        const line = body.join(' ').trim();
        const parsed = parseOrdinance(`${line}\n`).body[0];
        if (!parsed || parsed.kind !== 'heading' || parsed.level !== op.level)
          throw new AmendmentError(`신설하는 ${op.level}의 번호와 제목을 읽을 수 없습니다: "${line}"`);
        const at = this.articleIndex(op.before);
        const prev = this.doc.body[at - 1];
        if (prev && prev.kind !== 'heading') endLine(prev);
        else if (prev && !prev.raw.endsWith('\n')) prev.raw += '\n';
        parsed.line = 0;
        this.doc.body.splice(at, 0, parsed);
        return;
      }
      case 'headingDelete': {
        const at = this.articleIndex(op.before);
        const want = canonicalTypography(op.text).replace(/\s/g, '');
        for (let i = at - 1; i >= 0; i--) {
          const e = this.doc.body[i];
          if (!e || e.kind !== 'heading') break;
          const label = `${headingLabel(e.level, e.num)}${visibleText(e.title)}`;
          if (canonicalTypography(label).replace(/\s/g, '') === want) {
            this.doc.body.splice(i, 1);
            return;
          }
        }
        throw new AmendmentError(`${describe(op.before)} 앞에 "${op.text}"${subjectParticle(op.text)} 없습니다`);
      }
      case 'replace':
      case 'erase': {
        const pairs: Array<[string, string]> = op.op === 'replace' ? op.pairs : [[op.text, '']];
        for (const t of this.expand(op.targets)) {
          const units = this.textUnits(t);
          for (const [a, b] of pairs) {
            let found = false;
            for (const u of units) {
              const r = editPortion(unitVisible(u), t.portion, (s) => replaceAllLoose(s, a, b));
              if (r === null) continue;
              found = true;
              setUnitText(u, r);
            }
            if (!found) throw new AmendmentError(`${describe(t)}에서 "${a}"${objectParticle(a)} 찾을 수 없습니다`);
          }
        }
        return;
      }
      case 'dropPart': {
        const [u] = this.textUnits({ ...op.target, lead: true });
        const r = u ? dropPart(unitVisible(u), op.part) : null;
        if (!u || r === null) throw new AmendmentError(`${describe(op.target)}에 ${op.part}가 없습니다`);
        setUnitText(u, r);
        return;
      }
      case 'addPart': {
        const [u] = this.textUnits({ ...op.target, lead: true });
        if (!u) throw new AmendmentError(`${obj(describe(op.target))} 찾을 수 없습니다`);
        if (dropPart(unitVisible(u), op.part) !== null)
          throw new AmendmentError(`${describe(op.target)}에 이미 ${op.part}가 있습니다`);
        setUnitText(u, collapseSpaces(`${unitVisible(u)} ${body.join(' ')}`));
        return;
      }
      case 'title': {
        const { unit } = this.resolve(op.target);
        const strip = (s: string): string => s.replace(/^\((.*)\)$/, '$1');
        const cur = unit.title === null ? '' : visibleText(unit.title);
        let next: string;
        if (op.partial) {
          const r = replaceAllLoose(cur, op.from, op.to);
          if (r === null)
            throw new AmendmentError(
              `${describe(op.target)}의 제목에서 "${op.from}"${objectParticle(op.from)} 찾을 수 없습니다`,
            );
          next = r;
        } else {
          if (canonicalTypography(cur) !== canonicalTypography(strip(op.from)))
            throw new AmendmentError(
              `${describe(op.target)}의 제목이 "${op.from}"${subjectParticle(op.from)} 아닙니다`,
            );
          next = strip(op.to);
        }
        if (unit.titleStart >= 0) {
          unit.head = unit.head.slice(0, unit.titleStart) + next + unit.head.slice(unit.titleEnd);
          unit.titleEnd = unit.titleStart + next.length;
        } else {
          unit.head = `${unit.head.slice(0, unit.labelEnd)}(${next})${unit.head.slice(unit.labelEnd)}`;
          unit.titleStart = unit.labelEnd + 1;
          unit.titleEnd = unit.titleStart + next.length;
        }
        unit.title = next;
        return;
      }
      case 'delete':
        for (const t of this.expand(op.targets)) this.makePlaceholder(this.resolve(t).unit);
        return;
      case 'move':
        this.move(op.from, op.to);
        return;
      case 'numberParagraph': {
        const { unit } = this.resolve(op.target);
        const only = unit.kind === 'article' && unit.children.length === 1 ? unit.children[0] : undefined;
        if (!only?.implicit) throw new AmendmentError(`${describe(op.target)}에는 번호 없는 항이 하나만 있어야 합니다`);
        only.implicit = false;
        only.head = `① ${only.head}`;
        only.labelStart = 0;
        only.labelEnd = 1;
        return;
      }
      case 'rewrite':
        this.rewrite(this.expand(op.targets), body);
        return;
      case 'insert':
        this.insert(op.parent, op.targets, body);
        return;
      case 'chapterInsert':
        this.insertChapter(op.heading, op.articles, body);
        return;
      case 'chapterDelete': {
        const h = this.heading(op.heading.level, op.heading.num);
        for (const t of this.expand(op.articles)) this.makePlaceholder(this.resolve(t).unit);
        this.doc.body.splice(this.doc.body.indexOf(h), 1);
        return;
      }
      case 'annex':
        return;
    }
  }

  /** A new 장 (절 …) with its articles, placed by the number of its first article. */
  private insertChapter(ref: { level: string; num: UnitNumber }, range: TargetEntry[], body: string[]): void {
    const fragment = parseOrdinance(`${body.join('\n')}\n`, { lenient: true });
    const [head, ...rest] = fragment.body;
    const label = headingLabel(ref.level as Heading['level'], ref.num);
    if (!head || head.kind !== 'heading' || head.level !== ref.level || numKey(head.num) !== numKey(ref.num))
      throw new AmendmentError(`신설하는 본문이 ${label}의 제목으로 시작하지 않습니다`);
    const arts = rest.filter((e): e is Unit => e.kind !== 'heading');
    const first = arts[0];
    const last = arts[arts.length - 1];
    const e0 = range[0];
    const eN = range[range.length - 1];
    const lo = e0 ? (e0.range ? e0.from : e0.t).article?.num : undefined;
    const hi = eN ? (eN.range ? eN.to : eN.t).article?.num : undefined;
    if (!first || !last || !lo || !hi || numKey(first.num) !== numKey(lo) || numKey(last.num) !== numKey(hi))
      throw new AmendmentError(`${label}에 신설하는 조문의 번호가 괄호 안의 조 번호와 다릅니다`);
    const zero = (u: Unit): void => {
      u.line = 0;
      u.children.forEach(zero);
    };
    arts.forEach((u) => {
      zero(u);
      endLine(u);
    });
    head.line = 0;
    if (!head.raw.endsWith('\n')) head.raw += '\n';
    const body_ = this.doc.body;
    let at = body_.findIndex((e) => e.kind !== 'heading' && compareNum(e.num, first.num) > 0);
    if (at < 0) at = body_.length;
    // Headings that open the next article stay in front of it: the new 장 goes before them.
    while (at > 0 && body_[at - 1]?.kind === 'heading') at--;
    const prev = body_[at - 1];
    if (prev && prev.kind !== 'heading') endLine(prev);
    body_.splice(at, 0, head, ...arts);
  }

  private makePlaceholder(u: Unit): void {
    endLine(u);
    let last = u;
    while (last.children.length) last = last.children[last.children.length - 1] as Unit;
    const tail = /\n/.test(u.tail) && u.children.length === 0 ? u.tail : last.tail;
    if (u.kind === 'article') {
      u.head = u.head.slice(0, u.labelEnd);
      u.title = null;
      u.titleStart = -1;
      u.titleEnd = -1;
      u.tail = ' ';
      const p: Unit = {
        ...u,
        kind: 'paragraph',
        num: { main: 1, branch: 0 },
        implicit: true,
        head: '',
        labelStart: 0,
        labelEnd: 0,
        text: '삭제',
        tail,
        children: [],
      };
      u.children = [p];
      return;
    }
    setUnitText(u, '삭제');
    u.tail = tail;
    u.children = [];
  }

  private siblingsOf(u: Unit): Unit[] | null {
    for (const a of this.articles()) {
      if (a === u) return null;
      const stack: Unit[] = [a];
      while (stack.length) {
        const p = stack.pop() as Unit;
        if (p.children.includes(u)) return p.children;
        stack.push(...p.children);
      }
    }
    return null;
  }

  private move(from: TargetEntry[], to: TargetEntry[]): void {
    const src = this.expandLoose(from);
    const dst = this.expandNumbers(to, src.length);
    if (src.length !== dst.length) throw new AmendmentError('옮기는 조문과 새 번호의 개수가 다릅니다');
    const units = src.map((t) => this.resolve(t).unit);
    units.forEach((u, i) => {
      const num = dst[i] as UnitNumber;
      u.num = num;
      setLabel(u, textLabel(u.kind, num));
    });
    // Re-sort the lists that changed, dropping `삭제` placeholders that a moved unit now replaces.
    const lists = new Set<Unit[] | null>(units.map((u) => this.siblingsOf(u)));
    for (const list of lists) {
      if (list === null) this.sortArticles(units);
      else {
        const kept = list.filter(
          (u) =>
            !(isPlaceholder(u) && list.some((v) => v !== u && !isPlaceholder(v) && numKey(v.num) === numKey(u.num))),
        );
        kept.sort((a, b) => compareNum(a.num, b.num));
        list.splice(0, list.length, ...kept);
        list.forEach((u) => endLine(u));
      }
    }
  }

  private sortArticles(moved: Unit[]): void {
    const body = this.doc.body.filter(
      (e) =>
        e.kind === 'heading' ||
        !(isArticlePlaceholder(e) && moved.some((m) => m !== e && numKey(m.num) === numKey(e.num))),
    );
    const slots = body.map((e, i) => (e.kind === 'heading' ? -1 : i)).filter((i) => i >= 0);
    const arts = slots.map((i) => body[i] as Unit).sort((a, b) => compareNum(a.num, b.num));
    slots.forEach((slot, k) => {
      body[slot] = arts[k] as Unit;
    });
    this.doc.body = body;
  }

  /** Sources of a move; ranges are expanded over the current siblings. */
  private expandLoose(entries: TargetEntry[]): Target[] {
    return this.expand(entries);
  }

  /** Destination numbers: ranges `제5조부터 제7조까지` count up from the first number. */
  private expandNumbers(entries: TargetEntry[], want: number): UnitNumber[] {
    const out: UnitNumber[] = [];
    for (const e of entries) {
      const kind = deepestKind(e.range ? e.from : e.t);
      if (!e.range) {
        out.push((e.t[kind] as LevelRef).num);
        continue;
      }
      const a = (e.from[kind] as LevelRef).num;
      const z = (e.to[kind] as LevelRef).num;
      for (let n = a.main; n <= z.main && out.length < want + 100; n++) out.push({ main: n, branch: 0 });
    }
    return out;
  }

  private rewrite(targets: Target[], body: string[]): void {
    const first = targets[0];
    if (!first) return;
    if (targets.length === 1 && (first.lead || first.portion)) return this.rewriteText(first, body);
    if (targets.length === 1 && first.all) return this.rewriteChildren(first, body);
    const fresh = this.parseBody(deepestKind(first), body);
    if (fresh.length !== targets.length)
      throw new AmendmentError(`고치는 ${targets.length}개 조문과 본문의 조문 수(${fresh.length})가 다릅니다`);
    targets.forEach((t, i) => this.replaceUnit(this.resolve(t).unit, fresh[i] as Unit));
  }

  /** `제3조제1항 각 호를 다음과 같이 한다`: the whole set of 호 (목) is replaced. */
  private rewriteChildren(t: Target, body: string[]): void {
    let { unit } = this.resolve(t);
    if (unit.kind === 'article') {
      const only = unit.children.length === 1 ? unit.children[0] : undefined;
      if (!only) throw new AmendmentError(`${describe(t)}: 항을 밝혀야 합니다`);
      unit = only;
    }
    const kind = unit.kind === 'item' ? 'subitem' : 'item';
    const fresh = this.parseBody(kind, body);
    const last = unit.children[unit.children.length - 1];
    if (last) fresh[fresh.length - 1]!.tail = last.tail.includes('\n') ? last.tail : fresh[fresh.length - 1]!.tail;
    unit.children = fresh;
    if (!/\n/.test(unit.tail) && !/\n$/.test(unit.text)) unit.tail += '\n';
  }

  /** `각 호 외의 부분을 다음과 같이 한다`, `단서를 다음과 같이 한다`: only the unit's own text changes. */
  private rewriteText(t: Target, body: string[]): void {
    const { unit } = this.resolve(t);
    const kind = unit.kind === 'article' ? 'paragraph' : unit.kind;
    const target = unit.kind === 'article' ? unit.children[0] : unit;
    if (!target) throw new AmendmentError(`${obj(describe(t))} 찾을 수 없습니다`);
    const line = collapseSpaces(body.join(' '));
    const [parsed] = target.implicit || t.portion ? [null] : this.parseBody(kind, body);
    const text = parsed ? unitVisible(parsed) : line;
    const r = editPortion(unitVisible(target), t.portion, () => text);
    if (r === null) throw new AmendmentError(`${describe(t)}에 ${t.portion ?? ''}이 없습니다`);
    setUnitText(target, r);
  }

  private replaceUnit(old: Unit, fresh: Unit): void {
    const list = this.siblingsOf(old);
    if (list === null) {
      const i = this.doc.body.indexOf(old);
      this.doc.body[i] = fresh;
    } else {
      const i = list.indexOf(old);
      if (old.kind === 'paragraph' && old.implicit) {
        fresh.implicit = true;
        fresh.head = '';
        fresh.labelStart = fresh.labelEnd = 0;
      }
      list[i] = fresh;
    }
    this.orig.set(fresh, numKey(old.num));
  }

  private insert(parent: Target | null, targets: TargetEntry[], body: string[]): void {
    const list = this.expand(targets);
    const first = list[0];
    if (!first) return;
    const kind = deepestKind(first);
    const fresh = this.parseBody(kind, body);
    if (fresh.length !== list.length)
      throw new AmendmentError(`신설하는 ${list.length}개 조문과 본문의 조문 수(${fresh.length})가 다릅니다`);
    fresh.forEach((u, i) => {
      const t = list[i] as Target;
      const num = (t[kind] as LevelRef).num;
      if (numKey(u.num) !== numKey(num)) {
        u.num = num;
        setLabel(u, textLabel(kind, num));
      }
      if (kind === 'article') return this.insertArticle(u);
      const parentTarget: Target = parent ?? { ...t, [kind]: undefined };
      let host = this.resolve(parentTarget).unit;
      if (kind === 'paragraph' && host.kind !== 'article') throw new AmendmentError('항은 조에만 신설할 수 있습니다');
      if (kind !== 'paragraph' && host.kind === 'article') {
        const only = host.children.length === 1 ? host.children[0] : undefined;
        if (!only) throw new AmendmentError(`${describe(parentTarget)}: 항을 밝혀야 합니다`);
        host = only;
      }
      if (kind === 'paragraph') {
        const implicit = host.children.find((c) => c.implicit);
        if (implicit) {
          implicit.implicit = false;
          implicit.head = '① ' + implicit.head;
          implicit.labelStart = 0;
          implicit.labelEnd = 1;
        }
      }
      this.insertInto(host.children, u);
    });
  }

  private insertInto(list: Unit[], u: Unit): void {
    const same = list.findIndex((c) => numKey(c.num) === numKey(u.num));
    if (same >= 0) {
      const existing = list[same] as Unit;
      if (!isPlaceholder(existing)) throw new AmendmentError(`${subj(pathLabel(u.kind, u.num))} 이미 있습니다`);
      list[same] = u;
      return;
    }
    let at = list.length;
    for (let i = 0; i < list.length; i++)
      if (compareNum((list[i] as Unit).num, u.num) > 0) {
        at = i;
        break;
      }
    const prev = list[at - 1];
    if (prev) endLine(prev);
    list.splice(at, 0, u);
  }

  private insertArticle(u: Unit): void {
    const body = this.doc.body;
    const same = body.findIndex((e) => e.kind !== 'heading' && numKey(e.num) === numKey(u.num));
    if (same >= 0) {
      if (!isArticlePlaceholder(body[same] as Unit))
        throw new AmendmentError(`${subj(pathLabel('article', u.num))} 이미 있습니다`);
      body[same] = u;
      return;
    }
    let at = -1;
    body.forEach((e, i) => {
      if (e.kind !== 'heading' && compareNum(e.num, u.num) < 0) at = i;
    });
    const prev = body[at];
    if (prev && prev.kind !== 'heading') endLine(prev);
    else if (at < 0 && this.doc.front && !this.doc.front.endsWith('\n')) this.doc.front += '\n';
    body.splice(at + 1, 0, u);
  }
}

function isArticlePlaceholder(u: Unit): boolean {
  const only = u.children.length === 1 ? u.children[0] : undefined;
  return u.kind === 'article' && only !== undefined && only.implicit && isPlaceholder(only);
}
