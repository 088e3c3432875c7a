// 입법예고문 (공고) for a draft: the notice the office publishes before a 조례·규칙 is amended (행정절차법
// §41–§43), with the bill text attached as 별지 on its own page.
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { objectParticle } from '../../shared/law/particles.ts';
import type { ComparisonResult } from '../../shared/law/index.ts';
import type { BillInfo, TimelineStepView } from '../../shared/ordinances/ordinance-views.ts';
import { billName, koreanDate, officeHeadOf } from '../../shared/ordinances/ordinance-text.ts';
import {
  billTextParagraphs,
  bodyParagraphs,
  defaultSupplement,
  listItem,
  mainPointItems,
  sectionHeading,
} from './bill-text-section.ts';
import {
  createDocument,
  packDocx,
  pageSection,
  resolveFont,
  titleParagraph,
  type DocxFontOptions,
} from './docx-style.ts';

export interface NoticeDocxInput {
  ordinanceName: string;
  /** 소관부서, where opinions go. */
  department: string | null;
  comparison: Pick<ComparisonResult, 'mode' | 'amendment'>;
  bill: BillInfo;
  steps: TimelineStepView[];
  /** Fallback year of the 공고 number when no notice date is planned. */
  today: string;
  font?: DocxFontOptions;
}

const BLANK_DATE = '     .     .     .';

/** `일부개정조례안`: the bill name without the 제명. */
function billKind(ordinanceName: string, mode: 'partial' | 'full'): string {
  return billName(ordinanceName, mode).slice(ordinanceName.trim().length).trim();
}

export async function buildNoticeDocx(input: NoticeDocxInput): Promise<Buffer> {
  const font = resolveFont(input.font);
  const name = input.ordinanceName.trim();
  const head = input.bill.submitter || officeHeadOf(name) || '';
  const notice = input.steps.find((s) => s.step === 'notice');
  const start = notice?.actualOn ?? notice?.plannedOn ?? null;
  const end = notice?.endOn ?? notice?.computed?.date ?? null;
  const year = (start ?? input.today).slice(0, 4);
  const title = `「${name}」 ${billKind(name, input.comparison.mode)} 입법예고`;
  const bill = billName(name, input.comparison.mode);
  const residents = /구청장$/.test(head) ? '구민' : '주민';
  const office = head.replace(/(청장|수|장)$/, '청');
  const period = `${start ? koreanDate(start) : BLANK_DATE} ~ ${end ? koreanDate(end) : BLANK_DATE}`;

  const centered = (text: string, bold = false) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text, bold })],
    });

  const main = [
    new Paragraph({ spacing: { after: 360 }, children: [new TextRun(`${head} 공고 제${year}-      호`)] }),
    titleParagraph(title),
    new Paragraph({
      alignment: AlignmentType.BOTH,
      spacing: { after: 240 },
      indent: { firstLine: font.bodySize * 10 },
      children: [
        new TextRun(
          `「${name}」${objectParticle(name)} 개정함에 있어 그 개정이유와 주요내용을 ${residents}에게 미리 알려 ` +
            '이에 대한 의견을 듣고자 「행정절차법」 제41조에 따라 다음과 같이 공고합니다.',
        ),
      ],
    }),
    centered(start ? koreanDate(start) : BLANK_DATE),
    centered(head, true),
    sectionHeading('1. 개정이유'),
    ...bodyParagraphs(input.bill.reason, font, '(개정이유를 적으세요.)'),
    sectionHeading('2. 주요내용'),
    ...mainPointItems(input.bill.mainPoints, font, '(주요내용을 적으세요.)'),
    sectionHeading('3. 의견제출'),
    ...bodyParagraphs(
      `이 개정안에 대하여 의견이 있는 단체 또는 개인은 ${end ? koreanDate(end) : BLANK_DATE}까지 다음 사항을 적은 의견서를 제출하여 주시기 바랍니다.`,
      font,
      '',
    ),
    listItem('가.', `의견제출 기간: ${period}`, font),
    listItem('나.', `제출처: ${[office, input.department].filter((s) => s).join(' ') || '(소관부서)'}`, font),
    listItem(
      '다.',
      '의견서 기재 사항: 예고 사항에 대한 의견(찬성 또는 반대와 그 이유), 성명(단체는 단체명과 대표자 성명), 주소, 전화번호',
      font,
    ),
    sectionHeading('4. 그 밖의 사항'),
    ...bodyParagraphs('개정안 전문은 별지와 같습니다.', font, ''),
  ];

  const supplement = input.bill.supplement || defaultSupplement(bill, input.steps);
  const annex = [
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: '[별지]', bold: true })] }),
    titleParagraph(bill),
    ...billTextParagraphs(input.comparison.amendment, supplement, font),
  ];

  const doc = createDocument(font, title, [pageSection(main), pageSection(annex)]);
  return packDocx(doc);
}
