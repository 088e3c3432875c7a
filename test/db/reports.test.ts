import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { EducationSession } from '../../shared/contracts/education.ts';
import type { RecordList } from '../../shared/reports/record-list.ts';
import type { YearReport } from '../../shared/reports/report-types.ts';
import { testContext } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { ok } from '../helpers/dispatch.ts';

// A database generated from a seed, and the true figures counted here with plain loops over the generated rows
// (not with the code under test), then compared with what the dispatcher answers.

const AS_OF = '2025-10-31';
const FROM = '2025-01-01';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const day = (base: string, n: number) =>
  new Date(Date.parse(`${base}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface Row {
  id: number;
  kind: string;
  parent: number | null;
  filed: string | null;
  result: string | null;
  decided: string | null;
  closed: string | null;
  claim: number | null;
  opinionType: string | null;
  deleted: string | null;
}
interface Revision {
  id: number;
  type: string;
  kind: string;
  promulgated: string | null;
  notice: string | null;
  ordinanceDeleted: boolean;
}

const KINDS = ['administrative_suit', 'civil_suit', 'administrative_appeal', 'constitutional_suit', 'legal_opinion'];
const LABEL: Record<string, string> = {
  administrative_suit: '행정소송',
  civil_suit: '민사소송',
  administrative_appeal: '행정심판',
  constitutional_suit: '헌법소송',
};
const RESULTS = ['승소', '패소', '일부승소', '각하', '취하', '화해'];
const APPEAL_RESULTS: Record<string, string> = {
  인용: '패소',
  기각: '승소',
  일부인용: '일부승소',
  각하: '각하',
  취하: '취하',
};

function generate(seed: number) {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const rows: Row[] = [];
  for (let id = 1; id <= 600; id++) {
    const kind = pick(KINDS);
    const filed = rnd() < 0.03 ? null : day('2023-06-01', Math.floor(rnd() * 900)); // to 2025-11
    const decided = filed && rnd() < 0.7 ? day(filed, Math.floor(rnd() * 300)) : null;
    const appeal = kind === 'administrative_appeal';
    const opinion = kind === 'legal_opinion';
    const parentCandidate = rows.filter((r) => r.kind === kind && !appeal && !opinion).at(-1);
    rows.push({
      id,
      kind,
      parent: parentCandidate && rnd() < 0.2 ? parentCandidate.id : null,
      filed,
      result: decided && !opinion ? (appeal ? pick(Object.keys(APPEAL_RESULTS)) : pick(RESULTS)) : null,
      decided,
      closed: decided && !opinion && rnd() < 0.3 ? day(decided, Math.floor(rnd() * 30)) : null,
      claim: kind === 'civil_suit' && rnd() < 0.7 ? Math.floor(rnd() * 1000) * 100_000 : null,
      opinionType: opinion ? pick(['external', 'internal', null]) : null,
      deleted: rnd() < 0.05 ? '2025-06-01T00:00:00Z' : null,
    });
  }
  const revisions: Revision[] = [];
  for (let id = 1; id <= 120; id++) {
    const promulgated = rnd() < 0.05 ? null : day('2024-06-01', Math.floor(rnd() * 600));
    revisions.push({
      id,
      type: pick(['조례', '조례', '규칙', '훈령', '예규']),
      kind: pick(['제정', '일부개정', '일부개정', '전부개정', '폐지']),
      promulgated,
      notice: promulgated && rnd() < 0.7 ? day(promulgated, -Math.floor(rnd() * 90)) : null,
      ordinanceDeleted: rnd() < 0.05,
    });
  }
  return { rows, revisions };
}

const { rows, revisions } = generate(8);

// ---- the truth, counted with plain loops
const closedOf = (r: Row) => r.closed ?? (r.result !== null ? r.decided : null);
const live = rows.filter((r) => r.deleted === null);
const suits = live.filter((r) => r.kind !== 'legal_opinion' && r.filed !== null && r.filed <= AS_OF);
const counted = suits.filter((r) => {
  const c = closedOf(r);
  return c === null || c >= FROM;
});
const isOpen = (r: Row) => {
  const c = closedOf(r);
  return c === null || c > AS_OF;
};
const closedIn = counted.filter((r) => !isOpen(r));
const outcome = (r: Row) => (r.kind === 'administrative_appeal' ? APPEAL_RESULTS[r.result ?? ''] : r.result);
const rootOf = (id: number): number => {
  const r = rows.find((x) => x.id === id);
  return r?.parent ? rootOf(r.parent) : id;
};
const opinions = live.filter(
  (r) => r.kind === 'legal_opinion' && r.filed !== null && r.filed >= FROM && r.filed <= AS_OF,
);
const revisionsIn = revisions.filter(
  (r) => !r.ordinanceDeleted && r.promulgated !== null && r.promulgated >= FROM && r.promulgated <= AS_OF,
);
const ids = (list: { id: number }[]) => list.map((r) => r.id).sort((a, b) => a - b);

let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
let report: YearReport;
const revisionIdOf = new Map<number, number>();

beforeAll(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  dispatch = createDispatcher(testContext(database));
  const sqlite = database.sqlite;
  const insertCase = sqlite.prepare(`INSERT INTO cases (id, kind, case_number, title, created_at, updated_at,
      parent_case_id, filed_on, result, decided_on, closed_on, claim_amount, opinion_type, deleted_at)
    VALUES (?, ?, ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertOrdinance = sqlite.prepare(`INSERT INTO ordinances (name, type, created_at, updated_at, deleted_at)
    VALUES (?, ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', ?)`);
  const insertRevision = sqlite.prepare(`INSERT INTO ordinance_revisions (ordinance_id, revision_kind,
      promulgated_on, notice_started_on, body, created_at) VALUES (?, ?, ?, ?, '', '2024-01-01T00:00:00Z')`);
  sqlite.transaction(() => {
    for (const r of rows)
      insertCase.run(
        r.id,
        r.kind,
        r.kind === 'legal_opinion' ? null : `2025-${r.id}`,
        `기록 ${r.id}`,
        r.parent,
        r.filed,
        r.result,
        r.decided,
        r.closed,
        r.claim,
        r.opinionType,
        r.deleted,
      );
    for (const r of revisions) {
      const ordinance = insertOrdinance.run(`규정 ${r.id}`, r.type, r.ordinanceDeleted ? '2025-01-01T00:00:00Z' : null);
      const inserted = insertRevision.run(ordinance.lastInsertRowid, r.kind, r.promulgated, r.notice);
      revisionIdOf.set(r.id, Number(inserted.lastInsertRowid));
    }
  })();
  await ok<EducationSession>(
    dispatch('education:add', { heldOn: '2025-04-10', course: '행정소송 실무', attendees: 87 }),
  );
  await ok<EducationSession>(dispatch('education:add', { heldOn: '2024-12-31', course: '전년도', attendees: 10 }));
  await ok<EducationSession>(dispatch('education:add', { heldOn: AS_OF, course: '행정절차법', attendees: 25 }));
  report = await ok<YearReport>(dispatch('reports:compute', { asOf: AS_OF }));
});

afterAll(async () => {
  await database?.close();
  temp?.cleanup();
});

describe('reports:compute over a generated database', () => {
  it('defaults the period to January 1 of the 기준일’s year', () => {
    expect([report.from, report.asOf]).toEqual([FROM, AS_OF]);
  });

  it('counts 송무 건, open, closed, families and kinds as the records say', () => {
    expect(counted.length).toBeGreaterThan(50); // the seed gives a meaningful set
    expect(report.litigation.total).toBe(counted.length);
    expect(report.litigation.open).toBe(counted.filter(isOpen).length);
    expect(report.litigation.closed).toBe(closedIn.length);
    expect(report.litigation.new).toBe(counted.filter((r) => (r.filed ?? '') >= FROM).length);
    expect(report.litigation.families).toBe(new Set(counted.map((r) => rootOf(r.id))).size);
    for (const [kind, label] of Object.entries(LABEL))
      expect(report.litigation.byKind[label as '행정소송']).toBe(counted.filter((r) => r.kind === kind).length);
    expect(report.litigation.claimAmount.total).toBe(counted.reduce((a, r) => a + (r.claim ?? 0), 0));
  });

  it('counts results and the 승소율', () => {
    for (const o of ['승소', '패소', '일부승소', '각하', '취하', '화해'] as const)
      expect(report.results[o]).toBe(closedIn.filter((r) => outcome(r) === o).length);
    const won = closedIn.filter((r) => outcome(r) === '승소').length;
    const denominator = closedIn.filter((r) => ['승소', '패소', '일부승소'].includes(outcome(r) ?? '')).length;
    expect(report.winRate).toBe(denominator === 0 ? null : won / denominator);
  });

  it('counts 자문, 자치법규 and 교육', () => {
    expect(report.opinions.total).toBe(opinions.length);
    expect(report.opinions.external).toBe(opinions.filter((r) => r.opinionType === 'external').length);
    expect(report.opinions.internal).toBe(opinions.filter((r) => r.opinionType === 'internal').length);
    const replies = opinions
      .filter((r) => r.decided !== null && r.decided <= AS_OF)
      .map((r) => (Date.parse(r.decided ?? '') - Date.parse(r.filed ?? '')) / 86_400_000);
    const avg = replies.length ? Math.round((replies.reduce((a, b) => a + b, 0) / replies.length) * 10) / 10 : null;
    expect(report.opinions.averageReplyDays).toBe(avg);
    expect(report.legislation.total).toBe(revisionsIn.length);
    for (const type of ['조례', '규칙', '훈령', '예규'])
      expect(report.legislation.byType[type]).toBe(revisionsIn.filter((r) => r.type === type).length);
    expect(report.education).toEqual({ sessions: 2, attendees: 112 });
  });
});

describe('reports:records', () => {
  const list = (key: string, from?: string) =>
    ok<RecordList>(dispatch('reports:records', { asOf: AS_OF, key, ...(from ? { from } : {}) }));

  it('lists exactly the records behind a figure', async () => {
    const open = await list('litigation.open');
    expect(open.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(ids(counted.filter(isOpen)));
    expect(open.title).toBe('진행 중인 송무 건');
    expect(open.columns.slice(0, 4)).toEqual(['번호', '구분', '사건번호', '사건명']);
    const civil = await list('litigation.kind.민사소송');
    expect(civil.rows.map((r) => r.id)).toEqual(ids(counted.filter((r) => r.kind === 'civil_suit')));
    const won = await list('results.승소');
    expect(won.rows.map((r) => r.id)).toEqual(ids(closedIn.filter((r) => outcome(r) === '승소')));
    expect(won.rows.every((r) => r.cells[8]?.startsWith('승소'))).toBe(true);
    const laws = await list('legislation.type.조례');
    expect(laws.rows.map((r) => r.id)).toEqual(
      revisionsIn
        .filter((r) => r.type === '조례')
        .map((r) => revisionIdOf.get(r.id))
        .sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    expect((await list('education.total')).rows.map((r) => r.cells[2])).toEqual(['행정소송 실무', '행정절차법']);
  });

  it('marks an appeal with the 1심 of its family', async () => {
    const appeal = counted.find((r) => r.parent !== null);
    expect(appeal).toBeDefined();
    const all = await list('litigation.total');
    const row = all.rows.find((r) => r.id === appeal?.id);
    expect(row?.cells[10]).toBe(`2025-${rootOf(appeal?.id ?? 0)}의 상급심`);
  });

  it('rejects a period that ends before it starts, in Korean', async () => {
    const result = await dispatch('reports:compute', { asOf: '2025-01-01', from: '2025-02-01' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('시작일은 기준일과 같거나 그 앞이어야 합니다.');
    const bad = await dispatch('reports:compute', { asOf: '2025-02-30' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('기준일은 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요.');
  });
});

describe('education', () => {
  it('adds, lists and removes sessions, with Korean messages for bad input', async () => {
    const list = await ok<EducationSession[]>(dispatch('education:list', {}));
    expect(list.map((s) => s.course)).toEqual(['행정절차법', '행정소송 실무', '전년도']);
    const bad = await dispatch('education:add', { heldOn: '2025-01-01', course: ' ', attendees: -1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error.fields).toMatchObject({
        course: '과정명을 입력하세요.',
        attendees: '인원은 0명 이상이어야 합니다.',
      });
    const last = list.at(-1);
    await ok(dispatch('education:remove', { id: last?.id }));
    expect(await ok<EducationSession[]>(dispatch('education:list', {}))).toHaveLength(2);
    const again = await dispatch('education:remove', { id: last?.id });
    expect(again.ok).toBe(false);
  });
});
