import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOrdinance, renderOrdinance, type OrdinanceDoc, type Unit } from '../../../shared/law/index.ts';
import { fixturePairs } from './fixtures.ts';

const ws = (s: string): string => s.replace(/[\s\u3000]+/g, ' ').trim();
const articles = (d: OrdinanceDoc): Unit[] => d.body.filter((e): e is Unit => e.kind === 'article');

describe('parser: fixtures', () => {
  for (const f of fixturePairs()) {
    for (const side of ['old', 'new'] as const) {
      it(`${f.name}/${side}.md renders back losslessly`, () => {
        const text = f[side];
        const doc = parseOrdinance(text);
        expect(renderOrdinance(doc)).toBe(text);
        expect(ws(renderOrdinance(doc))).toBe(ws(text));
        expect(doc.title).toBeTruthy();
        expect(articles(doc).length).toBeGreaterThan(5);
        expect(doc.warnings).toEqual([]);
      });
    }
  }

  it('reads 장 headings, titles, 항, 호 and 부칙 blocks (ys-public-toilet)', () => {
    const f = fixturePairs().find((x) => x.name === 'ys-public-toilet-ord-2026');
    const doc = parseOrdinance(f?.old ?? '');
    expect(doc.title).toBe('서울특별시 용산구 공중화장실 설치 및 관리 조례');
    const headings = doc.body.filter((e) => e.kind === 'heading');
    expect(headings.map((h) => (h.kind === 'heading' ? `${h.num.main}${h.level}` : ''))).toEqual([
      '1장',
      '2장',
      '3장',
      '4장',
      '5장',
      '6장',
    ]);
    const a5 = articles(doc).find((a) => a.num.main === 5);
    expect(a5?.title).toBe('설치기준');
    expect(a5?.children.map((p) => p.num.main)).toEqual([1, 2]);
    expect(a5?.children[0]?.children.map((i) => i.num.main)).toEqual([1, 2, 3, 4, 5]);
    expect(doc.addenda.length).toBe(6);
    expect(doc.addenda[0]?.header.startsWith('부')).toBe(true);
  });
});

describe('parser: messy input', () => {
  const messy = [
    '서울특별시 마포구 예시 조례',
    '',
    '제 1 조(목적) 이 조례는 예시를 위한 것이다.',
    '제2조 (정의)ⓛ "위원"이란 위원회의 위원을 말한다.',
    '② "위원장"이란 위원회의 장을 말한다. <개정 2020. 1. 2.>',
    '제3조 위원회는 다음 각 호의 일을 한다.',
    '1. 심의',
    '1의2. 자문 <신설 2021. 3. 4.>',
    '2. 그 밖에 구청장이 필요하다고',
    '인정하는 일',
    '  가. 세부 사항',
    '  나. 다른 사항',
    '    1) 더 아래 항목',
    '제3조의2(위원회의 구성) 위원회는 10명 이내로 구성한다.',
    '[본조신설 2022. 5. 6.]',
    '제4조 삭제 <2023. 1. 1.>',
    '',
    '부칙',
    '이 조례는 공포한 날부터 시행한다.',
    '',
  ].join('\n');

  it('tolerates spacing, ⓛ, missing titles, HWP line breaks and lower items', () => {
    const doc = parseOrdinance(messy);
    expect(renderOrdinance(doc)).toBe(messy);
    expect(doc.title).toBe('서울특별시 마포구 예시 조례');
    const arts = articles(doc);
    expect(arts.map((a) => `${a.num.main}.${a.num.branch}`)).toEqual(['1.0', '2.0', '3.0', '3.2', '4.0']);
    expect(arts[1]?.children.map((p) => p.num.main)).toEqual([1, 2]);
    expect(arts[2]?.title).toBeNull();
    const items = arts[2]?.children[0]?.children ?? [];
    expect(items.map((i) => `${i.num.main}.${i.num.branch}`)).toEqual(['1.0', '1.2', '2.0']);
    expect(ws(items[2]?.text ?? '')).toBe('그 밖에 구청장이 필요하다고 인정하는 일');
    expect(items[2]?.children.map((s) => s.num.main)).toEqual([1, 2]);
    expect(items[2]?.children[1]?.text).toContain('1) 더 아래 항목');
    expect(doc.addenda).toHaveLength(1);
  });

  it('reads (21) as 항 21 only after ⑳, and markdown headings', () => {
    const paras = Array.from({ length: 20 }, (_, i) => `${String.fromCodePoint(0x2460 + i)} 항 ${i + 1}`).join('\n');
    const text = `# 예시 조례\n\n##### 제1조 (목적)\n\n${paras}\n(21) 항 21\n(1) 아래 항목\n`;
    const doc = parseOrdinance(text);
    expect(renderOrdinance(doc)).toBe(text);
    const ps = articles(doc)[0]?.children ?? [];
    expect(ps).toHaveLength(21);
    expect(ps[20]?.text).toContain('(1) 아래 항목');
  });

  it('keeps unplaceable lines and reports them with the nearest unit', () => {
    const text = '예시 조례\n목차 없는 설명문\n제1조(목적) 목적을 정한다.\n1. 첫째\n7. 번호가 튀는 줄\n';
    const doc = parseOrdinance(text);
    expect(renderOrdinance(doc)).toBe(text);
    expect(doc.warnings.map((w) => [w.line, w.near ?? ''])).toEqual([
      [2, ''],
      [5, '제1조제1호'],
    ]);
    expect(doc.warnings[1]?.message).toMatch(/호 번호/);
  });

  it('does not take a cross-reference at line start for an article heading', () => {
    const text = '제1조(목적) 이 조례는\n제5조에 따른 사항을 정한다.\n제2조(정의) 정의한다.\n';
    const arts = articles(parseOrdinance(text));
    expect(arts.map((a) => a.num.main)).toEqual([1, 2]);
  });
});

