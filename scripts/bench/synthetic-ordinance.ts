// A large ordinance made up deterministically (seeded PRNG), in the plain law.go.kr layout drafters paste:
// 장 headings, `제N조(제목)`, 1–4 항 (no marker when there is one), some 호. The amended version changes a fixed
// share of units the way real amendments do: a department renamed, a title extended, a 호 added or deleted.

export interface SyntheticOrdinance {
  oldText: string;
  newText: string;
  articles: number;
  /** 조 headings + 항 + 호. */
  units: number;
  changedUnits: number;
}

interface Item {
  text: string;
}
interface Para {
  text: string;
  items: Item[];
}
interface Article {
  title: string;
  paras: Para[];
}
interface Chapter {
  title: string;
  articles: Article[];
}

const DEPARTMENTS = [
  '기획예산과장',
  '총무과장',
  '재무과장',
  '세무1과장',
  '자치행정과장',
  '복지정책과장',
  '건축과장',
  '도시계획과장',
  '교통행정과장',
  '청소행정과장',
  '공원녹지과장',
  '보건소장',
  '문화체육과장',
  '일자리경제과장',
  '환경과장',
  '주택과장',
];
const TOPICS = [
  '위원회의 운영',
  '예산의 편성',
  '시설의 관리',
  '보조금의 지급',
  '자료의 제출',
  '실태조사',
  '교육 및 홍보',
  '민원의 처리',
  '협약의 체결',
  '지원사업의 선정',
  '성과의 평가',
  '개인정보의 보호',
];
const VERBS = ['처리한다', '총괄한다', '심의한다', '지원할 수 있다', '정할 수 있다', '협의하여야 한다'];
const TITLES = [
  '목적',
  '정의',
  '적용 범위',
  '구청장의 책무',
  '기본계획의 수립',
  '위원회의 설치',
  '위원회의 구성',
  '위원의 임기',
  '회의',
  '수당 등',
  '지원 대상',
  '지원 내용',
  '보조금의 지급',
  '실태조사',
  '협력체계 구축',
  '위탁',
  '포상',
  '보고',
];
const CHAPTERS = ['총칙', '기본계획', '위원회', '지원사업', '시설의 관리', '보조금', '협력', '감독', '보칙', '포상'];
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';

/** mulberry32: tiny, fast and the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateSyntheticOrdinance(
  articleCount = 500,
  changeShare = 0.05,
  seed = 20260730,
): SyntheticOrdinance {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const sentence = () => `${pick(DEPARTMENTS)}은 ${pick(TOPICS)}에 관한 사항을 ${pick(VERBS)}.`;
  const item = (): Item => ({ text: `${pick(DEPARTMENTS)}이 정하는 ${pick(TOPICS)}에 관한 사항` });
  const chapterCount = Math.max(1, Math.round(articleCount / 50));
  const chapters: Chapter[] = Array.from({ length: chapterCount }, (_, i) => ({
    title: CHAPTERS[i % CHAPTERS.length] ?? '보칙',
    articles: [],
  }));
  for (let n = 0; n < articleCount; n++) {
    const paras: Para[] = Array.from({ length: int(1, 4) }, () => ({
      text: sentence(),
      items: random() < 0.3 ? Array.from({ length: int(2, 5) }, item) : [],
    }));
    chapters[Math.min(chapterCount - 1, Math.floor((n * chapterCount) / articleCount))]?.articles.push({
      title: pick(TITLES),
      paras,
    });
  }

  const amended: Chapter[] = structuredClone(chapters);
  type Unit = { kind: 'article'; a: Article } | { kind: 'para'; p: Para } | { kind: 'item'; p: Para; i: number };
  const units: Unit[] = amended.flatMap((c) =>
    c.articles.flatMap((a): Unit[] => [
      { kind: 'article', a },
      ...a.paras.flatMap((p): Unit[] => [
        { kind: 'para', p },
        ...p.items.map((_, i): Unit => ({ kind: 'item', p, i })),
      ]),
    ]),
  );
  // Fisher–Yates on indices, then change the first share of them.
  const order = units.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const changed = Math.round(units.length * changeShare);
  for (const index of order.slice(0, changed)) {
    const unit = units[index];
    if (!unit) continue;
    if (unit.kind === 'article') unit.a.title = `${unit.a.title} 및 운영`;
    else if (unit.kind === 'para') unit.p.text = renameDepartment(unit.p.text, pick);
    else {
      const roll = random();
      const target = unit.p.items[unit.i];
      if (!target) continue;
      if (roll < 0.6) target.text = renameDepartment(target.text, pick);
      else if (roll < 0.8) target.text = '삭제';
      else unit.p.items.push(item()); // a new 호 goes at the end: a middle one would force renumbering
    }
  }

  return {
    oldText: render(chapters, articleCount),
    newText: render(amended, articleCount),
    articles: articleCount,
    units: units.length,
    changedUnits: changed,
  };
}

function renameDepartment(text: string, pick: (list: readonly string[]) => string): string {
  const current = DEPARTMENTS.find((d) => text.includes(d));
  if (!current) return `${text} 다만, 구청장이 따로 정하는 경우에는 그러하지 아니하다.`;
  let next = pick(DEPARTMENTS);
  if (next === current) next = DEPARTMENTS[(DEPARTMENTS.indexOf(current) + 1) % DEPARTMENTS.length] ?? next;
  return text.replace(current, next);
}

function render(chapters: Chapter[], articleCount: number): string {
  const lines = [`서울특별시 마포구 행정사무 표준화 조례 (${articleCount}조 시험본)`, ''];
  let n = 0;
  chapters.forEach((chapter, c) => {
    lines.push(`제${c + 1}장 ${chapter.title}`, '');
    for (const article of chapter.articles) {
      n++;
      const single = article.paras.length === 1;
      article.paras.forEach((para, p) => {
        const marker = single ? '' : `${CIRCLED[p] ?? `(${p + 1})`} `;
        lines.push(p === 0 ? `제${n}조(${article.title}) ${marker}${para.text}` : `${marker}${para.text}`);
        para.items.forEach((item, i) => lines.push(`${i + 1}. ${item.text}`));
      });
      lines.push('');
    }
  });
  lines.push('부칙', '이 조례는 공포한 날부터 시행한다.', '');
  return lines.join('\n');
}
