import { describe, expect, it } from 'vitest';
import { AmendmentError, applyAmendment, normalizeForComparison } from '../../../shared/law/index.ts';

const OLD = `# 예시 조례

제1조(목적) 이 조례는 위원회에 관하여 정한다.
제2조(위원회) ① 구청장은 위원회를 둔다.
② 위원장은 부구청장이 된다.
③ 부위원장은 국장이 된다.
제3조(위원) 위원은 다음 각 호의 사람 중에서 위촉한다.
1. 구의원
2. 공무원
`;
const OPEN = '예시 조례 일부를 다음과 같이 개정한다.\n';
const norm = normalizeForComparison;

describe('applier', () => {
  it('accepts both quote styles, 같은 조, several pairs after one target', () => {
    const a = applyAmendment(
      OLD,
      `${OPEN}제2조제2항 중 "부구청장"을 “행정관리국장”으로 하고, 같은 조 제3항 중 “국장이”를 "과장이"로, "된다"를 "될 수 있다"로 한다.\n`,
    );
    expect(norm(a)).toBe(
      norm(
        OLD.replace('부구청장이', '행정관리국장이').replace(
          '③ 부위원장은 국장이 된다.',
          '③ 부위원장은 과장이 될 수 있다.',
        ),
      ),
    );
  });

  it('applies moves, 신설 with 각각 and deletions in one 개정문', () => {
    const amendment = `${OPEN}제2조제3항을 삭제하고, 제3조를 제4조로 한다.\n제3조를 다음과 같이 신설한다.\n제3조(정의) 정의한다.\n제4조(종전의 제3조)에 제3호 및 제4호를 각각 다음과 같이 신설한다.\n3. 전문가\n4. 주민\n`;
    const want =
      OLD.replace('③ 부위원장은 국장이 된다.\n', '③ 삭제\n').replace(
        '제3조(위원)',
        '제3조(정의) 정의한다.\n제4조(위원)',
      ) + '3. 전문가\n4. 주민\n';
    expect(norm(applyAmendment(OLD, amendment))).toBe(norm(want));
  });

  it('throws AmendmentError with a Korean message naming the sentence', () => {
    const bad = '제2조를 적당히 고친다.';
    expect(() => applyAmendment(OLD, `${OPEN}${bad}\n`)).toThrow(AmendmentError);
    expect(() => applyAmendment(OLD, `${OPEN}${bad}\n`)).toThrow(`개정문을 해석할 수 없습니다: "${bad}"`);
    expect(() => applyAmendment(OLD, `${OPEN}제2조제1항 중 “시장”을 “군수”로 한다.\n`)).toThrow(
      /제2조제1항에서 "시장"을 찾을 수 없습니다 \(문장: "제2조제1항 중 “시장”을 “군수”로 한다\."\)/,
    );
    expect(() => applyAmendment(OLD, `${OPEN}제9조를 삭제한다.\n`)).toThrow(/개정 대상 제9조를 찾을 수 없습니다/);
    expect(() => applyAmendment(OLD, `${OPEN}제2조제1항 중 “시장”을 “군수”로 한다.\n`)).not.toThrow(
      /\((?:를|을|가|이)\)/,
    );
    expect(() => applyAmendment(OLD, '제1조를 삭제한다.\n')).toThrow(/첫 줄/);
  });

  it('전부개정 replaces the body', () => {
    const a = applyAmendment(OLD, '예시 조례 전부를 다음과 같이 개정한다.\n\n예시 조례\n제1조(목적) 새 목적.\n');
    expect(norm(a)).toBe(norm('예시 조례\n제1조(목적) 새 목적.\n'));
    expect(a.startsWith('예시 조례\n제1조(목적) 새 목적.')).toBe(true);
  });
});
