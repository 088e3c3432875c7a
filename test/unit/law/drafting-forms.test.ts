// Hand-made edits of each form in drafting guide §3: the exact 개정문 sentence, the exact 대비표 row, and
// the applier carrying the sentence out (round trip). Rows are written `현행 | 개정안` with _underlined_ runs.
import { describe, expect, it } from 'vitest';
import {
  applyAmendment,
  applyAmendmentDetailed,
  compareOrdinances,
  normalizeForComparison,
  type CompareOptions,
  type TableRow,
} from '../../../shared/law/index.ts';

const NAME = '서울특별시 마포구 테스트위원회 조례';
const BASE = `# ${NAME}

제1조(목적) 이 조례는 위원회의 설치 및 운영에 필요한 사항을 규정함을 목적으로 한다.
제2조(위원회) ① 구청장은 위원회를 둔다.
② 위원회는 위원장 1명을 포함한 10명 이내의 위원으로 구성한다.
제3조(위원) 위원은 다음 각 호의 사람 중에서 구청장이 위촉한다.
1. 구의원
2. 공무원
3. 전문가
제4조(회의) 회의는 재적위원 과반수의 찬성으로 의결한다.
제5조(수당) 위원에게는 예산의 범위에서 수당을 지급할 수 있다.
제6조(시행규칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.
`;
const CHAPTERS = BASE.replace('제1조(목적)', '제1장 총칙\n제1조(목적)').replace(
  '제4조(회의)',
  '제2장 위원회 운영\n제4조(회의)',
);

function cell(paragraphs: TableRow['old']): string {
  return paragraphs.map((p) => p.map((r) => (r.underline ? `_${r.text}_` : r.text)).join('')).join(' / ');
}

function rows(r: ReturnType<typeof compareOrdinances>): string[] {
  return r.table.rows.map((row) => `${cell(row.old)} | ${cell(row.new)}`);
}

/** The sentences, the table rows, and proof that the applier turns the old text into the new one. */
function check(oldText: string, newText: string, options: CompareOptions = {}): ReturnType<typeof compareOrdinances> {
  const r = compareOrdinances(oldText, newText, options);
  expect(normalizeForComparison(applyAmendment(oldText, r.amendment))).toBe(normalizeForComparison(newText));
  return r;
}

