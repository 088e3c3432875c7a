import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { CaseRecord } from '../../shared/cases/case-schema.ts';
import type {
  CaseDetail,
  DashboardView,
  DeadlineView,
  EventAdded,
  EventCorrected,
} from '../../shared/cases/case-views.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { testContext } from '../helpers/handler-context.ts';
import { ok } from '../helpers/dispatch.ts';

let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
let caseId: number;

beforeEach(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  dispatch = createDispatcher(testContext(database));
  const created = await ok<CaseRecord>(
    dispatch('cases:create', {
      kind: 'civil_suit',
      caseNumber: '2024가단5678',
      title: '손해배상(기)',
      court: '서울서부지방법원',
      department: '도로과',
    }),
  );
  caseId = created.id;
});
afterEach(async () => {
  await database.close();
  temp.cleanup();
});

const rows = (table: string) =>
  (database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('events start deadlines', () => {
  it('판결 송달 2024-09-13 → 항소장 제출 2024-09-27, with its explanation', async () => {
    const added = await ok<EventAdded>(
      dispatch('events:add', { caseId, kind: 'judgment-served-first-instance', date: '2024-09-13' }),
    );
    expect(added.event).toMatchObject({ occurredOn: '2024-09-13', noticeOn: null, kindName: '제1심 판결 송달' });
    expect(added.deadlines.map((d) => [d.title, d.dueOn, d.rawEnd, d.provisional])).toEqual([
      ['항소장 제출', '2024-09-27', '2024-09-27', false],
    ]);
    expect(added.deadlines[0]?.explanation).toContain('민사소송법 §396');
    expect(added.deadlines[0]?.explanation).toContain('2024-09-13');
  });

  it('전자송달: the notice date is kept and service is deemed 7 days later', async () => {
    const added = await ok<EventAdded>(
      dispatch('events:add', {
        caseId,
        kind: 'judgment-served-first-instance',
        date: '2024-09-10',
        electronicNotice: true,
      }),
    );
    expect(added.event).toMatchObject({ noticeOn: '2024-09-10', occurredOn: '2024-09-17' });
    // Deemed served 09-17 (추석 — not moved); 2주 from 09-18 ends 10-01, the 2024 국군의 날 임시공휴일 → 10-02.
    expect(added.deadlines.map((d) => [d.dueOn, d.rawEnd])).toEqual([['2024-10-02', '2024-10-01']]);
    expect(added.deadlines[0]?.explanation).toContain('2024-10-01 임시공휴일 → 2024-10-02');
  });

  it('records how a document was served; only 송달·통지 records take a 송달 방식', async () => {
    const added = await ok<EventAdded>(
      dispatch('events:add', { caseId, kind: 'complaint-served', date: '2024-09-02', serviceMethod: 'mail' }),
    );
    expect(added.event).toMatchObject({ serviceMethod: 'mail', noticeOn: null });
    expect(added.deadlines.map((d) => [d.title, d.dueOn])).toEqual([['답변서 제출', '2024-10-02']]);
    expect(
      await dispatch('events:add', { caseId, kind: 'hearing', date: '2024-09-30', serviceMethod: 'mail' }),
    ).toMatchObject({
      ok: false,
      error: { fields: { serviceMethod: '송달 방식은 송달·통지 기록에만 지정할 수 있습니다.' } },
    });
  });

  it('correcting the event date re-dates its deadlines and says what changed', async () => {
    const added = await ok<EventAdded>(
      dispatch('events:add', { caseId, kind: 'judgment-served-first-instance', date: '2024-09-13' }),
    );
    await ok(dispatch('deadlines:setDone', { id: added.deadlines[0]?.id, done: true }));
    const corrected = await ok<EventCorrected>(
      dispatch('events:update', { id: added.event.id, kind: 'judgment-served-first-instance', date: '2024-09-20' }),
    );
    expect(corrected.changes).toEqual([
      { deadlineId: added.deadlines[0]?.id, title: '항소장 제출', from: '2024-09-27', to: '2024-10-04' },
    ]);
    const detail = await ok<CaseDetail>(dispatch('cases:get', { id: caseId }));
    expect(detail.deadlines[0]).toMatchObject({ dueOn: '2024-10-04' });
    expect(detail.deadlines[0]?.doneAt).not.toBeNull(); // done state survives the correction
    expect(detail.history[0]?.changes).toMatchObject({
      occurredOn: ['2024-09-13', '2024-09-20'],
      '기한:항소장 제출': ['2024-09-27', '2024-10-04'],
    });
  });

  it('flags a deadline that reaches a year without official holiday data as 미확정', async () => {
    const added = await ok<EventAdded>(
      dispatch('events:add', { caseId, kind: 'judgment-served-first-instance', date: '2027-12-28' }),
    );
    expect(added.deadlines[0]?.provisional).toBe(true);
    expect(added.deadlines[0]?.explanation).toContain('미확정');
  });

  it('rejects bad events in Korean and writes nothing', async () => {
    const before = rows('events') + rows('deadlines') + rows('history');
    expect(
      await dispatch('events:add', { caseId, kind: 'hearing', date: '2024-09-30', electronicNotice: true }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { electronicNotice: '전자송달은 송달·통지 기록에만 지정할 수 있습니다.' },
      },
    });
    expect(
      await dispatch('events:add', { caseId, kind: 'judgment-served-first-instance', date: '2024-02-30' }),
    ).toMatchObject({
      ok: false,
      error: { fields: { date: '날짜는 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요.' } },
    });
    expect(await dispatch('events:add', { caseId, kind: 'hearing', date: '2024-09-30', time: '25:00' })).toMatchObject({
      ok: false,
      error: { fields: { time: '시각은 HH:MM 형식으로 입력하세요 (예: 14:30).' } },
    });
    expect(await dispatch('events:add', { caseId: 999, kind: 'hearing', date: '2024-09-30' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(rows('events') + rows('deadlines') + rows('history')).toBe(before);
  });
});

describe('dashboard', () => {
  it('sorts open deadlines into 기한 경과 / 오늘 / 이번 주 / 30일 이내 and lists hearings and idle cases', async () => {
    await ok(dispatch('events:add', { caseId, kind: 'judgment-served-first-instance', date: '2024-09-13' })); // due 09-27
    await ok(
      dispatch('events:add', { caseId, kind: 'hearing', date: '2024-09-23', time: '14:30', place: '서관 403호' }),
    ); // 준비서면: 09-16 is 추석 전날, moved back over the weekend to 09-13
    await ok(dispatch('deadlines:add', { caseId, title: '증거 제출', dueOn: '2024-09-20', assignee: '김주무관' }));
    await ok(dispatch('deadlines:add', { caseId, title: '비용 정산', dueOn: '2024-10-15' }));
    await ok(dispatch('deadlines:add', { caseId, title: '먼 기한', dueOn: '2024-12-31' }));
    const idle = await ok<CaseRecord>(
      dispatch('cases:create', { kind: 'legal_opinion', title: '공유재산 사용료 질의' }),
    );

    const view = await ok<DashboardView>(dispatch('dashboard:get', { today: '2024-09-20' }));
    const titles = (key: string) =>
      view.buckets.find((b) => b.key === key)?.deadlines.map((d) => `${d.title} ${d.dueOn}`);
    expect(titles('overdue')).toEqual(['준비서면 제출 2024-09-13']);
    expect(titles('today')).toEqual(['증거 제출 2024-09-20']);
    expect(titles('week')).toEqual(['항소장 제출 2024-09-27']);
    expect(titles('month')).toEqual(['비용 정산 2024-10-15']);
    expect(view.byOwner).toEqual([
      { owner: '도로과', count: 3 },
      { owner: '김주무관', count: 1 },
    ]);
    expect(view.hearingsThisWeek.map((e) => [e.occurredOn, e.time, e.place, e.caseNumber])).toEqual([
      ['2024-09-23', '14:30', '서관 403호', '2024가단5678'],
    ]);
    expect(view.withoutNextStep.map((c) => c.id)).toEqual([idle.id]);
  });

  it('a deadline marked done leaves the dashboard; undoing brings it back', async () => {
    const added = await ok<EventAdded>(
      dispatch('events:add', { caseId, kind: 'judgment-served-first-instance', date: '2024-09-13' }),
    );
    const id = added.deadlines[0]?.id;
    const done = await ok<DeadlineView>(dispatch('deadlines:setDone', { id, done: true }));
    expect(done.doneAt).not.toBeNull();
    const count = async () =>
      (await ok<DashboardView>(dispatch('dashboard:get', { today: '2024-09-20' }))).buckets.flatMap((b) => b.deadlines)
        .length;
    expect(await count()).toBe(0);
    await ok(dispatch('deadlines:setDone', { id, done: false }));
    expect(await count()).toBe(1);
  });

  it('ignores deadlines of cases in the 휴지통', async () => {
    await ok(dispatch('events:add', { caseId, kind: 'judgment-served-first-instance', date: '2024-09-13' }));
    await ok(dispatch('cases:delete', { id: caseId }));
    const view = await ok<DashboardView>(dispatch('dashboard:get', { today: '2024-09-20' }));
    expect(view.buckets.flatMap((b) => b.deadlines)).toEqual([]);
  });
});
