// Hand-built cases: the expected 개정문 is written as a drafter would write it (drafting guide §3).
import { describe, expect, it } from 'vitest';
import { applyAmendment, compareOrdinances, normalizeForComparison } from '../../../shared/law/index.ts';

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
const OPEN = `${NAME} 일부를 다음과 같이 개정한다.\n\n`;

function check(newText: string, sentences: string[], oldText = BASE, open = OPEN): void {
  const r = compareOrdinances(oldText, newText);
  expect(r.sentences).toEqual(sentences);
  expect(r.amendment).toBe(`${open}${sentences.join('\n')}\n`);
  expect(normalizeForComparison(applyAmendment(oldText, r.amendment))).toBe(normalizeForComparison(newText));
}

describe('개정문: hand-built cases', () => {
  it('제명', () => {
    check(BASE.replace('테스트위원회 조례', '시험위원회 조례'), [
      `제명 “${NAME}”를 “서울특별시 마포구 시험위원회 조례”로 한다.`,
    ]);
  });

  it('제목', () => {
    check(BASE.replace('제4조(회의)', '제4조(회의 및 의결)'), ['제4조의 제목 “(회의)”를 “(회의 및 의결)”로 한다.']);
  });

  it('신설 of a branch article (조의2)', () => {
    check(BASE.replace('제4조(회의)', '제3조의2(위원의 임기) 위원의 임기는 2년으로 한다.\n제4조(회의)'), [
      '제3조의2를 다음과 같이 신설한다.\n제3조의2(위원의 임기) 위원의 임기는 2년으로 한다.',
    ]);
  });

  it('신설 of a branch item (호의2) and of several articles at once', () => {
    check(BASE.replace('3. 전문가', '2의2. 변호사\n3. 전문가'), [
      '제3조에 제2호의2를 다음과 같이 신설한다.\n2의2. 변호사',
    ]);
    check(
      BASE.replace(
        '제4조(회의)',
        '제3조의2(임기) 임기는 2년으로 한다.\n제3조의3(해촉) 구청장은 위원을 해촉할 수 있다.\n제4조(회의)',
      ),
      [
        '제3조의2 및 제3조의3을 각각 다음과 같이 신설한다.\n제3조의2(임기) 임기는 2년으로 한다.\n제3조의3(해촉) 구청장은 위원을 해촉할 수 있다.',
      ],
    );
  });

  it('삭제 with a range, and several 호 with 각각', () => {
    check(
      BASE.replace(
        /제4조\(회의\)[^]*$/,
        '제4조 삭제 <2026. 1. 1.>\n제5조 삭제 <2026. 1. 1.>\n제6조 삭제 <2026. 1. 1.>\n',
      ),
      ['제4조부터 제6조까지를 삭제한다.'],
    );
    check(BASE.replace('1. 구의원', '1. 삭제 <2026. 1. 1.>').replace('3. 전문가', '3. 삭제 <2026. 1. 1.>'), [
      '제3조제1호 및 제3호를 각각 삭제한다.',
    ]);
  });

  it('renumbering with (종전의 제N조)', () => {
    const renumbered = BASE.replace(
      '제2조(위원회) ① 구청장은',
      '제2조(정의) 이 조례에서 "위원"이란 위원회의 위원을 말한다.\n제3조(위원회) ① 구청장은',
    )
      .replace('제3조(위원) 위원은', '제4조(위원) 위원은')
      .replace('제4조(회의) 회의는 재적위원 과반수의', '제5조(회의) 회의는 재적위원 3분의 2 이상의')
      .replace('제5조(수당)', '제6조(수당)')
      .replace('제6조(시행규칙)', '제7조(시행규칙)');
    check(renumbered, [
      '제2조부터 제6조까지를 각각 제3조부터 제7조까지로 하고, 제2조를 다음과 같이 신설한다.\n제2조(정의) 이 조례에서 "위원"이란 위원회의 위원을 말한다.',
      '제5조(종전의 제4조) 중 “과반수”를 “3분의 2 이상”으로 한다.',
    ]);
  });

  it('각각: the same change in adjacent units, across articles; 하고 between different changes', () => {
    check(BASE.replace('① 구청장은', '① 마포구청장은').replace('구청장이 위촉', '마포구청장이 위촉'), [
      '제2조제1항 및 제3조 중 “구청장”을 각각 “마포구청장”으로 한다.',
    ]);
    check(
      BASE.replace('위원회를 둔다', '위원회를 둔다. 위원회는 구청장 소속으로 한다').replace(
        '② 위원회는',
        '② 그 위원회는',
      ),
      [
        '제2조제1항 중 “둔다.”를 “둔다. 위원회는 구청장 소속으로 한다.”로 하고, 같은 조 제2항 중 “위원회는”을 “그 위원회는”으로 한다.',
      ],
    );
  });

  it('several replacements in one unit, and clauses joined with 하고', () => {
    check(
      BASE.replace('위원장 1명을 포함한 10명', '위원장 1명과 부위원장 1명을 포함한 15명').replace(
        '예산의 범위에서',
        '예산의 범위에서 일정한',
      ),
      [
        '제2조제2항 중 “위원장”을 “위원장 1명과 부위원장”으로, “10명”을 “15명”으로 하고, 제5조 중 “범위에서”를 “범위에서 일정한”으로 한다.',
      ],
    );
  });

  it('particles after numbers, Latin letters and symbols', () => {
    const old = '# 감면 조례\n\n제1조(기준) 감면율은 50%로 하고, 등급은 A로 하며, 점수는 3 이상으로 한다.\n';
    check(
      old.replace('50%', '40%').replace('A로', 'L로').replace('3 이상', '10 이상'),
      ['제1조 중 “50%”를 “40%”로, “A”를 “L”로, “3”을 “10”으로 한다.'],
      old,
      '감면 조례 일부를 다음과 같이 개정한다.\n\n',
    );
  });

  it('deleting words and a 단서; a unit joined with 하고', () => {
    const old =
      '# 예시 조례\n\n제1조(기준) ① 기금은 토지, 건물 및 그 종물로 한다. 다만, 특별회계의 경우에는 그러하지 아니하다.\n② 위원은 구의원, 공무원, 전문가 중에서 위촉한다.\n';
    const neu = old.replace(' 다만, 특별회계의 경우에는 그러하지 아니하다.', '').replace('공무원, ', '');
    check(
      neu,
      ['제1조제1항 단서를 삭제하고, 같은 조 제2항 중 “공무원, ”을 삭제한다.'],
      old,
      '예시 조례 일부를 다음과 같이 개정한다.\n\n',
    );
  });

  it('an article mostly rewritten is rewritten whole (다음과 같이 한다)', () => {
    const neu = BASE.replace(
      '② 위원회는 위원장 1명을 포함한 10명 이내의 위원으로 구성한다.',
      '② 위원회의 구성과 운영에 필요한 사항은 규칙으로 따로 정하되, 위원은 모두 구민 중에서 공개 모집한다.\n③ 위원회에 간사 1명을 둔다.',
    );
    check(neu, [
      '제2조를 다음과 같이 한다.\n제2조(위원회) ① 구청장은 위원회를 둔다.\n② 위원회의 구성과 운영에 필요한 사항은 규칙으로 따로 정하되, 위원은 모두 구민 중에서 공개 모집한다.\n③ 위원회에 간사 1명을 둔다.',
    ]);
  });

  it('a new 항 in an article of one paragraph; a 호 rewritten', () => {
    check(
      BASE.replace('제5조(수당) 위원에게는', '제5조(수당) ① 위원에게는').replace(
        '수당을 지급할 수 있다.',
        '수당을 지급할 수 있다.\n② 수당의 지급 기준은 규칙으로 정한다.',
      ),
      ['제5조를 제1항으로 하고, 같은 조에 제2항을 다음과 같이 신설한다.\n② 수당의 지급 기준은 규칙으로 정한다.'],
    );
    check(
      BASE.replace(
        '3. 전문가',
        '3. 법률, 행정, 도시계획 분야의 학식과 경험이 풍부한 사람으로서 구청장이 필요하다고 인정하는 사람',
      ),
      [
        '제3조제3호를 다음과 같이 한다.\n3. 법률, 행정, 도시계획 분야의 학식과 경험이 풍부한 사람으로서 구청장이 필요하다고 인정하는 사람',
      ],
    );
  });

  it('전부개정 only when asked; suggested when most of the text changed', () => {
    const neu = `# ${NAME}\n\n제1조(목적) 이 조례는 구민 참여를 넓히기 위한 자문단 구성에 관하여 정한다.\n제2조(자문단) 구청장은 20명 이내의 자문단을 둘 수 있다.\n`;
    const partial = compareOrdinances(BASE, neu);
    expect(partial).toMatchObject({ mode: 'partial', fullRevisionSuggested: true });
    expect(partial.amendment.split('\n')[0]).toBe(`${NAME} 일부를 다음과 같이 개정한다.`);
    expect(normalizeForComparison(applyAmendment(BASE, partial.amendment))).toBe(normalizeForComparison(neu));
    const r = compareOrdinances(BASE, neu, { mode: 'full' });
    expect(r.mode).toBe('full');
    expect(r.amendment).toBe(
      `${NAME} 전부를 다음과 같이 개정한다.\n\n${NAME}\n제1조(목적) 이 조례는 구민 참여를 넓히기 위한 자문단 구성에 관하여 정한다.\n제2조(자문단) 구청장은 20명 이내의 자문단을 둘 수 있다.\n`,
    );
    expect(normalizeForComparison(applyAmendment(BASE, r.amendment))).toBe(normalizeForComparison(neu));
    expect(compareOrdinances(BASE, neu, { fullRevisionThreshold: 1 }).fullRevisionSuggested).toBe(false);
    const small = compareOrdinances(BASE, BASE.replace('10명', '15명'));
    expect(small).toMatchObject({ mode: 'partial', fullRevisionSuggested: false });
  });

  it('straight quotes on request, and the title option', () => {
    const r = compareOrdinances(BASE, BASE.replace('새', '새').replace('10명', '15명'), {
      quotes: 'straight',
      title: '테스트 조례',
    });
    expect(r.amendment).toBe('테스트 조례 일부를 다음과 같이 개정한다.\n\n제2조제2항 중 "10명"을 "15명"으로 한다.\n');
    expect(r.table.title).toBe('테스트 조례 일부개정조례안 신·구조문대비표');
  });
});

