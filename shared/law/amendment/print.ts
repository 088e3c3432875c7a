// Printer: operations → 개정문 sentences. Every form is spelled here and read back by read.ts.
import { numKey, pathLabel } from '../numbering.ts';
import { directionParticle, objectParticle } from '../particles.ts';
import type { UnitKind, UnitNumber } from '../types.ts';
import {
  deepestKind,
  endsInRo,
  lastTarget,
  LEVELS,
  type HeadingLevel,
  type LevelRef,
  type Op,
  type Sentence,
  type Target,
  type TargetEntry,
} from './ops.ts';

export interface PrintOptions {
  quotes: 'curly' | 'straight';
}

/** `제2장`, `제2장의2`, `제3절` — the label of a 편·장·절·관 heading. */
export function headingLabel(level: HeadingLevel, num: UnitNumber): string {
  return `제${num.main}${level}${num.branch ? `의${num.branch}` : ''}`;
}

function sameRef(a: LevelRef | undefined, b: LevelRef | undefined): boolean {
  if (!a || !b) return a === b;
  return numKey(a.num) === numKey(b.num) && (a.former ? numKey(a.former) : '') === (b.former ? numKey(b.former) : '');
}

function levelText(kind: UnitKind, ref: LevelRef): string {
  const own = pathLabel(kind, ref.num);
  return ref.former ? `${own}(종전의 ${pathLabel(kind, ref.former)})` : own;
}

/** Levels from `from` down, with the 각 호 외의 부분 / 본문 qualifiers. */
function labels(t: Target, from: number): string {
  let out = '';
  LEVELS.forEach((k, i) => {
    const ref = t[k];
    if (i >= from && ref) out += levelText(k, ref);
  });
  return out + qualifiers(t);
}

function qualifiers(t: Target): string {
  let out = '';
  if (t.lead) out += ` 각 ${deepestKind(t) === 'item' ? '목' : '호'} 외의 부분`;
  if (t.all) out += ` 각 ${deepestKind(t) === 'item' ? '목' : '호'}`;
  if (t.portion) out += ` ${t.portion}`;
  return out;
}

const SAME_DEPTH = { article: 1, paragraph: 2, item: 3 } as const;
const SAME_WORD = { article: '조', paragraph: '항', item: '호' } as const;

/**
 * A path. `prev` is the previous path of a list: only the levels below what they share are written
 * (`제5조제1항 및 제3항`). `same` writes `같은 조 …` / `같은 항 …`.
 */
export function pathText(t: Target, prev: Target | null = null): string {
  if (t.same) {
    const from = SAME_DEPTH[t.same];
    const rest = labels(t, from);
    return `같은 ${SAME_WORD[t.same]}${rest && !rest.startsWith(' ') ? ' ' : ''}${rest}`;
  }
  if (prev) {
    let k = 0;
    while (
      k < LEVELS.length &&
      sameRef(t[LEVELS[k] as UnitKind], prev[LEVELS[k] as UnitKind]) &&
      t[LEVELS[k] as UnitKind]
    )
      k++;
    if (k > 0 && LEVELS.slice(k).some((l) => t[l])) return labels(t, k);
  }
  return labels(t, 0);
}