// Ordinance-like texts: random articles, 항, 호, 목, tags and messy spacing.
const word = fc.constantFrom(
  '위원회는',
  '구청장이',
  '정한다',
  '다음',
  '각',
  '호의',
  '사항을',
  '심의한다',
  '「법」',
  '제3조에',
  '따라',
  '100분의',
  '50',
  '(이하',
  '"위원"이라',
  '한다)',
  '설치ㆍ운영',
  '·',
  '“구청장”',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws2) => ws2.join(' '));
const space = fc.constantFrom('', ' ', '  ', '\u3000', ' \t');
const tag = fc.constantFrom(
  '',
  ' <개정 2020. 1. 2.>',
  '<신설 2019.7.5.>',
  " (개정 '95.10.20, 2010.8.5)",
  ' [전문개정 2024.5.10.]',
);
const line = (head: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(space, head, space, sentence, tag, space, fc.boolean(), sentence)
    .map(([a, h, b, s, t, c, brk, s2]) => `${a}${h}${b}${s}${t}${c}${brk ? `\n${s2}` : ''}`);
const item = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.array(line(fc.constantFrom('가.', '나.')), { maxLength: 2 }));
const article = fc.record({
  md: fc.boolean(),
  title: fc.option(fc.constantFrom('목적', '정의', '위원회의 구성', '수당 등'), { nil: undefined }),
  branch: fc.constantFrom(0, 0, 2),
  paras: fc.integer({ min: 0, max: 3 }),
  items: fc.array(item, { maxLength: 3 }),
  body: line(fc.constant('')),
});

const ordinance = fc
  .tuple(fc.boolean(), fc.array(article, { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([mdTitle, arts, addenda]) => {
    const out: string[] = [mdTitle ? '# 서울특별시 예시 조례' : '서울특별시 예시 조례', ''];
    arts.forEach((a, i) => {
      const label = `제${i + 1}조${a.branch ? `의${a.branch}` : ''}`;
      const title = a.title ? `(${a.title})` : '';
      if (a.md) out.push(`##### ${label} ${title}`, '');
      const paras =
        a.paras === 0
          ? [a.body]
          : Array.from({ length: a.paras }, (_, k) => `${String.fromCodePoint(0x2460 + k)} ${a.body.trim()}`);
      paras.forEach((p, k) => {
        // An untitled inline heading needs ordinary text after it (`제1조 · …` reads as a cross-reference).
        out.push(a.md || k > 0 ? p : `${label}${title} ${title ? '' : '이 '}${p}`);
        if (k === paras.length - 1)
          a.items.forEach(([, subs], n) => {
            out.push(`${n + 1}. ${p.replace(/^[^\s]*\s/, '')}`);
            subs.forEach((s, m) => out.push(`  ${m === 0 ? '가' : '나'}. ${s.trim().replace(/^[가나]\.\s*/, '')}`));
          });
      });
      out.push('');
    });
    if (addenda) out.push('부칙 <조례 제1호, 2026. 1. 1.>', '이 조례는 공포한 날부터 시행한다.');
    return { text: out.join('\n'), count: arts.length };
  });

describe('parser: property', () => {
  it('render(parse(x)) === x for generated ordinance-like texts', () => {
    fc.assert(
      fc.property(ordinance, ({ text, count }) => {
        const doc = parseOrdinance(text);
        expect(renderOrdinance(doc)).toBe(text);
        expect(articles(doc)).toHaveLength(count);
      }),
      { numRuns: 300 },
    );
  });

  it('render(parse(x)) === x for arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '제',
            '1',
            '조',
            '(',
            ')',
            '①',
            '\n',
            ' ',
            '가',
            '.',
            '부',
            '칙',
            '#',
            '<',
            '>',
            '개정',
            '2020.1.2',
          ),
        }),
        (text) => {
          expect(renderOrdinance(parseOrdinance(text))).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });
});
