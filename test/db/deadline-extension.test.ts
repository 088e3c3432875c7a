import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { CaseRecord } from '../../shared/cases/case-schema.ts';
import type { CaseDetail, DeadlineView, EventAdded, EventCorrected } from '../../shared/cases/case-views.ts';
import type { HolidayChangeResult } from '../../shared/contracts/holidays.ts';
import { ok } from '../helpers/dispatch.ts';
import { testContext } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// 항소기록접수통지 2025-03-10 → 항소이유서 40일 ends Saturday 2025-04-19 → 2025-04-21 (월).
// Extended by one month from the day after 04-19: 2025-05-19 (월). (Worked in test/unit/deadlines/extension.test.ts.)
let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
let caseId: number;
let eventId: number;
let brief: DeadlineView;

beforeEach(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  dispatch = createDispatcher(testContext(database));
  const created = await ok<CaseRecord>(
    dispatch('cases:create', { kind: 'civil_suit', caseNumber: '2025나1234', title: '손해배상(기)', instance: 2 }),
  );
  caseId = created.id;
  const added = await ok<EventAdded>(
    dispatch('events:add', { caseId, kind: 'appeal-record-notice', date: '2025-03-10' }),
  );
  eventId = added.event.id;
  const found = added.deadlines.find((d) => d.title === '항소이유서 제출');
  if (!found) throw new Error('no 항소이유서 deadline');
  brief = found;
});
afterEach(async () => {
  await database.close();
  temp.cleanup();
});

const stored = () =>
  database.sqlite
    .prepare('SELECT due_on, extended_at IS NOT NULL AS extended, extended_until FROM deadlines WHERE id = ?')
    .get(brief.id);

