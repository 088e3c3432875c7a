// The yearly report at scale (issue 8): 100,000 cases — 심급 families, results, 자문 with replies, lawyers — and
// 2,000 자치법규 revisions, generated into a temp SQLite file; `reports:compute` and one `reports:records` list are
// timed through the real dispatcher. Target: the report in under 1 s. `BENCH_CASES=20000` for a quicker run;
// `node --import tsx scripts/bench/reports.ts` runs it alone.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../electron/db/open.ts';
import { migrate } from '../../electron/db/migrate.ts';
import { migrations } from '../../electron/db/migrations/index.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { YearReport } from '../../shared/reports/report-types.ts';
import { testContext } from '../../test/helpers/handler-context.ts';
import { makeTempDir } from '../../test/helpers/temp-dir.ts';
import { formatRows } from './measure.ts';
import type { BenchRow, BenchSuite } from './suite.ts';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
const REVISIONS = 2_000;
const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 15));
const AS_OF = '2025-10-31';
const TARGET_MS = 1_000;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (base: string, days: number) =>
  new Date(Date.parse(`${base}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const SUIT_KINDS = [
  ['administrative_suit', 0.3, '구합'],
  ['civil_suit', 0.3, '가단'],
  ['administrative_appeal', 0.3, ''],
  ['constitutional_suit', 0.06, '헌마'],
  ['family_suit', 0.04, '드단'],
] as const;
const LAWSUIT_RESULTS = ['승소', '승소', '승소', '패소', '일부승소', '각하', '취하', '화해'];
const APPEAL_RESULTS = ['기각', '기각', '인용', '일부인용', '각하', '취하'];

/**
 * Writes the cases with prepared statements in one transaction into a v2 database, then migrates (search index,
 * ordinances, education), then adds the revisions: the same path as a user upgrading, and fast.
 */
export function generate(path: string): { seconds: number } {
  const start = performance.now();
  const rnd = mulberry32(20251031);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  migrate(
    sqlite,
    migrations.filter((m) => m.version <= 2),
  );
  const insertCase = sqlite.prepare(`INSERT INTO cases (id, kind, case_number, title, created_at, updated_at, instance,
      parent_case_id, ward_side, claim_amount, filed_on, result, decided_on, closed_on, opinion_type, deleted_at)
    VALUES (@id, @kind, @number, @title, '2015-01-01T00:00:00Z', '2015-01-01T00:00:00Z', @instance, @parent,
      @wardSide, @claim, @filed, @result, @decided, @closed, @opinionType, @deleted)`);
  const insertPerson = sqlite.prepare(
    "INSERT INTO people (kind, name, organization, created_at) VALUES ('lawyer', ?, ?, '2015-01-01T00:00:00Z')",
  );
  const link = sqlite.prepare('INSERT INTO case_people (case_id, person_id, role) VALUES (?, ?, ?)');
  sqlite.transaction(() => {
    const lawyers = Array.from({ length: 40 }, (_, i) =>
      Number(insertPerson.run(`변호사${i + 1}`, `법무법인 ${i % 5}`).lastInsertRowid),
    );
    let id = 0;
    while (id < CASES) {
      const filed = day('2015-01-01', Math.floor(rnd() * 4_000)); // 2015 – 2025-12
      if (rnd() < 0.35) {
        id++;
        const replyDays = 1 + Math.floor(rnd() * 20);
        const replied = rnd() < 0.9;
        const external = rnd() < 0.6;
        insertCase.run({
          id,
          kind: 'legal_opinion',
          number: null,
          title: `자문 ${id}`,
          instance: null,
          parent: null,
          wardSide: null,
          claim: null,
          filed,
          result: replied ? '회신' : null,
          decided: replied ? day(filed, replyDays) : null,
          closed: null,
          opinionType: external ? 'external' : 'internal',
          deleted: rnd() < 0.01 ? '2025-01-01T00:00:00Z' : null,
        });
        if (external) link.run(id, pick(lawyers), 'advisor');
        continue;
      }
      const r = rnd();
      let acc = 0;
      const [kind, , mark] = SUIT_KINDS.find(([, share]) => (acc += share) > r) ?? SUIT_KINDS[0];
      const appeal = kind === 'administrative_appeal';
      // A family: 1심, and sometimes 2심 and 3심 filed after the previous one was decided.
      let parent: number | null = null;
      let filedOn = filed;
      const instances = appeal ? 1 : rnd() < 0.3 ? (rnd() < 0.3 ? 3 : 2) : 1;
      const claim = kind === 'civil_suit' ? Math.floor(rnd() * 500) * 1_000_000 : null;
      for (let instance = 1; instance <= instances && id < CASES; instance++) {
        id++;
        const decided = rnd() < 0.85 ? day(filedOn, 60 + Math.floor(rnd() * 400)) : null;
        insertCase.run({
          id,
          kind,
          number: appeal ? `${filedOn.slice(0, 4)}-${id}` : `${filedOn.slice(0, 4)}${mark}${id}`,
          title: `사건 ${id}`,
          instance: appeal ? null : instance,
          parent,
          wardSide: appeal ? 'respondent' : rnd() < 0.8 ? 'defendant' : 'plaintiff',
          claim,
          filed: filedOn,
          result: decided ? pick(appeal ? APPEAL_RESULTS : LAWSUIT_RESULTS) : null,
          decided,
          closed: decided && rnd() < 0.5 ? day(decided, 14) : null,
          opinionType: null,
          deleted: rnd() < 0.01 ? '2025-01-01T00:00:00Z' : null,
        });
        if (rnd() < 0.5) link.run(id, pick(lawyers), 'attorney');
        parent = id;
        if (!decided) break;
        filedOn = day(decided, 20);
      }
    }
  })();
  migrate(sqlite, migrations);
  const insertOrdinance = sqlite.prepare(
    "INSERT INTO ordinances (name, type, created_at, updated_at) VALUES (?, ?, '2015-01-01T00:00:00Z', '2015-01-01T00:00:00Z')",
  );
  const insertRevision = sqlite.prepare(`INSERT INTO ordinance_revisions (ordinance_id, revision_kind, promulgated_on,
      notice_started_on, body, created_at) VALUES (?, ?, ?, ?, '', '2015-01-01T00:00:00Z')`);
  sqlite.transaction(() => {
    const ordinances = Array.from({ length: 400 }, (_, i) =>
      Number(
        insertOrdinance.run(`서울특별시 ○○구 조례 ${i + 1}`, pick(['조례', '조례', '규칙', '훈령'])).lastInsertRowid,
      ),
    );
    for (let i = 0; i < REVISIONS; i++) {
      const promulgated = day('2015-01-01', Math.floor(rnd() * 4_000));
      insertRevision.run(
        pick(ordinances),
        pick(['제정', '일부개정', '일부개정', '일부개정', '전부개정', '폐지']),
        promulgated,
        rnd() < 0.8 ? day(promulgated, -(20 + Math.floor(rnd() * 60))) : null,
      );
    }
  })();
  sqlite.close();
  return { seconds: (performance.now() - start) / 1000 };
}

async function timed(dispatch: Dispatch, channel: string, input: unknown, runs: number) {
  const samples: number[] = [];
  let last: unknown;
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const result = await dispatch(channel, input);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    last = result.value;
    if (i >= 2) samples.push(ms); // two warm-up calls
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? 0;
  return { median: at(0.5), p95: at(0.95), value: last };
}

export const reportsSuite: BenchSuite = {
  name: `reports (${CASES.toLocaleString('en-US')} cases, ${REVISIONS.toLocaleString('en-US')} revisions)`,
  async run(): Promise<BenchRow[]> {
    const temp = makeTempDir('lexdesk-bench-reports-');
    try {
      const file = join(temp.dir, 'lexdesk.sqlite3');
      const { seconds } = generate(file);
      const database = await openDatabase(file);
      try {
        const dispatch = createDispatcher(testContext(database));
        const compute = await timed(dispatch, 'reports:compute', { asOf: AS_OF }, RUNS);
        const report = compute.value as YearReport;
        const records = await timed(dispatch, 'reports:records', { asOf: AS_OF, key: 'litigation.total' }, RUNS);
        const note = `송무 건 ${report.litigation.total}, 자문 ${report.opinions.total}, 제·개정 ${report.legislation.total}`;
        return [
          { label: 'generate (one transaction + migrations)', value: seconds * 1000, unit: 'ms' },
          {
            label: `reports:compute · median of ${RUNS}`,
            value: compute.median,
            unit: 'ms',
            target: `< ${TARGET_MS} ms`,
            ok: compute.median < TARGET_MS,
            note,
          },
          {
            label: 'reports:compute · p95',
            value: compute.p95,
            unit: 'ms',
            target: `< ${TARGET_MS} ms`,
            ok: compute.p95 < TARGET_MS,
          },
          {
            label: `reports:records (송무 건 전체) · median`,
            value: records.median,
            unit: 'ms',
            target: `< ${TARGET_MS} ms`,
            ok: records.median < TARGET_MS,
          },
        ];
      } finally {
        await database.close();
      }
    } finally {
      temp.cleanup();
    }
  },
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatRows(reportsSuite.name, await reportsSuite.run()));
}
