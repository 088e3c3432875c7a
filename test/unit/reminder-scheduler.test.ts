import { describe, expect, it } from 'vitest';
import type { DashboardView } from '../../shared/cases/case-views.ts';
import { startReminders } from '../../electron/reminders/reminder-scheduler.ts';
import type { Digest } from '../../electron/reminders/deadline-digest.ts';
import { deadlineView } from '../helpers/deadline-view.ts';

const due: DashboardView = {
  today: '2024-09-20',
  buckets: [
    {
      key: 'today',
      label: '오늘',
      deadlines: [
        deadlineView({
          caseNumber: '2024구합1',
          caseTitle: '취소',
          department: null,
          title: '답변서 제출',
          dueOn: '2024-09-20',
        }),
      ],
    },
  ],
  byOwner: [],
  hearingsThisWeek: [],
  withoutNextStep: [],
  overdueDraftSteps: [],
};

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reminder scheduler', () => {
  it('notifies at start-up, then at the next 9:00, and stops when asked', async () => {
    const shown: Digest[] = [];
    const timers: { fn: () => void; ms: number }[] = [];
    const stop = startReminders({
      loadDashboard: async () => due,
      show: (d) => shown.push(d),
      now: () => new Date(2024, 8, 20, 7, 0),
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => undefined,
    });
    await flush();
    expect(shown.map((d) => d.title)).toEqual(['3일 안에 다가오는 기한 1건']);
    expect(timers.map((t) => t.ms)).toEqual([2 * 3_600_000]);
    timers[0]?.fn();
    await flush();
    expect(shown).toHaveLength(2);
    expect(timers).toHaveLength(2);
    stop();
    timers[1]?.fn();
    await flush();
    expect(timers).toHaveLength(2); // stopped: nothing scheduled after
  });

  it('stays quiet when nothing is due and survives a failing database read', async () => {
    const shown: Digest[] = [];
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    startReminders({
      loadDashboard: async () => {
        throw new Error('database is locked');
      },
      show: (d) => shown.push(d),
      setTimer: () => 0,
    });
    await flush();
    console.error = original;
    expect(shown).toEqual([]);
    expect(errors).toHaveLength(1);
  });
});
