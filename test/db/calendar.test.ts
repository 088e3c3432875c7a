import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../electron/db/open.ts';
import { createDispatcher, type Dispatch } from '../../electron/ipc.ts';
import type { CaseRecord } from '../../shared/cases/case-schema.ts';
import type { EventAdded } from '../../shared/cases/case-views.ts';
import type { CalendarView, FileExportResult } from '../../shared/cases/calendar-views.ts';
import { testContext, type FakeDesktop } from '../helpers/handler-context.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';
import { ok } from '../helpers/dispatch.ts';

let temp: ReturnType<typeof makeTempDir>;
let database: OpenDatabase;
let dispatch: Dispatch;
let desktop: FakeDesktop;
let caseId: number;

beforeEach(async () => {
  temp = makeTempDir();
  database = await openDatabase(join(temp.dir, 'lexdesk.sqlite3'));
  const ctx = testContext(database); // today: 2026-03-02
  desktop = ctx.desktop;
  dispatch = createDispatcher(ctx);
  caseId = (
    await ok<CaseRecord>(
      dispatch('cases:create', {
        kind: 'civil_suit',
        caseNumber: '2024가단5678',
        title: '손해배상(기)',
        department: '도로과',
      }),
    )
  ).id;
  await ok(dispatch('events:add', { caseId, kind: 'judgment-served-first-instance', date: '2024-09-13' })); // 09-27
  await ok(dispatch('events:add', { caseId, kind: 'hearing', date: '2024-09-23', time: '14:30', place: '서관 403호' })); // 준비서면 09-13
  await ok(dispatch('deadlines:add', { caseId, title: '증거 제출', dueOn: '2024-09-20', assignee: '김주무관' }));
});

afterEach(async () => {
  await database.close();
  temp.cleanup();
});

const summary = (view: CalendarView) =>
  view.days
    .filter((d) => d.deadlines.length + d.hearings.length > 0)
    .map((d) => [
      d.date,
      ...d.deadlines.map((x) => `${x.title}${x.overdue ? ' (경과)' : ''}`),
      ...d.hearings.map((h) => `${h.kindName} ${h.time ?? ''} ${h.place ?? ''}`.trim()),
    ]);

describe('calendar:month', () => {
  it('gives whole weeks (Sunday–Saturday) with deadlines, hearings and 공휴일', async () => {
    const view = await ok<CalendarView>(dispatch('calendar:month', { year: 2024, month: 9, today: '2024-09-20' }));
    expect([view.from, view.to, view.days.length]).toEqual(['2024-09-01', '2024-10-05', 35]);
    expect(view.days[0]).toMatchObject({ date: '2024-09-01', weekday: 0, inPeriod: true });
    expect(view.days.at(-1)).toMatchObject({ date: '2024-10-05', weekday: 6, inPeriod: false });
    expect(summary(view)).toEqual([
      ['2024-09-13', '준비서면 제출 (경과)'],
      ['2024-09-20', '증거 제출'],
      ['2024-09-23', '변론기일 14:30 서관 403호'],
      ['2024-09-27', '항소장 제출'],
    ]);
    const holidays = view.days.filter((d) => d.holidays.length > 0).map((d) => d.date);
    expect(holidays).toEqual(['2024-09-16', '2024-09-17', '2024-09-18', '2024-10-01', '2024-10-03']);
    expect(view.days.find((d) => d.date === '2024-09-23')?.hearings[0]).toMatchObject({
      caseNumber: '2024가단5678',
      caseTitle: '손해배상(기)',
    });
    expect(view.yearsWithoutHolidays).toEqual([]);
  });

  it('leaves out done deadlines and cases in the 휴지통', async () => {
    const other = await ok<CaseRecord>(
      dispatch('cases:create', { kind: 'legal_opinion', title: '공유재산 사용료 질의' }),
    );
    await ok(dispatch('deadlines:add', { caseId: other.id, title: '회신', dueOn: '2024-09-10' }));
    await ok(dispatch('cases:delete', { id: other.id }));
    const added = await ok<EventAdded>(
      dispatch('events:add', { caseId, kind: 'complaint-served', date: '2024-08-01' }), // 답변서 2024-09-02
    );
    await ok(dispatch('deadlines:setDone', { id: added.deadlines[0]?.id, done: true }));
    const view = await ok<CalendarView>(dispatch('calendar:month', { year: 2024, month: 9 }));
    expect(summary(view).map((d) => d[0])).toEqual(['2024-09-13', '2024-09-20', '2024-09-23', '2024-09-27']);
  });

  it('refuses a bad month in Korean', async () => {
    expect(await dispatch('calendar:month', { year: 2024, month: 13 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { month: '월은 1부터 12까지의 정수로 입력하세요.' } },
    });
  });
});

