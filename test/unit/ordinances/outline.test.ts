import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText, supplementLabel } from '../../../shared/ordinances/outline.ts';
import {
  billName,
  lastPromulgation,
  officeHeadOf,
  titleOfText,
  typeOfName,
} from '../../../shared/ordinances/ordinance-text.ts';

const TEXT = [
  '서울특별시 마포구 시험 위원회 조례',
  '',
  '제1장 총칙',
  '제1조(목적) 이 조례는 시험을 목적으로 한다.',
  '제2조(정의) 이 조례에서 "위원회"란 시험위원회를 말한다.',
  '제2장 위원회',
  '제1절 구성',
  '제3조(구성) 위원회는 위원 10명으로 구성한다.',
  '제3조의2(임기) 위원의 임기는 2년으로 한다.',
  '제2절 운영',
  '제4조 위원회는 필요할 때 연다.',
  '',
  '부칙 <조례 제1234호, 2022. 3. 10.>',
  '이 조례는 공포한 날부터 시행한다.',
  '부칙 <조례 제1300호, 2024. 1. 5.>',
  '이 조례는 공포한 날부터 시행한다.',
].join('\n');

describe('outline of an ordinance text', () => {
  it('lists 제명, 장·절 headings, 조 with titles and 부칙 with 0-based lines and depth', () => {
    const parsed = parseText(TEXT);
    expect(parsed.articleCount).toBe(5);
    expect(parsed.outline).toEqual([
      { kind: 'title', label: '서울특별시 마포구 시험 위원회 조례', line: 0, depth: 0 },
      { kind: 'heading', label: '제1장 총칙', line: 2, depth: 0 },
      { kind: 'article', label: '제1조(목적)', line: 3, depth: 1 },
      { kind: 'article', label: '제2조(정의)', line: 4, depth: 1 },
      { kind: 'heading', label: '제2장 위원회', line: 5, depth: 0 },
      { kind: 'heading', label: '제1절 구성', line: 6, depth: 1 },
      { kind: 'article', label: '제3조(구성)', line: 7, depth: 2 },
      { kind: 'article', label: '제3조의2(임기)', line: 8, depth: 2 },
      { kind: 'heading', label: '제2절 운영', line: 9, depth: 1 },
      { kind: 'article', label: '제4조', line: 10, depth: 2 },
      { kind: 'supplement', label: '부칙 <조례 제1234호, 2022. 3. 10.>', line: 12, depth: 0 },
      { kind: 'supplement', label: '부칙 <조례 제1300호, 2024. 1. 5.>', line: 14, depth: 0 },
    ]);
  });

  it('reads a published markdown text: article titles, and the line each one starts on', () => {
    const text = readFileSync(join(__dirname, '../../fixtures/law/mapo-legal-advisor-2026/old.md'), 'utf8');
    const parsed = parseText(text);
    const lines = text.split('\n');
    const articles = parsed.outline.filter((o) => o.kind === 'article');
    expect(articles.map((a) => a.label)).toEqual([
      '제1조(목적)',
      '제2조(직무)',
      '제3조(정원)',
      '제4조(위촉 및 해촉)',
      '제4조의2(임기)',
      '제5조(법률자문)',
      '제6조(회의)',
      '제7조(고문료 및 소송비용)',
    ]);
    for (const a of articles) expect(lines[a.line]).toContain(a.label.replace(/\(.*$/, ''));
    expect(parsed.outline[0]).toEqual({
      kind: 'title',
      label: '서울특별시 마포구 법률고문 운영 규칙',
      line: 0,
      depth: 0,
    });
    expect(parsed.outline.filter((o) => o.kind === 'supplement').length).toBeGreaterThan(10);
  });

  it('labels 부칙 by their tag only', () => {
    expect(
      supplementLabel('부칙 <규칙 제925호, 2026. 7. 30.>(서울특별시 마포구 행정기구 설치 조례 시행규칙) 제1조'),
    ).toBe('부칙 <규칙 제925호, 2026. 7. 30.>');
    expect(supplementLabel('부 칙 (1988. 5. 1) 이 규칙은 공포한 날부터 시행한다.')).toBe('부칙 (1988. 5. 1)');
    expect(supplementLabel('부칙')).toBe('부칙');
  });
});

describe('what the registry reads off a text', () => {
  it('제명, kind, bill name, office head and last promulgation', () => {
    expect(titleOfText('\n# 서울특별시 마포구 법률고문 운영 규칙\n\n제1조')).toBe(
      '서울특별시 마포구 법률고문 운영 규칙',
    );
    expect(titleOfText('제1조(목적) 이 조례는 …')).toBeNull();
    expect(typeOfName('서울특별시 마포구 폐기물관리 조례 시행규칙', '조례')).toBe('규칙');
    expect(typeOfName('서울특별시 마포구 공무원 복무 훈령', '조례')).toBe('훈령');
    expect(typeOfName('서울특별시 마포구 사무 예규', '조례')).toBe('예규');
    expect(typeOfName('서울특별시 마포구 기업 지원 조례', '규칙')).toBe('규칙');
    expect(billName('서울특별시 마포구 기업 지원 조례')).toBe('서울특별시 마포구 기업 지원 조례 일부개정조례안');
    expect(billName('서울특별시 마포구 폐기물관리 조례 시행규칙', 'full')).toBe(
      '서울특별시 마포구 폐기물관리 조례 시행규칙 전부개정규칙안',
    );
    expect(officeHeadOf('서울특별시 마포구 기업 지원 조례')).toBe('서울특별시 마포구청장');
    expect(officeHeadOf('경기도 양평군 기업 지원 조례')).toBe('경기도 양평군수');
    expect(officeHeadOf('기업 지원 조례')).toBeNull();
    expect(lastPromulgation(['부칙 (1988. 5. 1)', '부칙 <규칙 제925호, 2026. 7. 30.>(서울특별시 …) 제1조'])).toEqual({
      no: '제925호',
      on: '2026-07-30',
    });
    expect(lastPromulgation(['부칙 (1988. 5. 1)'])).toBeNull();
  });
});
