// Cases at scale (issue 6): 100,000 cases / 500,000 events generated into a temp SQLite file, then the dashboard,
// search and a list page of 50 measured through the real dispatcher and repositories — what users get. Targets:
// dashboard ≤ 50 ms, search ≤ 100 ms, list page ≤ 30 ms, from indexes (no caches). Baselines: a naive
// LIKE '%term%' scan of the same text for search; `cases:list` (every case) and an unindexed LIMIT/OFFSET for
// the list. `BENCH_CASES=20000` for a quicker run; `node --import tsx scripts/bench/cases.ts` runs it alone.
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, type LogEvent } from 'kysely';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../electron/db/open.ts';
import { migrate } from '../../electron/db/migrate.ts';
import { migrations } from '../../electron/db/migrations/index.ts';
import type { Database } from '../../electron/db/schema.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import { fakeDesktop, testContext } from '../../test/helpers/handler-context.ts';
import { makeTempDir } from '../../test/helpers/temp-dir.ts';
import { formatRows } from './measure.ts';
import type { BenchRow, BenchSuite } from './suite.ts';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const EVENTS_PER_CASE = 5;
const RUNS = Math.max(20, Number(process.env.BENCH_RUNS ?? 20));
const TODAY = '2026-03-02';
const TARGET = { dashboard: 50, search: 100, page: 30 };

// ---------------------------------------------------------------- deterministic data

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허남심노하곽성차주우구민유나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부황보'.split(
    '',
  );
const GIVEN = '민서준지현수영하은도윤우진성예원호연유정태경재주희승상동혜미나동훈석철용'.split('');
const DEPARTMENTS = [
  '건축과',
  '주택과',
  '도시계획과',
  '교통행정과',
  '주차관리과',
  '청소행정과',
  '환경과',
  '공원녹지과',
  '세무1과',
  '세무2과',
  '재산관리과',
  '보건위생과',
  '식품위생과',
  '복지정책과',
  '일자리경제과',
  '문화체육과',
  '교육지원과',
  '안전총괄과',
  '치수과',
  '도로과',
  '부동산정보과',
  '민원여권과',
  '감사담당관',
  '기획예산과',
  '총무과',
  '자치행정과',
  '가족정책과',
  '어르신복지과',
  '건설관리과',
  '정보통신과',
];
const DISPOSITIONS = [
  '건축허가취소처분',
  '영업정지처분',
  '과징금부과처분',
  '정보공개거부처분',
  '변상금부과처분',
  '도로점용허가거부처분',
  '이행강제금부과처분',
  '주차위반과태료부과처분',
  '건축물철거명령',
  '개발행위불허가처분',
  '식품위생법위반영업정지처분',
  '사업계획승인취소처분',
  '재산세부과처분',
  '노점철거계고처분',
  '옥외광고물철거명령',
  '위생업소폐쇄명령',
];
const CIVIL_TITLES = [
  '손해배상(기)',
  '부당이득금',
  '건물명도',
  '소유권이전등기',
  '구상금',
  '공사대금',
  '임대차보증금반환',
];
const OPINION_TOPICS = [
  '도로점용허가 갱신 가능 여부',
  '공유재산 무상사용 허가 범위',
  '보조금 환수 절차',
  '위탁계약 해지 요건',
  '조례 개정안의 상위법 위반 여부',
  '민간위탁 재계약 시 공개모집 필요성',
  '주민감사청구 처리 기한',
  '행정대집행 비용 징수 방법',
];
const MEMOS = [
  '원고 측 준비서면 검토 후 보완 필요',
  '담당부서 의견서 회신 지연, 독촉 요망',
  '고문변호사와 화해 가능성 협의',
  '유사 사건 판결 확인할 것',
  '현장 사진 추가 확보 예정',
  '감정신청 여부 검토 중',
  '소송비용 회수 절차 진행 예정',
];
const EVENT_PLAN = [
  ['complaint-served', '소장 부본 송달', null],
  ['hearing', '변론기일', '제203호 법정'],
  ['filing', '답변서', null],
  ['hearing', '변론기일', '제307호 법정'],
  ['filing', '준비서면', null],
  ['sentencing-hearing', '선고기일', '제203호 법정'],
  ['judgment-served-first-instance', '판결 송달', null],
  ['other', '현장검증', '현장'],
] as const;
const COURTS = {
  구합: '서울행정법원',
  구단: '서울행정법원',
  누: '서울고등법원',
  두: '대법원',
  가단: '서울서부지방법원',
  나: '서울서부지방법원',
  다: '대법원',
  헌마: '헌법재판소',
} as const;