describe('calendar:range', () => {
  it('gives exactly the days asked for, e.g. a week', async () => {
    const view = await ok<CalendarView>(
      dispatch('calendar:range', { from: '2024-09-22', to: '2024-09-28', today: '2024-09-20' }),
    );
    expect(view.days.map((d) => d.date)).toEqual([
      '2024-09-22',
      '2024-09-23',
      '2024-09-24',
      '2024-09-25',
      '2024-09-26',
      '2024-09-27',
      '2024-09-28',
    ]);
    expect(view.days.every((d) => d.inPeriod)).toBe(true);
    expect(summary(view)).toEqual([
      ['2024-09-23', '변론기일 14:30 서관 403호'],
      ['2024-09-27', '항소장 제출'],
    ]);
  });

  it('refuses a reversed or too long period in Korean', async () => {
    expect(await dispatch('calendar:range', { from: '2024-09-28', to: '2024-09-22' })).toMatchObject({
      ok: false,
      error: { fields: { to: '종료일은 시작일과 같거나 그 뒤여야 합니다.' } },
    });
    expect(await dispatch('calendar:range', { from: '2024-01-01', to: '2024-12-31' })).toMatchObject({
      ok: false,
      error: { fields: { to: '달력은 한 번에 62일까지 볼 수 있습니다.' } },
    });
    expect(await dispatch('calendar:range', { from: '2024-02-30', to: '2024-03-01' })).toMatchObject({
      ok: false,
      error: { fields: { from: '시작일은 실제 날짜를 YYYY-MM-DD 형식으로 입력하세요.' } },
    });
  });
});

describe('calendar:exportIcs', () => {
  it('saves lexdesk-기한-<today>.ics with the open deadlines and the hearings of the period', async () => {
    const result = await ok<FileExportResult>(dispatch('calendar:exportIcs', { from: '2024-09-01', to: '2024-09-30' }));
    expect(result.count).toBe(4);
    expect(basename(result.path ?? '')).toBe('lexdesk-기한-2026-03-02.ics');
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(result.path ?? '', 'utf8')));
    expect(
      calendar.getAllSubcomponents('vevent').map((v) => {
        const e = new ICAL.Event(v);
        return [e.startDate.toString(), e.summary];
      }),
    ).toEqual([
      ['2024-09-13', '[기한] 준비서면 제출 — 2024가단5678 손해배상(기)'],
      ['2024-09-20', '[기한] 증거 제출 — 2024가단5678 손해배상(기)'],
      ['2024-09-27', '[기한] 항소장 제출 — 2024가단5678 손해배상(기)'],
      ['2024-09-23T05:30:00Z', '[기일] 변론기일 — 2024가단5678 손해배상(기)'],
    ]);
  });

  it('without a period: every open deadline, hearings from today on; cancel → path null', async () => {
    desktop.cancelNextSave = true;
    // The hearing of 2024 is past (today is 2026-03-02), the three deadlines are open however old.
    expect(await ok<FileExportResult>(dispatch('calendar:exportIcs', {}))).toEqual({ path: null, count: 3 });
  });

  it('says so in Korean when there is nothing to export', async () => {
    expect(await dispatch('calendar:exportIcs', { from: '2030-01-01', to: '2030-12-31' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '내보낼 기한이나 기일이 없습니다.' },
    });
    expect(desktop.saved).toEqual([]);
  });
});
