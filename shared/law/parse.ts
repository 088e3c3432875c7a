// Line-based parser for Korean ordinance text. Each line goes to exactly one node, so the tree renders
// back to the input unchanged; lines that fit nowhere are kept where they stand and reported.
import { circledValue, SUBITEM_LETTERS, unitPath } from './numbering.ts';
import { findTags, tailStart } from './normalize.ts';
import type {
  AddendumBlock,
  BodyEntry,
  Heading,
  LawWarning,
  OrdinanceDoc,
  Unit,
  UnitKind,
  UnitNumber,
} from './types.ts';

const SP = '[ \\t\\u3000\\u00a0]';
const ARTICLE_RE = new RegExp(`^(${SP}*(?:#{1,6}${SP}*)?)(제${SP}*(\\d+)${SP}*조(?:${SP}*의${SP}*(\\d+))?)`);
const HEADING_RE = new RegExp(
  `^${SP}*(?:#{1,6}${SP}*)?제${SP}*(\\d+)${SP}*(편|장|절|관)(?:${SP}*의${SP}*(\\d+))?(?=${SP}|$|\\r?\\n)`,
);
const ADDENDA_RE = new RegExp(`^${SP}*(?:#{1,6}${SP}*)?부${SP}*칙(?=${SP}|$|[<(\\[\\r\\n])`);
const ITEM_RE = new RegExp(`^(${SP}*)((\\d{1,3})(?:${SP}*의${SP}*(\\d{1,2}))?\\.)(?!\\d)(${SP}*)`);
const SUBITEM_RE = new RegExp(`^(${SP}*)(([${SUBITEM_LETTERS}])(?:${SP}*의${SP}*(\\d{1,2}))?\\.)(${SP}*)`);
const PARA_RE = new RegExp(`^(${SP}*)([\\u2460-\\u2473\\u3251-\\u325f\\u32b1-\\u32bf\\u24db])(${SP}*)`);
const PARA_NUM_RE = new RegExp(`^(${SP}*)([(<](\\d{2})[)>])(${SP}*)`);
const MD_TITLE_RE = /^[ \t]*#{1,6}[ \t]*/;
// Words that follow a cross-reference like `제5조에 따라` but never a real article heading.
const REFERENCE_FOLLOWER =
  /^(?:제|에|의|및|부터|까지|와|과|를|을|은|는|에서|로|으로|각|단서|본문|전단|후단|·|ㆍ|,|\.|또는|내지)/;

export interface ParseOptions {
  /** Accept any first number for 호/목 (used for fragments of 개정문 bodies such as `4. …`). */
  lenient?: boolean;
}

function newUnit(kind: UnitKind, num: UnitNumber, head: string, line: number, implicit = false): Unit {
  return {
    kind,
    num,
    implicit,
    head,
    labelStart: 0,
    labelEnd: 0,
    title: null,
    titleStart: -1,
    titleEnd: -1,
    text: '',
    tail: '',
    children: [],
    line,
  };
}

/** Split a raw line (with its line break) into content and the break. */
function splitEol(line: string): [string, string] {
  const m = /\r?\n$/.exec(line);
  return m ? [line.slice(0, m.index), m[0]] : [line, ''];
}

/** Balanced `(…)` at the start of `s` (after spaces); returns [start, end) of the parenthesised part. */
function leadingParens(s: string): [number, number] | null {
  let i = 0;
  while (i < s.length && /[ \t\u3000]/.test(s[i] ?? '')) i++;
  if (s[i] !== '(') return null;
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return [i, j + 1];
    }
  }
  return null;
}