function isoDay(base: string, days: number): string {
  return new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Writes the data with plain prepared statements in one transaction into a v2 database; migration 003 then
 * builds the search index from it, exactly as it will for users upgrading (and far faster than per-row triggers). */
export function generate(path: string): { counts: Record<string, number>; seconds: number } {
  const start = performance.now();
  const rnd = mulberry32(20260302);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  migrate(
    sqlite,
    migrations.filter((m) => m.version <= 2),
  );
  const ins = {
    person: sqlite.prepare(
      "INSERT INTO people (kind, name, organization, created_at) VALUES (?, ?, ?, '2006-01-01T00:00:00Z')",
    ),
    case: sqlite.prepare(`INSERT INTO cases (id, kind, case_number, title, court, department, created_at, updated_at,
        instance, ward_side, filed_on, result, decided_on, closed_on, question, answer, memo, deleted_at)
      VALUES (@id, @kind, @number, @title, @court, @department, @created, @created,
        @instance, @wardSide, @filed, @result, @decided, @closed, @question, @answer, @memo, @deleted)`),
    party: sqlite.prepare('INSERT INTO parties (case_id, side, name, is_ward, position) VALUES (?, ?, ?, ?, ?)'),
    link: sqlite.prepare('INSERT OR IGNORE INTO case_people (case_id, person_id, role) VALUES (?, ?, ?)'),
    event:
      sqlite.prepare(`INSERT INTO events (case_id, kind, subtype, occurred_on, time, place, memo, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, '2006-01-01T00:00:00Z', '2006-01-01T00:00:00Z')`),
    deadline:
      sqlite.prepare(`INSERT INTO deadlines (case_id, event_id, rule_id, title, due_on, assignee, done_at, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, '2006-01-01T00:00:00Z', '2006-01-01T00:00:00Z')`),
    attachment: sqlite.prepare(`INSERT INTO attachments (case_id, original_name, stored_name, sha256, size, added_at)
      VALUES (?, ?, ?, 'x', 1000, '2006-01-01T00:00:00Z')`),
  };
  const counts = { cases: 0, deleted: 0, parties: 0, events: 0, openDeadlines: 0, deadlines: 0, attachments: 0 };
  // Surnames weighted roughly as in Korea (김 ≈ 21 %, 이 ≈ 15 %, 박 ≈ 8 % …), the rest uniform.
  const surname = () => {
    const r = rnd();
    return r < 0.21 ? '김' : r < 0.36 ? '이' : r < 0.44 ? '박' : r < 0.49 ? '최' : r < 0.53 ? '정' : pick(SURNAMES);
  };
  const personName = () => surname() + pick(GIVEN) + pick(GIVEN);
  sqlite.transaction(() => {
    const officials: number[] = [];
    const lawyers: number[] = [];
    for (let i = 0; i < 200; i++)
      officials.push(
        Number(ins.person.run('official', personName(), DEPARTMENTS[i % DEPARTMENTS.length]).lastInsertRowid),
      );
    for (let i = 0; i < 60; i++)
      lawyers.push(
        Number(
          ins.person.run('lawyer', personName(), `법무법인 ${pick(['한결', '태평', '바른길', '누리', '새솔'])}`)
            .lastInsertRowid,
        ),
      );
    const serials = new Map<string, number>();
    const firstDay = Date.parse('2006-01-02T00:00:00Z');
    const span = Date.parse(`${TODAY}T00:00:00Z`) - firstDay;
    let openDeadlinesLeft = 150_000 * (CASES / 100_000);
    for (let id = 1; id <= CASES; id++) {
      const created = new Date(firstDay + Math.floor((span * (id - 1)) / CASES) + Math.floor(rnd() * 3_600_000));
      const createdIso = created.toISOString();
      const filed = createdIso.slice(0, 10);
      const year = created.getUTCFullYear();
      const r = rnd();
      const kind =
        r < 0.45
          ? 'administrative_suit'
          : r < 0.68
            ? 'civil_suit'
            : r < 0.7
              ? 'constitutional_suit'
              : r < 0.85
                ? 'administrative_appeal'
                : 'legal_opinion';
      const department = pick(DEPARTMENTS);
      let number: string | null = null;
      let court: string | null = null;
      let title: string;
      if (kind === 'administrative_suit' || kind === 'civil_suit' || kind === 'constitutional_suit') {
        const code =
          kind === 'administrative_suit'
            ? pick(['구합', '구합', '구단', '누', '두'] as const)
            : kind === 'civil_suit'
              ? pick(['가단', '나', '다'] as const)
              : '헌마';
        const key = `${year}${code}`;
        const serial = (serials.get(key) ?? Math.floor(rnd() * 100)) + 1 + Math.floor(rnd() * 3);
        serials.set(key, serial);
        number = `${key}${serial}`;
        court = COURTS[code];
        title =
          kind === 'administrative_suit'
            ? `${pick(DISPOSITIONS)} ${pick(['취소', '취소', '무효확인'])}`
            : kind === 'civil_suit'
              ? pick(CIVIL_TITLES)
              : `${pick(DISPOSITIONS)} 위헌확인`;
      } else if (kind === 'administrative_appeal') {
        const key = `${year}-`;
        const serial = (serials.get(key) ?? 0) + 1;
        serials.set(key, serial);
        number = `${key}${serial}`;
        court = pick(['서울특별시행정심판위원회', '중앙행정심판위원회']);
        title = `${pick(DISPOSITIONS)} 취소청구`;
      } else {
        title = pick(OPINION_TOPICS);
      }
      const open = created.getTime() > Date.parse('2024-06-01T00:00:00Z') || rnd() < 0.03;
      const deleted = rnd() < 0.01;
      // Planted rarities so the bench can ask for a term with a handful of hits.
      const rare = id % 20_000 === 7;
      ins.case.run({
        id,
        kind,
        number,
        title,
        court,
        department,
        created: createdIso,
        instance: kind.endsWith('_suit') ? 1 : null,
        wardSide: kind === 'legal_opinion' ? null : 'defendant',
        filed,
        result: open ? null : pick(['승소', '패소', '일부승소', '각하', '취하']),
        decided: open ? null : isoDay(filed, 200),
        closed: open ? null : isoDay(filed, 260),
        question: kind === 'legal_opinion' ? `${title}에 관하여 ${department}에서 질의함` : null,
        answer: kind === 'legal_opinion' && !open ? '관계 법령상 가능하다고 판단됨' : null,
        memo: rare ? '벚꽃축제 관련 민원 병합 검토' : rnd() < 0.3 ? pick(MEMOS) : null,
        deleted: deleted ? createdIso : null,
      });
      counts.cases++;
      if (deleted) counts.deleted++;
      if (kind !== 'legal_opinion') {
        const plaintiffs = rnd() < 0.2 ? 2 : 1;
        for (let p = 0; p < plaintiffs; p++) {
          ins.party.run(id, '원고', rare && p === 0 ? '남궁별' : personName(), 0, p);
          counts.parties++;
        }
        ins.party.run(id, '피고', '서울특별시 마포구청장', 1, plaintiffs);
        counts.parties++;
      }
      ins.link.run(id, pick(officials), kind === 'legal_opinion' ? 'advisor' : 'performer');
      if (rnd() < 0.5) ins.link.run(id, pick(lawyers), kind === 'legal_opinion' ? 'advisor' : 'attorney');
      // Exactly EVENTS_PER_CASE on average: 3–7 per case, alternating around the mean.
      const nEvents = EVENTS_PER_CASE + (id % 2 === 0 ? 1 : -1) * Math.floor(rnd() * 3);
      let day = 0;
      for (let e = 0; e < nEvents; e++) {
        const plan = EVENT_PLAN[e % EVENT_PLAN.length] ?? EVENT_PLAN[0];
        day += 10 + Math.floor(rnd() * 40);
        const on = isoDay(filed, day);
        const eventId = Number(
          ins.event.run(
            id,
            plan[0],
            plan[1],
            on,
            plan[2] ? '14:00' : null,
            plan[2] && court ? `${court} ${plan[2]}` : plan[2],
            rnd() < 0.1 ? pick(MEMOS) : null,
          ).lastInsertRowid,
        );
        counts.events++;
        // Deadlines: closed cases' are done; open ones stay open (≈150k), a few of them due around today.
        if (e % 2 === 0) {
          // Closed cases keep some open follow-ups too (소송비용 회수, 판결금 지급 …).
          const isOpen = (open || rnd() < 0.45) && openDeadlinesLeft > 0;
          const near = rnd();
          const due = isOpen
            ? near < 0.005
              ? isoDay(TODAY, -1 - Math.floor(rnd() * 30))
              : near < 0.015
                ? isoDay(TODAY, Math.floor(rnd() * 31))
                : isoDay(TODAY, 31 + Math.floor(rnd() * 900))
            : isoDay(on, 14);
          ins.deadline.run(
            id,
            eventId,
            null,
            `${plan[1]} 후속 기한`,
            due,
            rnd() < 0.5 ? null : `담당 ${surname()}주무관`,
            isOpen ? null : `${due}T09:00:00Z`,
          );
          counts.deadlines++;
          if (isOpen) {
            counts.openDeadlines++;
            openDeadlinesLeft--;
          }
        }
      }
      if (rnd() < 0.5) {
        ins.attachment.run(
          id,
          `${number ?? title}_${pick(['답변서', '준비서면', '판결문', '의견서'])}.${pick(['hwp', 'pdf'])}`,
          `f${id}`,
        );
        counts.attachments++;
      }
    }
  })();
  sqlite.close();
  return { counts, seconds: (performance.now() - start) / 1000 };
}

// ---------------------------------------------------------------- measuring

interface Stats {
  median: number;
  p95: number;
}

async function sample(fn: () => Promise<unknown> | unknown, runs = RUNS): Promise<Stats> {
  for (let i = 0; i < 2; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

function row(label: string, s: Stats, target?: number, note = ''): BenchRow {
  return {
    label,
    value: s.median,
    unit: 'ms',
    ...(target === undefined ? {} : { target: `≤ ${target} ms`, ok: s.p95 <= target }),
    note: `p95 ${s.p95.toFixed(2)} ms${note ? ` · ${note}` : ''}`,
  };
}

async function call(dispatch: Dispatch, channel: string, input: unknown): Promise<unknown> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The SQL a handler really runs, captured through Kysely's log hook, with its query plan. */
async function plans(path: string, channel: string, input: unknown): Promise<string[]> {
  const sqlite = new BetterSqlite3(path, { readonly: true });
  const seen: CompiledQuery[] = [];
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event: LogEvent) => {
      seen.push(event.query);
    },
  });
  const database = { db, sqlite, path, close: () => db.destroy() };
  await call(createDispatcher(testContext(database, undefined, fakeDesktop(path))), channel, input);
  const lines = seen.map((q) => {
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as {
      detail: string;
    }[];
    const oneLine = q.sql.replace(/\s+/g, ' ').slice(0, 90);
    return `  ${oneLine}${q.sql.length > 90 ? '…' : ''}\n      → ${plan.map((p) => p.detail).join(' | ')}`;
  });
  await db.destroy();
  return lines;
}