describe('개정문 forms (drafting guide §3)', () => {
  it('sentences follow the order of the units, whatever the kind of change', () => {
    const neu = BASE.replace('재적위원 과반수의', '재적위원 3분의 2의')
      .replace('제5조(수당)', '제4조의2(간사) 위원회에 간사 1명을 둔다.\n제5조(수당)')
      .replace('규칙으로 정한다', '규칙으로 따로 정한다');
    const r = check(BASE, neu);
    expect(r.sentences).toEqual([
      '제4조 중 “과반수”를 “3분의 2”로 하고, 제4조의2를 다음과 같이 신설한다.\n제4조의2(간사) 위원회에 간사 1명을 둔다.',
      '제6조 중 “규칙으로”를 “규칙으로 따로”로 한다.',
    ]);
    expect(rows(r)).toEqual([
      '제4조(회의) 회의는 재적위원 _과반수_의 찬성으로 의결한다. | 제4조(회의) -------- _3분의 2_-----------.',
      '<신 설> | _제4조의2(간사) 위원회에 간사 1명을 둔다._',
      '제6조(시행규칙) 이 조례의 시행에 필요한 사항은 _규칙으로_ 정한다. | 제6조(시행규칙) --------------- _규칙으로 따로_ ----.',
    ]);
  });

  it('a one-paragraph article gaining ②: 같은 조를 제1항으로 하고', () => {
    const numbered = BASE.replace('제5조(수당) 위원에게는', '제5조(수당) ① 위원에게는');
    const r = check(
      BASE,
      numbered.replace('수당을 지급할 수 있다.', '수당을 지급할 수 있다.\n② 수당의 기준은 규칙으로 정한다.'),
    );
    expect(r.sentences).toEqual([
      '제5조를 제1항으로 하고, 같은 조에 제2항을 다음과 같이 신설한다.\n② 수당의 기준은 규칙으로 정한다.',
    ]);
    expect(rows(r)).toEqual([
      '제5조(수당) (생 략) | 제5조(수당) (현행과 같음)',
      '<신 설> | _② 수당의 기준은 규칙으로 정한다._',
    ]);
    const both = check(
      BASE,
      numbered.replace('수당을 지급할 수 있다.', '수당과 여비를 지급할 수 있다.\n② 수당의 기준은 규칙으로 정한다.'),
    );
    expect(both.sentences).toEqual([
      '제5조 중 “수당을”을 “수당과 여비를”로 하고, 같은 조를 제1항으로 하며, 같은 조에 제2항을 다음과 같이 신설한다.\n② 수당의 기준은 규칙으로 정한다.',
    ]);
    expect(both.sentences.join('\n')).not.toContain('제5조제1항');
  });

  it('같은 조 / 같은 항 / 같은 호 between clauses of one article', () => {
    const items = check(BASE, BASE.replace('1. 구의원', '1. 마포구의원').replace('3. 전문가', '3. 외부 전문가'));
    expect(items.sentences).toEqual([
      '제3조제1호 중 “구의원”을 “마포구의원”으로 하고, 같은 조 제3호 중 “전문가”를 “외부 전문가”로 한다.',
    ]);
    const old = `# 예시 조례\n\n제1조(구성) ① 위원은 다음과 같다.\n② 소관은 다음과 같다.\n1. 행정위원회\n가. 총무과 소관\n나. 재무과 소관\n2. 복지위원회\n`;
    const r = check(
      old,
      old
        .replace('1. 행정위원회', '1. 행정재무위원회')
        .replace('나. 재무과', '나. 세무과')
        .replace('가. 총무과', '가. 행정과'),
    );
    expect(r.sentences).toEqual([
      '제1조제2항제1호 중 “행정위원회”를 “행정재무위원회”로 하고, 같은 호 가목 중 “총무과”를 “행정과”로 하며, 같은 호 나목 중 “재무과”를 “세무과”로 한다.',
    ]);
  });

  it('the same change in two units of one article: 및 … 각각', () => {
    const neu = BASE.replace('① 구청장은', '① 마포구청장은').replace(
      '② 위원회는 위원장',
      '② 위원회는 마포구청장이 정하는 위원장',
    );
    const r = check(BASE, neu.replace('② 위원회는 마포구청장이 정하는 위원장', '② 구청장 소속 위원회는 위원장'));
    expect(r.sentences).toEqual([
      '제2조제1항 중 “구청장”을 “마포구청장”으로 하고, 같은 조 제2항 중 “위원회는”을 “구청장 소속 위원회는”으로 한다.',
    ]);
    const twice = `# 예시 조례\n\n제1조(위원) ① 위원장은 행정국장이 된다.\n② 부위원장은 행정국장이 지명한다.\n`;
    const each = check(twice, twice.replaceAll('행정국장', '기획행정국장'));
    expect(each.sentences).toEqual(['제1조제1항 및 제2항 중 “행정국장”을 각각 “기획행정국장”으로 한다.']);
  });

  it('단서 added and dropped', () => {
    const r = check(
      BASE,
      BASE.replace('찬성으로 의결한다.', '찬성으로 의결한다. 다만, 긴급한 경우에는 서면으로 의결할 수 있다.'),
    );
    expect(r.sentences).toEqual([
      '제4조에 단서를 다음과 같이 신설한다.\n다만, 긴급한 경우에는 서면으로 의결할 수 있다.',
    ]);
    const back = check(r.amendment ? applyAmendment(BASE, r.amendment) : BASE, BASE);
    expect(back.sentences).toEqual(['제4조 단서를 삭제한다.']);
  });

  it('본문 / 단서 only where the word also stands in the other part', () => {
    const old = `# 예시 조례\n\n제1조(기한) 신청은 30일 이내에 한다. 다만, 부득이한 경우에는 30일 이내에 연장할 수 있다.\n`;
    const r = check(old, old.replace('신청은 30일', '신청은 60일'));
    expect(r.sentences).toEqual(['제1조 본문 중 “30일”을 “60일”로 한다.']);
    expect(check(old, old.replace('부득이한 경우에는 30일', '부득이한 경우에는 15일')).sentences).toEqual([
      '제1조 단서 중 “30일”을 “15일”로 한다.',
    ]);
    expect(check(old, old.replace('신청은', '모든 신청은')).sentences).toEqual([
      '제1조 중 “신청은”을 “모든 신청은”으로 한다.',
    ]);
  });

  it('각 호 외의 부분 only where the word also stands in a 호; 각 호 rewritten as a set', () => {
    const old = `# 예시 조례\n\n제1조(위원) 위원은 다음 각 호의 공무원으로 한다.\n1. 총무과 공무원\n2. 재무과 공무원\n`;
    expect(check(old, old.replace('다음 각 호의 공무원으로', '다음 각 호의 직원으로')).sentences).toEqual([
      '제1조 각 호 외의 부분 중 “공무원”을 “직원”으로 한다.',
    ]);
    const all = check(
      BASE,
      BASE.replace('1. 구의원\n2. 공무원\n3. 전문가', '1. 주민자치회가 추천하는 주민\n2. 시민단체 활동가\n3. 변호사'),
    );
    expect(all.sentences).toEqual([
      '제3조 각 호를 다음과 같이 한다.\n1. 주민자치회가 추천하는 주민\n2. 시민단체 활동가\n3. 변호사',
    ]);
  });

  it('장 heading inserted, branch 장 inserted, deleted, retitled and moved; each a 대비표 row', () => {
    const ins = check(BASE, BASE.replace('제4조(회의)', '제2장 운영\n제4조(회의)'));
    expect(ins.sentences).toEqual(['제4조 앞에 장 번호 및 제목을 다음과 같이 신설한다.\n제2장 운영']);
    expect(rows(ins)).toEqual(['<신 설> | _제2장 운영_']);
    const branch = check(CHAPTERS, CHAPTERS.replace('제5조(수당)', '제2장의2 보칙\n제5조(수당)'));
    expect(branch.sentences).toEqual(['제5조 앞에 장 번호 및 제목을 다음과 같이 신설한다.\n제2장의2 보칙']);
    expect(branch.sentences.join('')).not.toContain('제2의2장');
    const del = check(CHAPTERS, CHAPTERS.replace('제2장 위원회 운영\n', ''));
    expect(del.sentences).toEqual(['제4조 앞의 “제2장 위원회 운영”을 삭제한다.']);
    expect(rows(del)).toEqual(['_제2장 위원회 운영_ | <삭 제>']);
    const title = check(CHAPTERS, CHAPTERS.replace('제2장 위원회 운영', '제2장 위원회의 운영'));
    expect(title.sentences).toEqual(['제2장의 제목 “위원회 운영”을 “위원회의 운영”으로 한다.']);
    expect(rows(title)).toEqual(['제2장 _위원회 운영_ | 제2장 _위원회의 운영_']);
    const moved = check(
      CHAPTERS,
      CHAPTERS.replace('제2장 위원회 운영\n제4조(회의)', '제4조(회의)').replace(
        '제5조(수당)',
        '제2장 위원회 운영\n제5조(수당)',
      ),
    );
    expect(moved.sentences).toEqual([
      '제4조 앞의 “제2장 위원회 운영”을 삭제하고, 제5조 앞에 장 번호 및 제목을 다음과 같이 신설한다.\n제2장 위원회 운영',
    ]);
    expect(rows(moved)).toEqual(['_제2장 위원회 운영_ | <삭 제>', '<신 설> | _제2장 위원회 운영_']);
  });

  it('a whole 장 with its articles inserted or deleted', () => {
    const ins = check(
      CHAPTERS,
      `${CHAPTERS}제3장 보칙\n제7조(자료 제출) 위원회는 자료를 요청할 수 있다.\n제8조(비밀 유지) 위원은 비밀을 지켜야 한다.\n`,
    );
    expect(ins.sentences).toEqual([
      '제3장(제7조 및 제8조)을 다음과 같이 신설한다.\n제3장 보칙\n제7조(자료 제출) 위원회는 자료를 요청할 수 있다.\n제8조(비밀 유지) 위원은 비밀을 지켜야 한다.',
    ]);
    const branch = CHAPTERS.replace('제2장 위원회 운영', '제3장 위원회 운영');
    const between = check(
      branch.replace('제3장 위원회 운영', '제2장의2 자문\n제3조의2(자문) 자문단을 둔다.\n제3장 위원회 운영'),
      branch.replace(
        '제3장 위원회 운영',
        '제2장의2 자문\n제3조의2(자문) 자문단을 둔다.\n제2장의3 보칙\n제3조의3(위임) 규칙으로 정한다.\n제3장 위원회 운영',
      ),
    );
    expect(between.sentences).toEqual([
      '제2장의3(제3조의3)을 다음과 같이 신설한다.\n제2장의3 보칙\n제3조의3(위임) 규칙으로 정한다.',
    ]);
    expect(rows(ins)[0]).toBe('<신 설> | _제3장 보칙_');
    const del = check(
      CHAPTERS,
      CHAPTERS.replace(
        /제2장 위원회 운영\n[^]*$/,
        '제4조 삭제 <2026. 1. 1.>\n제5조 삭제 <2026. 1. 1.>\n제6조 삭제 <2026. 1. 1.>\n',
      ),
    );
    expect(del.sentences).toEqual(['제2장(제4조부터 제6조까지)을 삭제한다.']);
    expect(rows(del)).toEqual([
      '_제2장 위원회 운영_ | <삭 제>',
      '_제4조(회의) 회의는 재적위원 과반수의 찬성으로 의결한다._ | <삭 제>',
      '_제5조(수당) 위원에게는 예산의 범위에서 수당을 지급할 수 있다._ | <삭 제>',
      '_제6조(시행규칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다._ | <삭 제>',
    ]);
  });

  it('the branch heading the applier reads back: 제2장의2의 제목', () => {
    const old = CHAPTERS.replace('제5조(수당)', '제2장의2 보칙\n제5조(수당)');
    const r = check(old, old.replace('제2장의2 보칙', '제2장의2 보칙 및 벌칙'));
    expect(r.sentences).toEqual(['제2장의2의 제목 “보칙”을 “보칙 및 벌칙”으로 한다.']);
  });

  it('article and chain styles', () => {
    const neu = BASE.replace('10명 이내', '15명 이내')
      .replace('1. 구의원', '1. 마포구의원')
      .replace('예산의 범위', '예산 범위');
    expect(check(BASE, neu, { style: 'article' }).sentences).toEqual([
      '제2조제2항 중 “10명”을 “15명”으로 한다.',
      '제3조제1호 중 “구의원”을 “마포구의원”으로 한다.',
      '제5조 중 “예산의”를 “예산”으로 한다.',
    ]);
    expect(check(BASE, neu, { style: 'chain' }).sentences).toEqual([
      '제2조제2항 중 “10명”을 “15명”으로, 제3조제1호 중 “구의원”을 “마포구의원”으로, 제5조 중 “예산의”를 “예산”으로 한다.',
    ]);
  });
});