function joinList(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} 및 ${parts[parts.length - 1] ?? ''}`;
}

/** `제2조부터 제5조까지, 제5조의2 및 제6조`. */
export function targetsText(entries: readonly TargetEntry[], parent: Target | null = null): string {
  let prev: Target | null = parent;
  const item = (t: Target, i: number): string => {
    if (i === 0 || !prev) return pathText(t, prev);
    // Later items of a list: the levels below what they share, or `같은 조 …` where the depth differs
    // (`제2조제1항 및 같은 조 제2항제4호`).
    const { same: _same, ...plain } = t;
    const shared = prev.article && t.article && sameRef(prev.article, t.article);
    if (shared && deepestKind(prev) !== deepestKind(t) && (t.paragraph || t.item))
      return pathText({ ...plain, same: 'article' });
    return pathText(plain, prev);
  };
  const parts = entries.map((e, i) => {
    if (!e.range) {
      const s = item(e.t, i);
      prev = e.t;
      return s;
    }
    const s = `${item(e.from, i)}부터 ${pathText(e.to, e.from)}까지`;
    prev = e.to;
    return s;
  });
  return joinList(parts);
}

export class Printer {
  constructor(private readonly opts: PrintOptions) {}

  q(s: string): string {
    return this.opts.quotes === 'curly' ? `\u201c${s}\u201d` : `"${s}"`;
  }

  private pair(a: string, b: string, each: boolean): string {
    return `${this.q(a)}${objectParticle(a)} ${each ? '각각 ' : ''}${this.q(b)}${directionParticle(b)}`;
  }

  private pairs(list: Array<[string, string]>, each: boolean): string {
    return list.map(([a, b], i) => this.pair(a, b, each && i === 0)).join(', ');
  }

  /** One clause, without what joins it to the next. */
  clause(op: Op): string {
    const each = (on: boolean): string => (on ? '각각 ' : '');
    switch (op.op) {
      case 'jemyeong':
        return `제명 ${this.pair(op.from, op.to, false)}`;
      case 'headingTitle':
        return `${headingLabel(op.heading.level, op.heading.num)}의 제목 ${this.pair(op.from, op.to, false)}`;
      case 'headingInsert':
        return `${pathText(op.before)} 앞에 ${op.level} 번호 및 제목을 다음과 같이 신설`;
      case 'headingDelete':
        return `${pathText(op.before)} 앞의 ${this.q(op.text)}${objectParticle(op.text)} 삭제`;
      case 'chapterInsert': {
        const label = headingLabel(op.heading.level, op.heading.num);
        return `${label}(${targetsText(op.articles)})${objectParticle(label)} 다음과 같이 신설`;
      }
      case 'chapterDelete': {
        const label = headingLabel(op.heading.level, op.heading.num);
        return `${label}(${targetsText(op.articles)})${objectParticle(label)} 삭제`;
      }
      case 'replace':
        return `${targetsText(op.targets)} 중 ${this.pairs(op.pairs, op.each)}`;
      case 'annex':
        return `${op.annex} 중 ${this.pairs(op.pairs, false)}`;
      case 'erase':
        return `${targetsText(op.targets)} 중 ${this.q(op.text)}${objectParticle(op.text)} ${each(op.each)}삭제`;
      case 'title':
        return `${pathText(op.target)}의 제목 ${op.partial ? '중 ' : ''}${this.pair(op.from, op.to, false)}`;
      case 'dropPart':
        return `${pathText(op.target)} ${op.part}${objectParticle(op.part)} 삭제`;
      case 'addPart':
        return `${pathText(op.target)}에 ${op.part}${objectParticle(op.part)} 다음과 같이 신설`;
      case 'delete': {
        const t = targetsText(op.targets);
        return `${t}${objectParticle(t)} ${each(op.each)}삭제`;
      }
      case 'move': {
        const from = targetsText(op.from);
        const to = targetsText(op.to, lastTarget(op.from));
        return `${from}${objectParticle(from)} ${each(op.each)}${to}${directionParticle(to)}`;
      }
      case 'numberParagraph': {
        const t = pathText(op.target);
        return `${t}${objectParticle(t)} 제1항으로`;
      }
      case 'rewrite': {
        const t = targetsText(op.targets);
        return `${t}${objectParticle(t)} ${each(op.each)}다음과 같이`;
      }
      case 'insert': {
        const t = targetsText(op.targets, op.parent);
        const parent = op.parent ? `${pathText(op.parent)}에 ` : '';
        return `${parent}${t}${objectParticle(t)} ${each(op.each)}다음과 같이 신설`;
      }
    }
  }

  /** The sentence's first line joined with its body lines. */
  sentence(s: Sentence): string {
    let out = '';
    s.ops.forEach((op, i) => {
      out += this.clause(op);
      const space = endsInRo(op) || op.op === 'rewrite' ? ' ' : '';
      const joint = s.joints[i];
      if (i === s.ops.length - 1) out += `${space}한다.`;
      else if (joint === ',') out += ', ';
      else out += `${space}${joint ?? '하고'}, `;
    });
    return [out, ...s.body].join('\n');
  }
}

/** `제명`, `제5조제2항` …: how a sentence names what it amends first (for messages). */
export function firstTargetText(op: Op): string {
  switch (op.op) {
    case 'jemyeong':
      return '제명';
    case 'headingTitle':
    case 'chapterInsert':
    case 'chapterDelete':
      return headingLabel(op.heading.level, op.heading.num);
    case 'annex':
      return op.annex;
    case 'headingInsert':
    case 'headingDelete':
      return pathText(op.before);
    case 'title':
    case 'dropPart':
    case 'addPart':
    case 'numberParagraph':
      return pathText(op.target);
    case 'move':
      return targetsText(op.from);
    default:
      return targetsText(op.targets);
  }
}