async function run(): Promise<BenchRow[]> {
  const temp = makeTempDir('lexdesk-bench-');
  try {
    const path = join(temp.dir, 'bench.sqlite3');
    const generated = generate(path);
    const raw = new BetterSqlite3(path);
    const t003 = performance.now();
    migrate(raw); // 003: builds case_search and the FTS index from the rows above
    const backfill = (performance.now() - t003) / 1000;
    raw.pragma('optimize');
    raw.close();
    const database = await openDatabase(path);
    const dispatch = createDispatcher(testContext(database));
    const c = generated.counts;
    console.log(
      `cases bench: ${c.cases} cases (${c.deleted} deleted), ${c.parties} parties, ${c.events} events, ` +
        `${c.deadlines} deadlines (${c.openDeadlines} open), ${c.attachments} attachments — generated in ` +
        `${generated.seconds.toFixed(1)} s, migration 003 backfill ${backfill.toFixed(1)} s`,
    );
    const rows: BenchRow[] = [];

    const dash = (await call(dispatch, 'dashboard:get', { today: TODAY })) as {
      buckets: { deadlines: unknown[] }[];
      hearingsThisWeek: unknown[];
    };
    const dashNote = `${dash.buckets.reduce((n, b) => n + b.deadlines.length, 0)} deadlines, ${dash.hearingsThisWeek.length} hearings`;
    rows.push(
      row(
        'dashboard:get',
        await sample(() => call(dispatch, 'dashboard:get', { today: TODAY })),
        TARGET.dashboard,
        dashNote,
      ),
    );

    const naive = database.sqlite.prepare(`SELECT case_id FROM case_search WHERE number LIKE @p OR title LIKE @p
      OR parties LIKE @p OR people LIKE @p OR opinion LIKE @p OR memo LIKE @p OR attachments LIKE @p OR records LIKE @p`);
    const terms: [string, string][] = [
      ['김민', '2-char name, common'],
      ['궁별', '2-char name, rare'],
      ['훈', '1 char'],
      ['구합123', 'case-number fragment'],
      ['영업정지', 'title word'],
      ['벚꽃축제', 'memo word, rare'],
      ['서울행정법원', 'common'],
      ['김민 영업정지', 'two terms'],
    ];
    for (const [text, what] of terms) {
      const result = (await call(dispatch, 'search:query', { text })) as { total: number; totalCapped: boolean };
      const hits = `${result.total}${result.totalCapped ? '+' : ''} hits`;
      rows.push(
        row(
          `search:query "${text}" (${what})`,
          await sample(() => call(dispatch, 'search:query', { text })),
          TARGET.search,
          hits,
        ),
      );
      if (!text.includes(' '))
        rows.push(row(`  baseline LIKE '%${text}%' scan`, await sample(() => naive.all({ p: `%${text}%` }), 5)));
    }

    const pages: [string, Record<string, unknown>][] = [
      ['first page', { offset: 0, limit: 50 }],
      ['page 101 (offset 5000)', { offset: 5000, limit: 50 }],
      ['kind 행정소송', { offset: 0, limit: 50, kind: 'administrative_suit' }],
      ['department 건축과', { offset: 0, limit: 50, department: '건축과' }],
      ['status open', { offset: 0, limit: 50, status: 'open' }],
      ['건축과 · open', { offset: 0, limit: 50, department: '건축과', status: 'open' }],
    ];
    for (const [what, input] of pages)
      rows.push(row(`cases:page ${what}`, await sample(() => call(dispatch, 'cases:page', input)), TARGET.page));
    const unindexed = database.sqlite.prepare(
      `SELECT id, kind, case_number, title, court, department, created_at FROM cases NOT INDEXED
       WHERE deleted_at IS NULL ORDER BY created_at DESC, id DESC LIMIT 50 OFFSET 0`,
    );
    rows.push(row('  baseline LIMIT 50 without an index (NOT INDEXED)', await sample(() => unindexed.all(), 5)));
    rows.push(
      row('  baseline cases:list (every case)', await sample(() => call(dispatch, 'cases:list', undefined), 5)),
    );
    await database.close();

    console.log('query plans (EXPLAIN QUERY PLAN of the SQL the handlers ran):');
    for (const [channel, input] of [
      ['dashboard:get', { today: TODAY }],
      ['search:query', { text: '영업정지' }],
      ['search:query', { text: '김민' }],
      ['cases:page', { offset: 0, limit: 50, department: '건축과', status: 'open' }],
    ] as const) {
      console.log(` ${channel} ${JSON.stringify(input)}`);
      for (const line of await plans(path, channel, input)) console.log(line);
    }
    console.log('');
    return rows;
  } finally {
    temp.cleanup();
  }
}

export const casesSuite: BenchSuite = { name: 'cases', run };

/** For a runner that wants a plain function: runs the suite and prints its table. */
export async function runCasesBench(): Promise<void> {
  console.log(formatRows(casesSuite.name, await run()));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runCasesBench();