describe('no change: history tags and typographic noise', () => {
  it('history tags only → changed: false', () => {
    const neu = BASE.replace('구성한다.', '구성한다. <개정 2026. 1. 1.>').replace(
      '정한다.\n',
      '정한다.\n[전문개정 2024. 5. 10.]\n',
    );
    const r = compareOrdinances(BASE, neu);
    expect(r).toMatchObject({ changed: false, amendment: '', sentences: [], ignoredTypographic: 0 });
    expect(r.table.rows).toEqual([]);
    expect(r.table.title).toBe(`${NAME} 일부개정조례안 신·구조문대비표`);
  });

  it('· vs ㆍ, quotes, spacing after ① and full-width spaces → changed: false, counted', () => {
    const old = BASE.replace('설치 및 운영', '설치·운영').replace('구청장은 위원회를', '“구청장”은 위원회를');
    const neu = BASE.replace('설치 및 운영', '설치ㆍ운영')
      .replace('구청장은 위원회를', '"구청장"은\u3000위원회를')
      .replace('① ', '①');
    const r = compareOrdinances(old, neu);
    expect(r.changed).toBe(false);
    expect(r.ignoredTypographic).toBe(3);
    const shown = compareOrdinances(old, neu, { showTypographic: true });
    expect(shown.changed).toBe(true);
    expect(shown.sentences[0]).toContain('제1조 중 “설치·운영”을 “설치ㆍ운영”으로');
  });

  it('the 규칙 title form', () => {
    const rule = BASE.replace(/조례$/m, '규칙');
    const r = compareOrdinances(rule, rule.replace('10명', '15명'));
    expect(r.table.title).toBe('서울특별시 마포구 테스트위원회 규칙 일부개정규칙안 신·구조문대비표');
  });
});
