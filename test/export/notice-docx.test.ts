import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNoticeDocx } from '../../electron/export/notice-docx.ts';
import { compareOrdinances } from '../../shared/law/index.ts';
import { emptyBill } from '../../shared/ordinances/bill.ts';
import { buildTimeline } from '../../shared/ordinances/timeline.ts';
import { renderDocx, requireRenderTools, squash, type RenderedPdf } from './render.ts';

const DIR = join(__dirname, '../fixtures/law/mapo-legal-advisor-2026');
const NAME = '서울특별시 마포구 법률고문 운영 규칙';
const EXPECTED = readFileSync(join(DIR, 'expected-amendment.txt'), 'utf8').trim();
const comparison = compareOrdinances(
  readFileSync(join(DIR, 'old.md'), 'utf8'),
  readFileSync(join(DIR, 'new.md'), 'utf8'),
  {
    title: NAME,
  },
);

describe('입법예고문 rendered by LibreOffice', () => {
  let pdf: RenderedPdf;
  beforeAll(async () => {
    requireRenderTools();
    const steps = buildTimeline(
      [{ step: 'notice', plannedOn: '2026-05-04', actualOn: null, endOn: null }],
      '규칙',
      '2026-03-02',
    );
    const bill = {
      ...emptyBill(),
      reason: '조직개편에 따라 법률자문 협의 부서를 정비하려는 것임.',
      mainPoints: [{ text: '법률자문 협의 부서를 기획예산과장으로 변경함.', articles: ['제5조'] }],
    };
    const docx = await buildNoticeDocx({
      ordinanceName: NAME,
      department: '기획예산과',
      comparison,
      bill,
      steps,
      today: '2026-03-02',
    });
    pdf = await renderDocx(docx, 'notice');
  });

  it('is a 공고 with number, title, reasons, main points and the opinion period', () => {
    const page = squash(pdf.text(1));
    for (const expected of [
      '서울특별시 마포구청장 공고 제2026- 호',
      `「${NAME}」 일부개정규칙안 입법예고`,
      `「${NAME}」을 개정함에 있어 그 개정이유와 주요내용을 구민에게 미리 알려`,
      '「행정절차법」 제41조에 따라 다음과 같이 공고합니다.',
      '2026. 5. 4.',
      '1. 개정이유',
      '조직개편에 따라 법률자문 협의 부서를 정비하려는 것임.',
      '2. 주요내용',
      '가. 법률자문 협의 부서를 기획예산과장으로 변경함(안 제5조).',
      '3. 의견제출',
      // No end planned: the earliest lawful end, 20 days after the start.
      '가. 의견제출 기간: 2026. 5. 4. ~ 2026. 5. 24.',
      '나. 제출처: 서울특별시 마포구청 기획예산과',
      '4. 그 밖의 사항',
      '개정안 전문은 별지와 같습니다.',
    ])
      expect(page, `missing ${expected}`).toContain(squash(expected));
  });

  it('attaches the bill text as 별지 on its own page, with numbered pages and no replacement glyphs', () => {
    expect(pdf.pages).toBe(2);
    const annex = squash(pdf.text(2));
    expect(annex).toContain('[별지]');
    expect(annex).toContain(squash(`${NAME} 일부개정규칙안`));
    expect(annex).toContain(squash(`${NAME} 일부를 다음과 같이 개정한다.`));
    expect(annex).toContain(squash(EXPECTED));
    expect(annex).toContain(squash('부칙 이 규칙은 공포한 날부터 시행한다.'));
    expect(squash(pdf.text(1))).toContain('-1-');
    expect(annex).toContain('-2-');
    expect(pdf.text()).not.toMatch(/[\uFFFD\u25A1]/);
    for (const font of pdf.fonts()) expect(font).toMatch(/Myeongjo|Serif.*(KR|CJK)|Batang/i);
  });
});
