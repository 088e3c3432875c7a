import { beforeAll, describe, expect, it } from 'vitest';
import { amendmentBillTitle, buildAmendmentDocx, buildComparisonDocx } from '../../electron/export/comparison-docx.ts';
import { titleLines } from '../../electron/export/docx-style.ts';
import type { ComparisonTable, TableRow } from '../../shared/law/table-types.ts';
import { docxPart, renderDocx, requireRenderTools, squash } from './render.ts';

const TITLE = '서울특별시 마포구 법률고문 운영 규칙 일부개정규칙안 신·구조문대비표';

/** Shaped like the engine's output for a real amendment: headings, abbreviations, dashes, underlines, 신설. */
const table: ComparisonTable = {
  title: TITLE,
  rows: [
    {
      old: [[{ text: '제5조(법률고문의 위촉) ① (생 략)' }]],
      new: [[{ text: '제5조(법률고문의 위촉) ① (현행과 같음)' }]],
    },
    {
      old: [
        [
          { text: '② 법률고문은 ' },
          { text: '새마포담당관', underline: true },
          { text: '이 추천하는 사람 중에서 구청장이 위촉한다.' },
        ],
      ],
      new: [
        [{ text: '② -------- ' }, { text: '기획예산과장', underline: true }, { text: '---------------------------.' }],
      ],
    },
    {
      old: [[{ text: '<신 설>' }]],
      new: [
        [{ text: '제5조의2(자문료) ① 법률고문에게는 예산의 범위에서 자문료를 지급할 수 있다.', underline: true }],
        [{ text: '② 자문료의 지급 기준은 구청장이 따로 정한다.', underline: true }],
      ],
    },
    {
      old: [
        [
          { text: '제7조(비밀유지) 법률고문은 ' },
          { text: '직무상', underline: true },
          { text: ' 알게 된 비밀을 누설하여서는 아니 된다.' },
        ],
      ],
      new: [
        [
          { text: '제7조(비밀유지) ---------- ' },
          { text: '직무수행 중에', underline: true },
          { text: ' -------------------------.' },
        ],
      ],
    },
  ],
};

function longTable(rows: number): ComparisonTable {
  const body: TableRow[] = Array.from({ length: rows }, (_, i) => ({
    old: [
      [
        { text: `제${i + 1}조(시험 조문 ${i + 1}) 이 조례는 ` },
        { text: '구청장', underline: true },
        { text: '이 정하는 바에 따라 시행한다.' },
      ],
    ],
    new: [
      [
        { text: `제${i + 1}조(시험 조문 ${i + 1}) -------- ` },
        { text: '마포구청장', underline: true },
        { text: '------------------.' },
      ],
    ],
  }));
  return { title: '서울특별시 마포구 시험 조례 일부개정조례안 신·구조문대비표', rows: body };
}

