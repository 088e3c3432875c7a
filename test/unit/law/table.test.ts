// 신·구조문대비표 model: exact cells (guide §2 and the reference samples in test/fixtures/reference).
import { describe, expect, it } from 'vitest';
import { compareOrdinances, type CellParagraph } from '../../../shared/law/index.ts';

const OLD = `# 예시 조례

제1조(목적) 이 조례는 위원회에 관하여 정한다.
제2조(위원회) ① 구청장은 위원회를 둔다.
② 위원장은 부구청장이 된다.
③ 부위원장은 국장이 된다.
④ 위원회는 위원장 1명을 포함한 10명 이내의 위원으로 구성한다.
제3조(위원) 위원은 다음 각 호의 사람 중에서 위촉한다.
1. 구의원
2. 공무원
3. 전문가
제4조(회의) 회의는 과반수의 찬성으로 의결한다.
`;

const d = (n: number): string => '-'.repeat(n);
const rows = (neu: string) => compareOrdinances(OLD, neu).table.rows;
const text = (ps: CellParagraph[]): string[] =>
  ps.map((p) => p.map((r) => (r.underline ? `_${r.text}_` : r.text)).join(''));
/** Each row as [현행 cell, 개정안 cell], paragraphs joined by newlines: what a reader sees side by side. */
const grid = (r: ReturnType<typeof rows>): [string, string][] =>
  r.map((row) => [text(row.old).join('\n'), text(row.new).join('\n')]);

describe('대비표 model', () => {
  it('full heading, ① ∼ ③ ranges, dashes in the 개정안, underlines in both columns, one row per 항', () => {
    const r = rows(OLD.replace('10명 이내', '15명 이내'));
    expect(r).toHaveLength(2);
    expect(r[0]).toEqual({
      old: [[{ text: '제2조(위원회) ① ∼ ③ (생 략)' }]],
      new: [[{ text: '제2조(위원회) ① ∼ ③ (현행과 같음)' }]],
    });
    expect(r[1]?.old).toEqual([
      [
        { text: '④ 위원회는 위원장 1명을 포함한 ' },
        { text: '10명', underline: true },
        { text: ' 이내의 위원으로 구성한다.' },
      ],
    ]);
    // Unchanged stretches are dashes: about half the visual width (Hangul counts double).
    expect(r[1]?.new).toEqual([[{ text: `④ ${d(14)} ` }, { text: '15명', underline: true }, { text: ` ${d(13)}.` }]]);
  });

  it('<신 설> and <삭 제> rows for 호, (생 략) for a single unchanged unit', () => {
    const r = rows(OLD.replace('1. 구의원', '1. 삭제 <2026. 1. 1.>').replace('3. 전문가', '2의2. 변호사\n3. 전문가'));
    expect(grid(r)).toEqual([
      ['제3조(위원) (생 략)', '제3조(위원) (현행과 같음)'],
      ['_1. 구의원_', '<삭 제>'],
      ['2. (생 략)', '2. (현행과 같음)'],
      ['<신 설>', '_2의2. 변호사_'],
      ['3. (생 략)', '3. (현행과 같음)'],
    ]);
  });

  it('new and deleted articles, a changed title, renumbered rows', () => {
    const r = rows(
      OLD.replace(
        '제4조(회의) 회의는 과반수의 찬성으로 의결한다.',
        '제3조의2(임기) 임기는 2년으로 한다.\n제4조 삭제 <2026. 1. 1.>',
      ).replace('제1조(목적)', '제1조(기능)'),
    );
    expect(text(r[0]?.old ?? [])).toEqual(['제1조(_목적_) (생 략)']);
    expect(text(r[0]?.new ?? [])).toEqual(['제1조(_기능_) (현행과 같음)']);
    expect(text(r[1]?.old ?? [])).toEqual(['<신 설>']);
    expect(text(r[1]?.new ?? [])).toEqual(['_제3조의2(임기) 임기는 2년으로 한다._']);
    expect(text(r[2]?.old ?? [])).toEqual(['_제4조(회의) 회의는 과반수의 찬성으로 의결한다._']);
    expect(text(r[2]?.new ?? [])).toEqual(['<삭 제>']);

    const moved = rows(OLD.replace('③ 부위원장은 국장이 된다.\n④ 위원회는', '③ 위원회는'));
    expect(grid(moved)).toEqual([
      ['제2조(위원회) ① ∼ ② (생 략)', '제2조(위원회) ① ∼ ② (현행과 같음)'],
      ['_③ 부위원장은 국장이 된다._', '<삭 제>'],
      ['_④_ 위원회는 위원장 1명을 포함한 10명 이내의 위원으로 구성한다.', `_③_ ${d(30)}.`],
    ]);
  });

  it('the 제명 row, and no rows when nothing changed', () => {
    const r = rows(OLD.replace('# 예시 조례', '# 보기 조례'));
    expect(text(r[0]?.old ?? [])).toEqual(['_예시_ 조례']);
    expect(text(r[0]?.new ?? [])).toEqual(['_보기_ 조례']);
    expect(compareOrdinances(OLD, OLD.replace('과반수의', '과반수의 ')).table).toEqual({
      title: '예시 조례 일부개정조례안 신·구조문대비표',
      rows: [],
    });
  });

  it('the new 부칙 of the amendment is not in the table', () => {
    const r = rows(
      `${OLD.replace('10명', '15명')}\n부칙 <조례 제1호, 2026. 1. 1.>\n이 조례는 공포한 날부터 시행한다.\n`,
    );
    expect(r).toHaveLength(2);
    expect(grid(r).flat().join('\n')).not.toContain('부칙');
  });
});
