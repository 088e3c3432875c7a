// Parts shared by the 의안 package and the 입법예고문: the bill text (개정문 + 부칙), numbered headings and
// 가.·나. lists in the official layout.
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { topicParticle } from '../../shared/law/particles.ts';
import { articleReference } from '../../shared/ordinances/bill.ts';
import type { MainPoint, TimelineStepView } from '../../shared/ordinances/ordinance-views.ts';
import type { ResolvedFont } from './docx-style.ts';

const LIST_MARKS = ['가', '나', '다', '라', '마', '바', '사', '아', '자', '차', '카', '타', '파', '하'];

/** `가.` … `하.`, then `거.` style runs out: numbers after 14 items. */
export function listMark(index: number): string {
  return `${LIST_MARKS[index] ?? String(index + 1)}.`;
}

/** `1. 제안이유`: bold, a little air above, kept with what follows. */
export function sectionHeading(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 120 },
    keepNext: true,
    children: [new TextRun({ text, bold: true })],
  });
}

/** Body paragraphs from a text that may hold line breaks; indented under its heading. */
export function bodyParagraphs(text: string, font: ResolvedFont, placeholder: string): Paragraph[] {
  const lines = text.trim() === '' ? [placeholder] : text.trim().split(/\n+/);
  return lines.map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.BOTH,
        spacing: { after: 120 },
        indent: { left: font.bodySize * 10, firstLine: font.bodySize * 10 },
        children: [new TextRun(line.trim())],
      }),
  );
}

/** One `가. …` line with a hanging indent so wrapped lines align with the text, not the mark. */
export function listItem(mark: string, text: string, font: ResolvedFont): Paragraph {
  const hang = font.bodySize * 20;
  return new Paragraph({
    alignment: AlignmentType.BOTH,
    spacing: { after: 100 },
    indent: { left: font.bodySize * 10 + hang, hanging: hang },
    children: [new TextRun(`${mark} ${text}`)],
  });
}

/** 주요내용 lines: `가. 위원 구성을 바꿈(안 제3조).` */
export function mainPointItems(points: MainPoint[], font: ResolvedFont, placeholder: string): Paragraph[] {
  const filled = points.filter((p) => p.text.trim() !== '');
  if (filled.length === 0) return bodyParagraphs('', font, placeholder);
  return filled.map((p, i) => {
    const ref = articleReference(p.articles);
    const text = p.text.trim();
    // The reference goes before a closing period: `…을 정함(안 제5조).`
    const withRef = ref === '' ? text : text.endsWith('.') ? `${text.slice(0, -1)}${ref}.` : `${text}${ref}`;
    return listItem(listMark(i), withRef, font);
  });
}

/** The word a text calls itself in its 부칙: `조례`, `규칙` … taken from the end of the bill name. */
function selfName(billTitle: string): string {
  const match = /(조례|규칙|훈령|예규)안$/.exec(billTitle.trim());
  return match?.[1] ?? '조례';
}

/** The default 부칙: in force on the planned 시행일, or on promulgation. */
export function defaultSupplement(billTitle: string, steps: TimelineStepView[]): string {
  const self = selfName(billTitle);
  const effective = steps.find((s) => s.step === 'effective');
  const planned = effective?.plannedOn;
  const subject = `이 ${self}${topicParticle(self)}`;
  if (planned) {
    const [y, m, d] = planned.split('-').map(Number);
    return `${subject} ${y}년 ${m}월 ${d}일부터 시행한다.`;
  }
  return `${subject} 공포한 날부터 시행한다.`;
}

/** The bill text: opening and sentences of the 개정문, one paragraph a line, then `부 칙` and its text. */
export function billTextParagraphs(amendment: string, supplement: string, font: ResolvedFont): Paragraph[] {
  const lines = amendment
    .replace(/\r\n?/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const indent = { firstLine: font.bodySize * 10 };
  const sentences = lines.map(
    (line) =>
      new Paragraph({ alignment: AlignmentType.BOTH, spacing: { after: 120 }, indent, children: [new TextRun(line)] }),
  );
  const supplementLines = supplement
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return [
    ...sentences,
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 240 },
      keepNext: true,
      children: [new TextRun({ text: '부      칙', bold: true })],
    }),
    ...supplementLines.map(
      (line) =>
        new Paragraph({
          alignment: AlignmentType.BOTH,
          spacing: { after: 120 },
          indent,
          children: [new TextRun(line.trim())],
        }),
    ),
  ];
}