describe('what to quote (drafting guide §3)', () => {
  const one = (text: string, neu: string): string[] => {
    const old = `# 예시 조례\n\n제1조(예시) ${text}\n`;
    return check(old, old.replace(text, neu)).sentences;
  };

  it('a particle that changes with its noun is quoted with it, never split', () => {
    expect(one('위원장은 새마포담당관으로 한다.', '위원장은 정책과로 한다.')).toEqual([
      '제1조 중 “새마포담당관으로”를 “정책과로”로 한다.',
    ]);
    expect(one('간사는 새마포담당관과 협의한다.', '간사는 기획예산과장과 협의한다.')).toEqual([
      '제1조 중 “새마포담당관”을 “기획예산과장”으로 한다.',
    ]);
  });

  it('a word grown inside keeps its last syllable (관광과 → 관광산업과)', () => {
    expect(one('담당 부서는 관광과 및 문화과로 한다.', '담당 부서는 관광산업과 및 문화과로 한다.')).toEqual([
      '제1조 중 “관광과”를 “관광산업과”로 한다.',
    ]);
  });

  it('no quote starts or ends in a space; a joined compound is quoted whole', () => {
    expect(one('위원과 위원장은 연임할 수 있다.', '위원ㆍ위원장은 연임할 수 있다.')).toEqual([
      '제1조 중 “위원과 위원장은”을 “위원ㆍ위원장은”으로 한다.',
    ]);
    expect(one('국ㆍ담당관ㆍ과ㆍ소속기관의 장이 정한다.', '국ㆍ실ㆍ담당관ㆍ과ㆍ소속기관의 장이 정한다.')).toEqual([
      '제1조 중 “국ㆍ담당관ㆍ과ㆍ소속기관”을 “국ㆍ실ㆍ담당관ㆍ과ㆍ소속기관”으로 한다.',
    ]);
  });

  it('a word written twice in the unit: 각각; a word glued to its verb is cut before the particle', () => {
    const twice = '세입징수관은 문화경제국장으로 하고, 분임징수관은 문화경제국장이 지정하는 팀장으로 한다.';
    expect(one(twice, twice.replaceAll('문화경제국장', '기본사회국장'))).toEqual([
      '제1조 중 “문화경제국장”을 각각 “기본사회국장”으로 한다.',
    ]);
    expect(
      one('위원장은 교육정책전략국장이되고, 위원은 호선한다.', '위원장은 시민사회국장이되고, 위원은 호선한다.'),
    ).toEqual(['제1조 중 “교육정책전략국장”을 “시민사회국장”으로 한다.']);
  });

  it('a bare number is quoted with the word that names it', () => {
    expect(one('사용료는 별표 3과 같다.', '사용료는 별표 5와 같다.')).toEqual([
      '제1조 중 “별표 3과”를 “별표 5와”로 한다.',
    ]);
  });

  it('one quote per changed word of a list; the longer of two nested patterns first', () => {
    expect(
      one('위원은 총무국장, 복지국장, 건설국장으로 한다.', '위원은 행정국장, 복지국장, 도시국장으로 한다.'),
    ).toEqual(['제1조 중 “총무국장”을 “행정국장”으로, “건설국장”을 “도시국장”으로 한다.']);
    expect(one('복지국장은 소관 복지국 사무를 총괄한다.', '복지정책국장은 소관 복지정책국 사무를 총괄한다.')).toEqual([
      '제1조 중 “복지국장”을 “복지정책국장”으로, “복지국”을 “복지정책국”으로 한다.',
    ]);
  });
});