describe('기간 연장 of a rule-based deadline', () => {
  it('extends 항소이유서 by one month, stores it and keeps both dates in the history', async () => {
    expect(brief.dueOn).toBe('2025-04-21');
    const extended = await ok<DeadlineView>(dispatch('deadlines:extend', { id: brief.id, extended: true }));
    expect([extended.dueOn, extended.extendedUntil]).toEqual(['2025-05-19', null]);
    expect(extended.extendedAt).not.toBeNull();
    expect(extended.explanation).toContain('항소인의 신청에 따른 법원의 결정으로 기간을 1개월 연장합니다');
    expect(stored()).toEqual({ due_on: '2025-05-19', extended: 1, extended_until: null });
    const detail = await ok<CaseDetail>(dispatch('cases:get', { id: caseId }));
    expect(detail.history[0]?.changes).toEqual({
      dueOn: ['2025-04-21', '2025-05-19'],
      extension: [null, '1개월 (민사소송법 §402의2②)'],
    });
  });

  it('allows one extension only, and says so in Korean without changing anything', async () => {
    await ok(dispatch('deadlines:extend', { id: brief.id, extended: true }));
    const before = stored();
    expect(await dispatch('deadlines:extend', { id: brief.id, extended: true })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          '이미 연장한 기한입니다. 연장은 한 번만 기록할 수 있습니다. 날짜를 고치려면 연장을 취소한 뒤 다시 입력하세요.',
      },
    });
    expect(stored()).toEqual(before);
  });

  it('takes the date the decision wrote, and refuses one that is not after the original deadline', async () => {
    expect(
      await dispatch('deadlines:extend', { id: brief.id, extended: true, orderedUntil: '2025-04-18' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { orderedUntil: '연장 기한은 본래 기한(2025-04-21(월))보다 뒤의 날짜여야 합니다.' },
      },
    });
    expect(stored()).toEqual({ due_on: '2025-04-21', extended: 0, extended_until: null });
    const ordered = await ok<DeadlineView>(
      dispatch('deadlines:extend', { id: brief.id, extended: true, orderedUntil: '2025-05-21' }),
    );
    expect([ordered.dueOn, ordered.extendedUntil]).toEqual(['2025-05-21', '2025-05-21']);
    expect(ordered.explanation).toContain('규칙대로 계산한 날짜는 2025-05-19(월)입니다');
  });

  it('keeps the extension when the 통지 date is corrected, and when a holiday is added', async () => {
    await ok(dispatch('deadlines:extend', { id: brief.id, extended: true }));
    // 2025-03-12: 40일 end Monday 04-21; one month from 04-22 ends 05-21 (수).
    const corrected = await ok<EventCorrected>(
      dispatch('events:update', { id: eventId, kind: 'appeal-record-notice', date: '2025-03-12' }),
    );
    expect(corrected.changes).toEqual([
      { deadlineId: brief.id, title: '항소이유서 제출', from: '2025-05-19', to: '2025-05-21' },
    ]);
    const declared = await ok<HolidayChangeResult>(
      dispatch('holidays:add', { date: '2025-05-21', name: '임시공휴일' }),
    );
    expect(declared.changes).toEqual([
      { deadlineId: brief.id, title: '항소이유서 제출', from: '2025-05-21', to: '2025-05-22' },
    ]);
    expect(stored()).toEqual({ due_on: '2025-05-22', extended: 1, extended_until: null });
  });

  it('withdraws a mistaken extension back to the original deadline', async () => {
    await ok(dispatch('deadlines:extend', { id: brief.id, extended: true, orderedUntil: '2025-05-23' }));
    const withdrawn = await ok<DeadlineView>(dispatch('deadlines:extend', { id: brief.id, extended: false }));
    expect([withdrawn.dueOn, withdrawn.extendedAt, withdrawn.extendedUntil]).toEqual(['2025-04-21', null, null]);
    const detail = await ok<CaseDetail>(dispatch('cases:get', { id: caseId }));
    expect(detail.history[0]?.changes).toEqual({
      dueOn: ['2025-05-23', '2025-04-21'],
      extension: ['2025-05-23까지 (결정)', '취소'],
    });
  });

  it('refuses a period the statute does not let anyone extend (항소장 제출)', async () => {
    const served = await ok<EventAdded>(
      dispatch('events:add', { caseId, kind: 'judgment-served-first-instance', date: '2024-09-13' }),
    );
    const appeal = served.deadlines[0];
    expect(await dispatch('deadlines:extend', { id: appeal?.id, extended: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '항소장 제출 기한은 법령상 연장할 수 있는 기간이 아닙니다.' },
    });
    expect(database.sqlite.prepare('SELECT due_on FROM deadlines WHERE id = ?').get(appeal?.id)).toEqual({
      due_on: '2024-09-27',
    });
  });

  it('records one extension when two windows ask at the same moment', async () => {
    const answers = await Promise.all([
      dispatch('deadlines:extend', { id: brief.id, extended: true }),
      dispatch('deadlines:extend', { id: brief.id, extended: true, orderedUntil: '2025-06-30' }),
    ]);
    expect(answers.map((a) => a.ok).sort()).toEqual([false, true]);
    expect(answers.find((a) => !a.ok)).toMatchObject({ error: { code: 'CONFLICT' } });
    const lines = database.sqlite
      .prepare("SELECT changes FROM history WHERE entity = 'deadline' AND changes LIKE '%extension%'")
      .all();
    expect(lines).toHaveLength(1);
  });

  it('refuses an event correction that would put the original deadline past a decided date', async () => {
    await ok(dispatch('deadlines:extend', { id: brief.id, extended: true, orderedUntil: '2025-04-25' }));
    // From 2025-04-01 the 40 days end 2025-05-12, after the decided 2025-04-25.
    expect(
      await dispatch('events:update', { id: eventId, kind: 'appeal-record-notice', date: '2025-04-01' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          '항소이유서 제출 기한은 결정으로 2025-04-25까지 연장되어 있는데, 고친 날짜로 계산한 본래 기한(2025-05-12)이 ' +
          '그보다 늦거나 같습니다. 기한의 연장을 먼저 취소하세요.',
      },
    });
    expect(stored()).toEqual({ due_on: '2025-04-25', extended: 1, extended_until: '2025-04-25' });
    expect(database.sqlite.prepare('SELECT occurred_on FROM events WHERE id = ?').get(eventId)).toEqual({
      occurred_on: '2025-03-10',
    });
  });

  it('extends the 재결 period by the chair’s 30 days, and names the 통지 for a written date', async () => {
    const appeal = await ok<CaseRecord>(
      dispatch('cases:create', {
        kind: 'administrative_appeal',
        caseNumber: '2025-123',
        title: '영업정지처분 취소청구',
      }),
    );
    const received = await ok<EventAdded>(
      dispatch('events:add', { caseId: appeal.id, kind: 'admin-appeal-received', date: '2025-01-06' }),
    );
    const decision = received.deadlines.find((d) => d.title === '재결');
    expect(decision?.dueOn).toBe('2025-03-07');
    const extended = await ok<DeadlineView>(dispatch('deadlines:extend', { id: decision?.id, extended: true }));
    expect(extended.dueOn).toBe('2025-04-07');
    await ok(dispatch('deadlines:extend', { id: decision?.id, extended: false }));
    await ok(dispatch('deadlines:extend', { id: decision?.id, extended: true, orderedUntil: '2025-04-04' }));
    const detail = await ok<CaseDetail>(dispatch('cases:get', { id: appeal.id }));
    expect(detail.history[0]?.changes).toEqual({
      dueOn: ['2025-03-07', '2025-04-04'],
      extension: [null, '2025-04-04까지 (통지)'],
    });
  });

  it('keeps the extension when a user holiday is added and removed again', async () => {
    await ok(dispatch('deadlines:extend', { id: brief.id, extended: true }));
    await ok(dispatch('holidays:add', { date: '2025-05-19', name: '임시공휴일' }));
    expect(stored()).toEqual({ due_on: '2025-05-20', extended: 1, extended_until: null });
    await ok(dispatch('holidays:remove', { date: '2025-05-19', name: '임시공휴일' }));
    expect(stored()).toEqual({ due_on: '2025-05-19', extended: 1, extended_until: null });
  });
});
