// A year shaped like the published 추진실적 (../shared/docs/seed-report.md): 122 송무 건 — 행정소송 48, 민사소송 31,
// 행정심판 43 — 66 제·개정 (조례 40, 규칙 23, 훈령 3), 62 외부 + 30 내부 자문, one training of 87. Written with
// raw statements into a migrated database; the export, CLI and e2e tests read the figures back from it.
import type BetterSqlite3 from 'better-sqlite3';

export const COUNCIL = {
  from: '2025-01-01',
  asOf: '2025-10-31',
  total: 122,
  byKind: { 행정소송: 48, 민사소송: 31, 행정심판: 43 },
  open: 102,
  closed: 20,
  families: 116,
  results: { 승소: 12, 패소: 3, 일부승소: 1, 각하: 3, 취하: 1 },
  formula: '승소율 = 승소 12 / (승소 12 + 패소 3 + 일부승소 1) = 75.0%',
  claimTotal: 310_000_000,
  opinions: { total: 92, external: 62, internal: 30, averageReplyDays: 5 },
  legislation: { total: 66, byType: { 조례: 40, 규칙: 23, 훈령: 3 } },
  education: { sessions: 1, attendees: 87 },
} as const;

const STAMP = '2025-01-01T00:00:00Z';

export function seedCouncilYear(sqlite: BetterSqlite3.Database): void {
  const insertCase = sqlite.prepare(`INSERT INTO cases (kind, case_number, title, created_at, updated_at, instance,
      parent_case_id, ward_side, filed_on, result, decided_on, closed_on, claim_amount, opinion_type, deleted_at)
    VALUES (@kind, @number, @title, '${STAMP}', '${STAMP}', @instance, @parent, @wardSide, @filed, @result, @decided,
      @closed, @claim, @opinionType, @deleted)`);
  const base = {
    number: null as string | null,
    instance: null as number | null,
    parent: null as number | null,
    wardSide: null as string | null,
    result: null as string | null,
    decided: null as string | null,
    closed: null as string | null,
    claim: null as number | null,
    opinionType: null as string | null,
    deleted: null as string | null,
  };
  const add = (row: Partial<typeof base> & { kind: string; title: string; filed: string }) =>
    Number(insertCase.run({ ...base, ...row }).lastInsertRowid);
  const month = (i: number) => String((i % 9) + 1).padStart(2, '0');
  const person = sqlite.prepare(
    `INSERT INTO people (kind, name, organization, created_at) VALUES ('lawyer', ?, ?, '${STAMP}')`,
  );
  const link = sqlite.prepare("INSERT INTO case_people (case_id, person_id, role) VALUES (?, ?, 'attorney')");
  const lawyers = [
    Number(person.run('김한결', '법무법인 한결').lastInsertRowid),
    Number(person.run('이바른', '법무법인 바른길').lastInsertRowid),
  ];

  sqlite.transaction(() => {
    // 행정소송 48: 42 first instances (5 승소, 1 패소, 1 각하 among them), 6 appeals of the first six.
    const adminResults = ['승소', '승소', '승소', '승소', '승소', '패소', '각하'];
    const admin: number[] = [];
    for (let i = 0; i < 42; i++) {
      const result = adminResults[i] ?? null;
      const id = add({
        kind: 'administrative_suit',
        number: `2025구합${1000 + i}`,
        title: `영업정지처분취소 ${i + 1}`,
        instance: 1,
        wardSide: 'defendant',
        filed: `2025-${month(i)}-05`,
        result,
        decided: result ? `2025-${month(i)}-25` : null,
      });
      admin.push(id);
      link.run(id, lawyers[i % 2]);
    }
    for (let i = 0; i < 6; i++)
      add({
        kind: 'administrative_suit',
        number: `2025누${2000 + i}`,
        title: `영업정지처분취소 ${i + 1} (항소)`,
        instance: 2,
        parent: admin[i] ?? null,
        wardSide: 'appellee',
        filed: '2025-10-01',
        // decided the day after the 기준일: still 진행
        result: i === 0 ? '승소' : null,
        decided: i === 0 ? '2025-11-01' : null,
      });
    // 민사소송 31: 3 승소, 1 패소, 1 취하; 소송가액 10,000,000원 each.
    const civilResults = ['승소', '승소', '승소', '패소', '취하'];
    for (let i = 0; i < 31; i++) {
      const result = civilResults[i] ?? null;
      add({
        kind: 'civil_suit',
        number: `2025가단${3000 + i}`,
        title: `손해배상(기) ${i + 1}`,
        instance: 1,
        wardSide: 'defendant',
        filed: i < 3 ? `2024-12-${10 + i}` : `2025-${month(i)}-10`,
        result,
        decided: result === '취하' ? null : result ? `2025-${month(i)}-28` : null,
        closed: result === '취하' ? `2025-${month(i)}-20` : null,
        claim: 10_000_000,
      });
    }
    // 행정심판 43: 4 기각 (→ 승소), 1 인용 (→ 패소), 1 일부인용 (→ 일부승소), 2 각하.
    const appealResults = ['기각', '기각', '기각', '기각', '인용', '일부인용', '각하', '각하'];
    for (let i = 0; i < 43; i++) {
      const result = appealResults[i] ?? null;
      add({
        kind: 'administrative_appeal',
        number: `2025-${4000 + i}`,
        title: `과징금부과처분 취소청구 ${i + 1}`,
        wardSide: 'respondent',
        filed: `2025-${month(i)}-12`,
        result,
        decided: result ? `2025-${month(i)}-26` : null,
      });
    }
    // Not counted: closed before the period, filed after the 기준일, in the 휴지통.
    for (let i = 0; i < 5; i++)
      add({
        kind: 'civil_suit',
        number: `2024가단${5000 + i}`,
        title: `전년도 종결 ${i + 1}`,
        filed: '2024-03-01',
        result: '승소',
        decided: '2024-11-30',
      });
    for (let i = 0; i < 3; i++)
      add({
        kind: 'administrative_suit',
        number: `2025구합${6000 + i}`,
        title: `기준일 후 접수 ${i + 1}`,
        filed: '2025-11-03',
      });
    for (let i = 0; i < 2; i++)
      add({
        kind: 'administrative_appeal',
        number: `2025-${7000 + i}`,
        title: `삭제된 심판 ${i + 1}`,
        filed: '2025-02-02',
        deleted: '2025-05-01T00:00:00Z',
      });
    // 법률자문: 62 외부, 30 내부, each answered in 5 days; one from last year.
    for (let i = 0; i < 92; i++)
      add({
        kind: 'legal_opinion',
        title: `자문 ${i + 1}: 도로점용허가 갱신 가능 여부`,
        filed: `2025-${month(i)}-03`,
        result: '회신',
        decided: `2025-${month(i)}-08`,
        opinionType: i < 62 ? 'external' : 'internal',
      });
    add({ kind: 'legal_opinion', title: '전년도 자문', filed: '2024-12-20', opinionType: 'external' });

    const ordinance = sqlite.prepare(
      `INSERT INTO ordinances (name, type, created_at, updated_at) VALUES (?, ?, '${STAMP}', '${STAMP}')`,
    );
    const revision = sqlite.prepare(`INSERT INTO ordinance_revisions (ordinance_id, revision_kind, promulgation_no,
        promulgated_on, notice_started_on, body, created_at) VALUES (?, ?, ?, ?, ?, '', '${STAMP}')`);
    const types = [...Array(40).fill('조례'), ...Array(23).fill('규칙'), ...Array(3).fill('훈령')] as string[];
    types.forEach((type, i) => {
      const id = ordinance.run(`서울특별시 ○○구 ${type} ${i + 1}`, type).lastInsertRowid;
      revision.run(
        id,
        i % 10 === 0 ? '제정' : '일부개정',
        `제${1500 + i}호`,
        `2025-${month(i)}-15`,
        `2025-${month(i)}-01`,
      );
    });
    const old = ordinance.run('서울특별시 ○○구 전년도 조례', '조례').lastInsertRowid;
    revision.run(old, '일부개정', '제1400호', '2024-12-30', null);

    sqlite
      .prepare(`INSERT INTO education_sessions (held_on, course, attendees, created_at) VALUES (?, ?, ?, '${STAMP}')`)
      .run('2025-05-20', '행정소송 실무 교육', 87);
  })();
}