describe('history tags and source noise never make a sentence', () => {
  it('tags in any wording, a deleted article written twice, spacing inside a word', () => {
    const old = `# 예시 조례\n\n제1조(목적) 주민센터의 운영에 관하여 정한다.\n제2조 삭제 <2020. 1. 2.>\n제3조(운영) 운영은 구청장이 한다.\n`;
    const neu = `# 예시 조례\n\n제1조(목적) 주민 센터의 운영에 관하여 정한다.\n[제15조에서 이동 <2024. 1. 1.>]\n제2조 삭제 <2020. 1. 2.>\n제2조 삭제 <2020. 1. 2.>\n제3조(운영) 운영은 구청장이 한다.\n[기존 제14조 삭제 <2024. 1. 1.>]\n(조 이동 2015.5.6)\n[종전 제3조는 제4조로 이동 <2024. 1. 1.>]\n`;
    const r = compareOrdinances(old, neu);
    expect(r).toMatchObject({ changed: false, sentences: [] });
    expect(r.table.rows).toEqual([]);
  });
});

describe('a new [전문개정] tag or a comma after a tag does not turn a word change into a rewrite', () => {
  it('keeps the word replacement', () => {
    const old = `# 예시 규칙\n\n제1조(배출) 배출일시는 주민센터에 통보한다. [본조신설 <2024.3.19.>]\n제2조(기타) 그 밖의 사항은 구청장이 정한다.\n`;
    const neu = `# 예시 규칙\n\n제1조(배출) 배출일시는 행정복지센터에 통보한다.\n[본조신설 <2024.3.19.>], \n[전문개정 2026.9.29.]\n제2조(기타) 그 밖의 사항은 구청장이 정한다.\n`;
    expect(check(old, neu).sentences).toEqual(['제1조 중 “주민센터”를 “행정복지센터”로 한다.']);
  });
});

describe('별표 and 서식 clauses', () => {
  it('the body clauses apply; the 별표 clause is reported as applied outside the text', () => {
    const old = `# 예시 규칙\n\n제1조(위원) 위원장은 청소과장이 된다.\n`;
    const r = applyAmendmentDetailed(
      old,
      '예시 규칙 일부를 다음과 같이 개정한다.\n\n제1조 중 “청소과장”을 “청소행정과장”으로 하고, 별표 3 중 “청소과”를 “청소행정과”로 한다.\n',
    );
    expect(normalizeForComparison(r.text)).toBe(normalizeForComparison(old.replace('청소과장', '청소행정과장')));
    expect(r.outside).toEqual(['별표 3 중 “청소과”를 “청소행정과”로: 본문 밖(별표 3)의 개정이므로 따로 반영하십시오.']);
  });
});