function isTagOnly(s: string): boolean {
  const t = s.trim();
  if (!t || !/^[<[(]/.test(t)) return false;
  return tailStart(t) === 0 && findTags(t).length > 0;
}

export function parseOrdinance(input: string, options: ParseOptions = {}): OrdinanceDoc {
  const lines = input.split(/(?<=\n)/);
  const doc: OrdinanceDoc = {
    front: '',
    title: null,
    body: [],
    addendaRaw: '',
    addenda: [],
    annexRefs: [],
    warnings: [],
  };
  let mode: 'front' | 'body' | 'addenda' = 'front';
  let heading: Heading | null = null;
  let article: Unit | null = null;
  let paragraph: Unit | null = null;
  let item: Unit | null = null;
  let subitem: Unit | null = null;
  let lastArticleNo = 0;
  let titleSeen = false;
  let addendaLine = 0;

  const deepest = (): Unit | null => subitem ?? item ?? paragraph ?? article;
  const chain = (): Unit[] => [article, paragraph, item, subitem].filter((u): u is Unit => u !== null);
  const warn = (lineNo: number, text: string, message: string): void => {
    const w: LawWarning = { line: lineNo, text: text.trim(), message };
    const near = chain();
    if (near.length) w.near = unitPath(near);
    doc.warnings.push(w);
  };
  const append = (raw: string): void => {
    const u = deepest();
    if (u) {
      // An article's own text is always empty (its text lives in its 항), so raw lines go to its tail.
      if (u.children.length === 0 && u.kind !== 'article') u.text += raw;
      else u.tail += raw;
    } else if (heading) heading.raw += raw;
    else doc.front += raw;
  };
  const ensureParagraph = (lineNo: number): Unit | null => {
    if (!article) return null;
    if (!paragraph) {
      paragraph = newUnit('paragraph', { main: 1, branch: 0 }, '', lineNo, true);
      article.children.push(paragraph);
    }
    return paragraph;
  };

  const startParagraph = (rest: string, lineNo: number): boolean => {
    if (!article) return false;
    let m = PARA_RE.exec(rest);
    let num: number | null = null;
    let headLen = 0;
    let labelStart = 0;
    let labelEnd = 0;
    if (m) {
      num = circledValue(m[2] ?? '');
      labelStart = (m[1] ?? '').length;
      labelEnd = labelStart + (m[2] ?? '').length;
      headLen = m[0].length;
    } else {
      m = PARA_NUM_RE.exec(rest);
      const prev = paragraph && !paragraph.implicit ? paragraph.num.main : 0;
      if (m && Number(m[3]) >= 21 && Number(m[3]) === prev + 1) {
        num = Number(m[3]);
        labelStart = (m[1] ?? '').length;
        labelEnd = labelStart + (m[2] ?? '').length;
        headLen = m[0].length;
      }
    }
    if (num === null) return false;
    const prevNo = paragraph ? (paragraph.implicit ? 0 : paragraph.num.main) : 0;
    if (paragraph?.implicit && paragraph.text.trim())
      warn(lineNo, rest, '항 번호 없는 문장 뒤에 항 번호가 나와 별도 항으로 처리했습니다.');
    if (num !== prevNo + 1 && !(paragraph?.implicit && num === 1))
      warn(lineNo, rest, `항 번호(${num})가 순서에 맞지 않습니다.`);
    const p = newUnit('paragraph', { main: num, branch: 0 }, rest.slice(0, headLen), lineNo);
    p.labelStart = labelStart;
    p.labelEnd = labelEnd;
    p.text = rest.slice(headLen);
    article.children.push(p);
    paragraph = p;
    item = null;
    subitem = null;
    return true;
  };

  const startItem = (rest: string, lineNo: number): boolean => {
    if (!article) return false;
    const m = ITEM_RE.exec(rest);
    if (!m) return false;
    const num = { main: Number(m[3]), branch: m[4] ? Number(m[4]) : 0 };
    const prev = item?.num;
    const plausible = prev
      ? (num.main === prev.main && num.branch > prev.branch) || (num.main > prev.main && num.main <= prev.main + 3)
      : num.main === 1 || options.lenient === true;
    if (!plausible) return false;
    const para = ensureParagraph(lineNo);
    if (!para) return false;
    const it = newUnit('item', num, rest.slice(0, m[0].length), lineNo);
    it.labelStart = (m[1] ?? '').length;
    it.labelEnd = it.labelStart + (m[2] ?? '').length;
    it.text = rest.slice(m[0].length);
    para.children.push(it);
    item = it;
    subitem = null;
    return true;
  };

  const startSubitem = (rest: string, lineNo: number): boolean => {
    if (!item) return false;
    const m = SUBITEM_RE.exec(rest);
    if (!m) return false;
    const main = SUBITEM_LETTERS.indexOf(m[3] ?? '') + 1;
    const num = { main, branch: m[4] ? Number(m[4]) : 0 };
    const prev = subitem?.num;
    const plausible = prev
      ? (num.main === prev.main && num.branch > prev.branch) || num.main === prev.main + 1
      : num.main === 1 || options.lenient === true;
    if (!plausible) return false;
    const s = newUnit('subitem', num, rest.slice(0, m[0].length), lineNo);
    s.labelStart = (m[1] ?? '').length;
    s.labelEnd = s.labelStart + (m[2] ?? '').length;
    s.text = rest.slice(m[0].length);
    item.children.push(s);
    subitem = s;
    return true;
  };

  const startArticle = (line: string, lineNo: number): boolean => {
    const m = ARTICLE_RE.exec(line);
    if (!m) return false;
    const markdown = /#/.test(m[1] ?? '');
    const afterLabel = line.slice(m[0].length);
    const parens = leadingParens(afterLabel);
    const restTrim = afterLabel.replace(/^[ \t\u3000]+/, '');
    const main = Number(m[3]);
    const isHead =
      markdown ||
      parens !== null ||
      /^\s*$/.test(afterLabel) ||
      /^[ \t\u3000]+삭제/.test(afterLabel) ||
      (/^[ \t\u3000]/.test(afterLabel) && main > lastArticleNo && !REFERENCE_FOLLOWER.test(restTrim));
    if (!isHead) return false;
    const a = newUnit('article', { main, branch: m[4] ? Number(m[4]) : 0 }, '', lineNo);
    a.labelStart = (m[1] ?? '').length;
    a.labelEnd = a.labelStart + (m[2] ?? '').length;
    let headEnd = m[0].length;
    if (parens) {
      a.title = afterLabel.slice(parens[0] + 1, parens[1] - 1);
      a.titleStart = m[0].length + parens[0] + 1;
      a.titleEnd = m[0].length + parens[1] - 1;
      headEnd = m[0].length + parens[1];
    }
    a.head = line.slice(0, headEnd);
    const [content, eol] = splitEol(line.slice(headEnd));
    const gap = /^[ \t\u3000]*/.exec(content)?.[0] ?? '';
    a.tail = gap;
    doc.body.push(a);
    article = a;
    paragraph = null;
    item = null;
    subitem = null;
    heading = null;
    lastArticleNo = Math.max(lastArticleNo, main);
    const rest = content.slice(gap.length);
    if (rest) {
      if (!startParagraph(rest + eol, lineNo)) {
        const p = ensureParagraph(lineNo);
        if (p) p.text = rest + eol;
      }
    } else a.tail += eol;
    return true;
  };

  lines.forEach((line, idx) => {
    const lineNo = idx + 1;
    if (mode === 'addenda') {
      doc.addendaRaw += line;
      return;
    }
    const [content] = splitEol(line);
    if (content.trim() === '') {
      append(line);
      return;
    }
    if (ADDENDA_RE.test(content)) {
      mode = 'addenda';
      addendaLine = lineNo;
      doc.addendaRaw += line;
      return;
    }
    if (mode === 'front' && !titleSeen) {
      titleSeen = true;
      if (!ARTICLE_RE.test(content) && !HEADING_RE.test(content)) {
        doc.title = content.replace(MD_TITLE_RE, '').trim() || null;
        doc.front += line;
        return;
      }
    }
    const hm = HEADING_RE.exec(content);
    if (hm) {
      const level = hm[2] as Heading['level'];
      const h: Heading = {
        kind: 'heading',
        level,
        num: { main: Number(hm[1]), branch: hm[3] ? Number(hm[3]) : 0 },
        title: content.slice(hm[0].length).trim(),
        raw: line,
        line: lineNo,
      };
      doc.body.push(h);
      mode = 'body';
      heading = h;
      article = null;
      paragraph = null;
      item = null;
      subitem = null;
      return;
    }
    if (startArticle(line, lineNo)) {
      mode = 'body';
      return;
    }
    if (isTagOnly(content)) {
      append(line);
      return;
    }
    if (article && (startParagraph(line, lineNo) || startSubitem(line, lineNo) || startItem(line, lineNo))) return;
    if (!article) {
      warn(
        lineNo,
        content,
        heading
          ? '장·절 제목 뒤 조문 밖의 문장입니다. 제목에 붙여 보존했습니다.'
          : '조문 앞의 문장입니다. 제명 부분에 붙여 보존했습니다.',
      );
      append(line);
      return;
    }
    if (!deepest()?.children.length) {
      const u = deepest();
      // A line break inside a sentence (HWP paste) or a lower item such as `1)`, `가)`: same unit.
      if (u?.kind === 'article') ensureParagraph(lineNo);
      const m = ITEM_RE.exec(line);
      if (m) warn(lineNo, content, `호 번호(${m[2] ?? ''})가 순서에 맞지 않아 앞 문장에 이어 붙였습니다.`);
    }
    append(line);
  });

  finalize(doc, addendaLine);
  return doc;
}

/** Move trailing tags and whitespace from `text` to `tail`, recursively. */
function finalizeUnit(u: Unit, refs: Set<string>): void {
  const cut = tailStart(u.text);
  u.tail = u.text.slice(cut) + u.tail;
  u.text = u.text.slice(0, cut);
  for (const m of u.text.matchAll(/별표\s*(\d+(?:의\d+)?)/g)) refs.add(`별표 ${m[1] ?? ''}`);
  for (const c of u.children) finalizeUnit(c, refs);
}

function finalize(doc: OrdinanceDoc, addendaLine: number): void {
  const refs = new Set<string>();
  for (const e of doc.body) if (e.kind !== 'heading') finalizeUnit(e, refs);
  doc.annexRefs = [...refs];
  if (doc.addendaRaw) {
    const blocks: AddendumBlock[] = [];
    let lineNo = addendaLine;
    for (const line of doc.addendaRaw.split(/(?<=\n)/)) {
      const trimmed = line.trim();
      const isHeader = ADDENDA_RE.test(line) && !/^#{1,6}[ \t]*부[ \t]*칙[ \t]*$/.test(trimmed);
      if (isHeader) blocks.push({ header: trimmed, raw: line, line: lineNo });
      else {
        const last = blocks[blocks.length - 1];
        if (last) last.raw += line;
      }
      lineNo++;
    }
    doc.addenda = blocks;
  }
}

export function isHeading(e: BodyEntry): e is Heading {
  return e.kind === 'heading';
}

export function articlesOf(doc: OrdinanceDoc): Unit[] {
  return doc.body.filter((e): e is Unit => e.kind !== 'heading');
}
