import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { CaseRecord } from '../../shared/cases/case-schema.ts';
import type { CaseDetail, EventAdded } from '../../shared/cases/case-views.ts';
import type { HolidayChangeResult, HolidayYear } from '../../shared/contracts/holidays.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { testContext } from '../helpers/handler-context.ts';
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

describe('공휴일 as data', () => {
  it('lists a year with official data, and computes a later year provisionally', async () => {
    const y2024 = await ok<HolidayYear>(dispatch('holidays:year', { year: 2024 }));
    expect(y2024.status).toBe('official');
    expect(y2024.holidays.filter((h) => h.name.startsWith('추석')).map((h) => h.date)).toEqual([
      '2024-09-16',
      '2024-09-17',
      '2024-09-18',
    ]);
    const y2030 = await ok<HolidayYear>(dispatch('holidays:year', { year: 2030 }));
    expect(y2030.status).toBe('provisional');
    expect(y2030.holidays.every((h) => h.source === 'provisional')).toBe(true);
  });

  it('a newly declared 임시공휴일 moves the open deadlines it touches, and removing it moves them back', async () => {
    const created = await ok<CaseRecord>(
      dispatch('cases:create', { kind: 'civil_suit', caseNumber: '2024가단5678', title: '손해배상(기)' }),
    );
    const added = await ok<EventAdded>(
      dispatch('events:add', { caseId: created.id, kind: 'judgment-served-first-instance', date: '2024-09-13' }),
    );
    const id = added.deadlines[0]?.id;
    expect(added.deadlines[0]?.dueOn).toBe('2024-09-27');

    const declared = await ok<HolidayChangeResult>(
      dispatch('holidays:add', { date: '2024-09-27', name: '임시공휴일' }),
    );
    // 09-27 (Fri) is now off, then Saturday and Sunday: the period ends Monday 09-30.
    expect(declared.changes).toEqual([{ deadlineId: id, title: '항소장 제출', from: '2024-09-27', to: '2024-09-30' }]);
    const detail = await ok<CaseDetail>(dispatch('cases:get', { id: created.id }));
    expect(detail.deadlines[0]?.explanation).toContain('2024-09-27 임시공휴일');
    expect(detail.history[0]?.changes).toEqual({
      dueOn: ['2024-09-27', '2024-09-30'],
      reason: [null, '공휴일 추가: 2024-09-27 임시공휴일'],
    });

    const removed = await ok<HolidayChangeResult>(
      dispatch('holidays:remove', { date: '2024-09-27', name: '임시공휴일' }),
    );
    expect(removed.changes).toEqual([{ deadlineId: id, title: '항소장 제출', from: '2024-09-30', to: '2024-09-27' }]);
  });

  it('refuses duplicates, official removals and bad dates in Korean, changing nothing', async () => {
    await ok(dispatch('holidays:add', { date: '2025-06-02', name: '임시공휴일' }));
    expect(await dispatch('holidays:add', { date: '2025-06-02', name: '임시공휴일' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '이미 등록된 공휴일입니다: 2025-06-02 임시공휴일' },
    });
    expect(await dispatch('holidays:remove', { date: '2024-10-03', name: '개천절' })).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: '사용자가 추가한 공휴일만 지울 수 있습니다. 공식 공휴일은 지울 수 없습니다.',
      },
    });
    expect(await dispatch('holidays:add', { date: '2025-02-30', name: '임시' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { date: '날짜는 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요.' } },
    });
    const users = database.sqlite.prepare("SELECT date, name FROM holidays WHERE source = 'user'").all();
    expect(users).toEqual([{ date: '2025-06-02', name: '임시공휴일' }]);
  });
});