describe('buildComparisonDocx — XML', () => {
  let documentXml = '';
  let stylesXml = '';
  beforeAll(async () => {
    const docx = await buildComparisonDocx(table);
    documentXml = await docxPart(docx, 'word/document.xml');
    stylesXml = await docxPart(docx, 'word/styles.xml');
  });

  it('repeats the header row on every page and lets body rows break across pages', () => {
    const rows = documentXml.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(1 + table.rows.length);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[0]).toContain('현 행');
    expect(rows[0]).toContain('개 정 안');
    expect(rows[0]).toMatch(/<w:shd [^>]*w:fill="D9D9D9"/);
    for (const row of rows.slice(1)) {
      expect(row).not.toContain('<w:tblHeader/>');
      expect(row).toContain('<w:cantSplit w:val="off"/>');
    }
  });

  it('underlines exactly the changed words', () => {
    const runs = documentXml.match(/<w:r>.*?<\/w:r>/g) ?? [];
    const underlined = runs
      .filter((r) => r.includes('<w:u w:val="single"/>'))
      .map((r) => /<w:t[^>]*>(.*?)<\/w:t>/.exec(r)?.[1]);
    expect(underlined).toEqual([
      '새마포담당관',
      '기획예산과장',
      '제5조의2(자문료) ① 법률고문에게는 예산의 범위에서 자문료를 지급할 수 있다.',
      '② 자문료의 지급 기준은 구청장이 따로 정한다.',
      '직무상',
      '직무수행 중에',
    ]);
  });

  it('is A4 portrait with two equal full-width columns', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const cols = [...documentXml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(2);
    expect(cols[0]).toBe(cols[1]);
    expect(documentXml).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('sets the Korean (eastAsia) font slot, not only the Latin one, at the configured size', async () => {
    expect(stylesXml).toMatch(/<w:rFonts w:ascii="바탕" w:cs="바탕" w:eastAsia="바탕" w:hAnsi="바탕"\/>/);
    expect(stylesXml).toContain('<w:sz w:val="24"/>');
    const custom = await docxPart(
      await buildComparisonDocx(table, { fontFamily: '함초롬바탕', fontSizePt: 11 }),
      'word/styles.xml',
    );
    expect(custom).toContain('w:eastAsia="함초롬바탕"');
    expect(custom).toContain('<w:sz w:val="22"/>');
  });

  it('has a title and a page-number footer', async () => {
    expect(documentXml).toContain('서울특별시 마포구 법률고문 운영 규칙 일부개정규칙안');
    const footer = await docxPart(await buildComparisonDocx(table), 'word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('- ');
  });

  it('writes a header-only table when nothing changed', async () => {
    const xml = await docxPart(await buildComparisonDocx({ title: TITLE, rows: [] }), 'word/document.xml');
    expect(xml.match(/<w:tr>/g)).toHaveLength(1);
  });
});

describe('title and bill names', () => {
  it('breaks a long title at its natural points, keeps a short one whole', () => {
    expect(titleLines(TITLE)).toEqual(['서울특별시 마포구 법률고문 운영 규칙 일부개정규칙안', '신·구조문대비표']);
    expect(titleLines('마포구 조례 일부개정조례안 신·구조문대비표')).toEqual([
      '마포구 조례 일부개정조례안 신·구조문대비표',
    ]);
    expect(
      titleLines('서울특별시 용산구 공유재산관리기금 설치 및 운용에 관한 조례 일부개정조례안 신·구조문대비표'),
    ).toEqual(['서울특별시 용산구 공유재산관리기금 설치 및 운용에 관한 조례', '일부개정조례안 신·구조문대비표']);
  });

  it('falls back to breaking between words when the 제명 alone is too long', () => {
    const lines = titleLines(
      '서울특별시 서대문구 공공형 실내 어린이놀이시설 설치 및 운영에 관한 조례 일부개정조례안 신·구조문대비표',
    );
    expect(lines).toEqual([
      '서울특별시 서대문구 공공형 실내 어린이놀이시설 설치 및',
      '운영에 관한 조례 일부개정조례안 신·구조문대비표',
    ]);
  });

  it('names the bill after the kind of 자치법규', () => {
    expect(amendmentBillTitle('서울특별시 마포구 법률고문 운영 규칙')).toBe(
      '서울특별시 마포구 법률고문 운영 규칙 일부개정규칙안',
    );
    expect(amendmentBillTitle('서울특별시 마포구 공중화장실 조례')).toBe(
      '서울특별시 마포구 공중화장실 조례 일부개정조례안',
    );
    expect(amendmentBillTitle('마포구 조례', true)).toBe('마포구 조례 전부개정조례안');
    expect(amendmentBillTitle('마포구 조례 일부개정조례안')).toBe('마포구 조례 일부개정조례안');
  });
});

describe('rendered by LibreOffice', () => {
  beforeAll(() => requireRenderTools());

  it('shows the header, title and articles in a Korean serif without replacement glyphs', async () => {
    const pdf = await renderDocx(await buildComparisonDocx(table), 'small');
    const text = pdf.text();
    const flat = squash(text);
    expect(text).not.toMatch(/[\uFFFD\u25A1]/);
    for (const expected of [
      '현 행',
      '개 정 안',
      TITLE,
      '제5조(법률고문의 위촉)',
      '제5조의2(자문료)',
      '제7조(비밀유지)',
      '<신 설>',
      '(현행과 같음)',
      '기획예산과장',
    ]) {
      expect(flat, `missing ${expected}`).toContain(squash(expected));
    }
    expect(pdf.pages).toBe(1);
    expect(flat).toContain('-1-');
    // 바탕 is mapped to NanumMyeongjo here (see docx-to-pdf.ts); a Gothic or DejaVu would be a silent fallback.
    const fonts = pdf.fonts();
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/Myeongjo|Serif.*(KR|CJK)|Batang/i);
  });

  it('repeats the header on the next page of a long table', async () => {
    const pdf = await renderDocx(await buildComparisonDocx(longTable(60)), 'long');
    expect(pdf.pages).toBeGreaterThan(1);
    const page2 = squash(pdf.text(2));
    expect(page2.slice(0, 40), 'page 2 should start with the repeated header').toContain('현행개정안');
    expect(page2).toContain('-2-');
    expect(squash(pdf.text())).toContain('제60조(시험조문60)');
  });

  it('renders the 개정문 alone with its bill title', async () => {
    const amendment = [
      '서울특별시 마포구 법률고문 운영 규칙 일부를 다음과 같이 개정한다.',
      '제5조 중 “새마포담당관”을 “기획예산과장”으로 한다.',
    ].join('\n');
    const docx = await buildAmendmentDocx('서울특별시 마포구 법률고문 운영 규칙', amendment);
    const pdf = await renderDocx(docx, 'amendment');
    const flat = squash(pdf.text());
    expect(flat).toContain(squash('서울특별시 마포구 법률고문 운영 규칙 일부개정규칙안'));
    expect(flat).toContain(squash('제5조 중 “새마포담당관”을 “기획예산과장”으로 한다.'));
    expect(pdf.text()).not.toMatch(/[\uFFFD\u25A1]/);
  });
});
