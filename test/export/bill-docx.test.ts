import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBillDocx, coverTitleLines } from '../../electron/export/bill-docx.ts';
import { compareOrdinances } from '../../shared/law/index.ts';
import { emptyBill } from '../../shared/ordinances/bill.ts';
import type { BillInfo } from '../../shared/ordinances/ordinance-views.ts';
import { buildTimeline } from '../../shared/ordinances/timeline.ts';
import { docxPart, renderDocx, requireRenderTools, squash, type RenderedPdf } from './render.ts';

const DIR = join(__dirname, '../fixtures/law/mapo-traffic-complaint-2026');
const NAME = '서울특별시 마포구 교통민원신고심의위원회 설치 및 운영에 관한 조례';
const BILL_TITLE = `${NAME} 일부개정조례안`;
const EXPECTED = readFileSync(join(DIR, 'expected-amendment.txt'), 'utf8').trim();
const comparison = compareOrdinances(
  readFileSync(join(DIR, 'old.md'), 'utf8'),
  readFileSync(join(DIR, 'new.md'), 'utf8'),
  // 마포구 publishes its 개정문 as one comma chain (설정 › 개정문 문장 잇기 = chain).
  { title: NAME, style: 'chain' },
);
const steps = buildTimeline(
  [{ step: 'notice', plannedOn: null, actualOn: '2026-03-03', endOn: '2026-03-23' }],
  '조례',
  '2026-03-02',
);
const bill: BillInfo = {
  billNumber: '제123호',
  submittedOn: '2026-04-01',
  submitter: '서울특별시 마포구청장',
  reason: '서울특별시 마포구 행정기구 설치 조례 시행규칙 개정에 따라 변경된 부서 명칭을 반영하려는 것임.',
  mainPoints: [
    { text: '당연직 위원의 직위를 주차관리과장에서 교통지도과장으로 변경함.', articles: ['제3조'] },
    { text: '간사의 직위를 운수관리팀장으로 변경함', articles: ['7'] },
    { text: '', articles: [] },
  ],
  references: { laws: '「지방자치법」 제28조', budget: '', notice: '', other: '' },
  revisionKind: '일부개정',
  supplement: '',
};

describe('의안 package DOCX', () => {
  it('has one section per part, in the guide order', async () => {
    const xml = await docxPart(
      await buildBillDocx({ ordinanceName: NAME, comparison, bill, steps }),
      'word/document.xml',
    );
    expect(xml.match(/<w:sectPr/g)).toHaveLength(4);
    const order = [
      '의안번호',
      '제안이유',
      '주요내용',
      '참고사항',
      '일부를 다음과 같이 개정한다.',
      '부      칙',
      '현 행',
    ];
    const positions = order.map((s) => xml.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('names a 전부개정 bill as such and prints the whole new text', async () => {
    const full = compareOrdinances(
      '# 시험 조례\n제1조(목적) 가나다.\n',
      '# 시험 조례\n제1조(목적) 라마바사.\n제2조(정의) 아자차.\n',
      { title: '서울특별시 마포구 시험 조례', mode: 'full' },
    );
    expect(full.mode).toBe('full');
    const xml = await docxPart(
      await buildBillDocx({ ordinanceName: '서울특별시 마포구 시험 조례', comparison: full, bill, steps }),
      'word/document.xml',
    );
    expect(xml).toContain('서울특별시 마포구 시험 조례 전부개정조례안');
    expect(xml).toContain('서울특별시 마포구 시험 조례 전부를 다음과 같이 개정한다.');
    expect(xml).toContain('제2조(정의) 아자차.');
  });

  it('breaks a long cover title between words', () => {
    expect(coverTitleLines(BILL_TITLE)).toEqual([
      '서울특별시 마포구 교통민원신고심의위원회',
      '설치 및 운영에 관한 조례 일부개정조례안',
    ]);
    expect(coverTitleLines('서울특별시 마포구 기업 지원 조례 일부개정조례안')).toEqual([
      '서울특별시 마포구 기업 지원 조례',
      '일부개정조례안',
    ]);
  });
});

describe('의안 package rendered by LibreOffice', () => {
  let pdf: RenderedPdf;
  beforeAll(async () => {
    requireRenderTools();
    pdf = await renderDocx(await buildBillDocx({ ordinanceName: NAME, comparison, bill, steps }), 'bill');
  });

  it('shows the cover fields on page 1', () => {
    const cover = squash(pdf.text(1));
    for (const expected of [
      '의안번호',
      '제123호',
      '제출연월일',
      '2026.4.1.',
      '제출자',
      '서울특별시마포구청장',
      BILL_TITLE,
    ])
      expect(cover, `missing ${expected}`).toContain(squash(expected));
    expect(cover).not.toContain('제안이유');
  });

  it('shows 제안이유, 주요내용 with article references and 참고사항 on page 2', () => {
    const page = squash(pdf.text(2));
    for (const expected of [
      '1. 제안이유',
      bill.reason,
      '2. 주요내용',
      '가. 당연직 위원의 직위를 주차관리과장에서 교통지도과장으로 변경함(안 제3조).',
      '나. 간사의 직위를 운수관리팀장으로 변경함(안 제7조)',
      '3. 참고사항',
      '가. 관계법령: 「지방자치법」 제28조',
      '나. 예산조치: 별도조치 필요 없음',
      '다. 합의 및 입법예고 결과: 입법예고 기간: 2026. 3. 3. ~ 2026. 3. 23.',
      '라. 기타: 없음',
    ])
      expect(page, `missing ${expected}`).toContain(squash(expected));
    expect(page).not.toContain('다.(');
  });

  it('prints the bill text: the official 개정문 sentences and the 부칙, on page 3', () => {
    const page = squash(pdf.text(3));
    expect(page).toContain(squash(BILL_TITLE));
    expect(page).toContain(squash(`${NAME} 일부를 다음과 같이 개정한다.`));
    expect(page).toContain(squash(EXPECTED));
    expect(page).toContain(squash('부칙 이 조례는 공포한 날부터 시행한다.'));
  });

  it('ends with the 신·구조문대비표, numbered pages, a Korean serif and no replacement glyphs', () => {
    expect(pdf.pages).toBe(4);
    const page = squash(pdf.text(4));
    expect(page).toContain(squash(`${BILL_TITLE} 신·구조문대비표`));
    expect(page).toContain('현행개정안');
    expect(page).toContain('주차관리과장');
    expect(page).toContain('교통지도과장');
    for (let p = 1; p <= 4; p++) expect(squash(pdf.text(p))).toContain(`-${p}-`);
    expect(pdf.text()).not.toMatch(/[\uFFFD\u25A1]/);
    for (const font of pdf.fonts()) expect(font).toMatch(/Myeongjo|Serif.*(KR|CJK)|Batang/i);
  });

  it('fills what the drafter left empty: blank 의안번호 and date, office head, default 부칙 from the plan', async () => {
    const planned = buildTimeline(
      [{ step: 'effective', plannedOn: '2026-10-01', actualOn: null, endOn: null }],
      '조례',
      '2026-03-02',
    );
    const bare = await renderDocx(
      await buildBillDocx({ ordinanceName: NAME, comparison, bill: emptyBill(), steps: planned }),
      'bare',
    );
    const text = squash(bare.text());
    expect(text).toContain(squash('제출자 서울특별시 마포구청장'));
    expect(text).toContain('(제안이유를적으세요.)');
    expect(text).toContain(squash('다. 합의 및 입법예고 결과: 해당 없음'));
    expect(text).toContain(squash('이 조례는 2026년 10월 1일부터 시행한다.'));
  });
});
