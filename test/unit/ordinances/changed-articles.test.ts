import { describe, expect, it } from 'vitest';
import { compareOrdinances } from '../../../shared/law/index.ts';
import { changedArticles } from '../../../shared/ordinances/changed-articles.ts';

const OLD = `# 예시 조례
제1조(목적) 이 조례는 위원회에 관하여 정한다.
제2조(위원회) ① 구청장은 위원회를 둔다.
② 위원회는 10명 이내의 위원으로 구성한다.
제3조(회의) 회의는 과반수의 찬성으로 의결한다.
제4조(간사) 간사는 담당 과장이 된다.
`;

describe('changed articles for 주요내용', () => {
  it('lists each changed, added and deleted article once, in table order', () => {
    const NEW = OLD.replace('10명', '15명')
      .replace('제3조(회의)', '제2조의2(임기) 임기는 2년으로 한다.\n제3조(회의)')
      .replace('제4조(간사) 간사는 담당 과장이 된다.', '제4조 삭제');
    expect(changedArticles(compareOrdinances(OLD, NEW).table)).toEqual(['제2조', '제2조의2', '제4조']);
  });

  it('is empty when nothing changed', () => {
    expect(changedArticles(compareOrdinances(OLD, OLD).table)).toEqual([]);
  });
});
