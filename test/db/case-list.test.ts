import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { CaseRecord } from '../../shared/cases/case-schema.ts';
import type { CasePage } from '../../shared/contracts/case-list.ts';
import { testContext } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { ok } from '../helpers/dispatch.ts';

let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
beforeEach(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  dispatch = createDispatcher(testContext(database));
});
afterEach(async () => {
  await database.close();
  temp.cleanup();
});

const page = (input: Record<string, unknown>) => ok<CasePage>(dispatch('cases:page', input));
const numbers = (p: CasePage) => p.rows.map((r) => r.caseNumber);

/** Six cases, created one second apart (the test clock ticks): 2024구합1 oldest … 2024구합6 newest. */
async function seed(): Promise<CaseRecord[]> {
  const created: CaseRecord[] = [];
  for (let i = 1; i <= 6; i++) {
    created.push(
      await ok<CaseRecord>(
        dispatch('cases:create', {
          kind: i % 3 === 0 ? 'civil_suit' : 'administrative_suit',
          caseNumber: i % 3 === 0 ? `2024가단${i}` : `2024구합${i}`,
          title: `사건 ${i}`,
          court: '서울행정법원',
          department: i % 2 === 0 ? '건축과' : '주택과',
          // 1 and 2 are decided (closed); 3 is closed by 종결일 alone.
          result: i <= 2 ? '승소' : null,
          decidedOn: i <= 2 ? '2025-01-10' : null,
          closedOn: i === 3 ? '2025-02-01' : null,
        }),
      ),
    );
  }
  return created;
}

describe('cases:page', () => {
  it('lists live cases newest first, one page at a time, with the total', async () => {
    const cases = await seed();
    await ok(dispatch('cases:delete', { id: cases[4]?.id }));
    const first = await page({ offset: 0, limit: 2 });
    expect(numbers(first)).toEqual(['2024가단6', '2024구합4']);
    expect(first.total).toBe(5);
    expect(numbers(await page({ offset: 2, limit: 2 }))).toEqual(['2024가단3', '2024구합2']);
    expect(numbers(await page({ offset: 4, limit: 2 }))).toEqual(['2024구합1']);
    expect((await page({ offset: 10, limit: 2 })).rows).toEqual([]);
    expect(first.rows[0]).toMatchObject({
      kind: 'civil_suit',
      title: '사건 6',
      department: '건축과',
      court: '서울행정법원',
    });
    // Defaults: the first 50.
    expect((await page({})).rows).toHaveLength(5);
  });

  it('breaks ties of the same 등록 time by id, newest first', async () => {
    await seed();
    database.sqlite.prepare("UPDATE cases SET created_at = '2026-01-01T00:00:00.000Z'").run();
    expect(numbers(await page({ offset: 0, limit: 3 }))).toEqual(['2024가단6', '2024구합5', '2024구합4']);
  });

  it('filters by 구분, 담당부서 and 진행 상태, alone and together', async () => {
    await seed();
    const civil = await page({ offset: 0, limit: 50, kind: 'civil_suit' });
    expect(numbers(civil)).toEqual(['2024가단6', '2024가단3']);
    expect(civil.total).toBe(2);
    const building = await page({ offset: 0, limit: 50, department: '건축과' });
    expect(numbers(building)).toEqual(['2024가단6', '2024구합4', '2024구합2']);
    const open = await page({ offset: 0, limit: 50, status: 'open' });
    expect(numbers(open)).toEqual(['2024가단6', '2024구합5', '2024구합4']);
    expect(open.total).toBe(3);
    const closed = await page({ offset: 0, limit: 50, status: 'closed' });
    expect(numbers(closed)).toEqual(['2024가단3', '2024구합2', '2024구합1']);
    expect(closed.total).toBe(3);
    const both = await page({ offset: 0, limit: 1, department: '건축과', status: 'closed' });
    expect(numbers(both)).toEqual(['2024구합2']);
    expect(both.total).toBe(1);
    const none = await page({ offset: 0, limit: 50, kind: 'legal_opinion', department: '건축과' });
    expect(none).toEqual({ rows: [], total: 0 });
  });

  it('refuses bad input with Korean messages', async () => {
    const tooMany = await dispatch('cases:page', { offset: 0, limit: 201 });
    expect(tooMany).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: '입력값을 확인하세요: 한 쪽에는 200건까지 볼 수 있습니다.',
        fields: { limit: '한 쪽에는 200건까지 볼 수 있습니다.' },
      },
    });
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ offset: -1 }, { offset: '시작 위치는 0 이상이어야 합니다.' }],
      [{ offset: 1.5 }, { offset: '시작 위치는 정수로 지정하세요.' }],
      [{ limit: 0 }, { limit: '한 쪽의 건수는 1 이상이어야 합니다.' }],
      [{ limit: '50' }, { limit: '한 쪽의 건수는 숫자로 지정하세요.' }],
      [{ kind: 'criminal' }, { kind: '구분을 목록에서 고르세요.' }],
      [{ status: 'pending' }, { status: '진행 상태는 진행 중 또는 종결 중에서 고르세요.' }],
      [{ department: ' ' }, { department: '담당부서를 입력하세요.' }],
    ];
    for (const [input, fields] of cases) {
      const result = await dispatch('cases:page', input);
      expect(result.ok ? null : result.error.fields, JSON.stringify(input)).toEqual(fields);
    }
  });
});
