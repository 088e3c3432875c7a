import { describe, expect, it } from 'vitest';
import type { DashboardView, DeadlineView } from '../../shared/cases/case-views.ts';
import { deadlineDigest, msUntilNextHour } from '../../electron/reminders/deadline-digest.ts';
import { deadlineView } from '../helpers/deadline-view.ts';

let nextId = 1;
function deadline(dueOn: string, title: string, remindDays = 3): DeadlineView {
  return deadlineView({ id: nextId++, caseId: 1, title, dueOn, remindDays });
}

function view(today: string, deadlines: DeadlineView[]): DashboardView {
  return {
    today,
    buckets: [{ key: 'month', label: '', deadlines }],
    byOwner: [],
    hearingsThisWeek: [],
    withoutNextStep: [],
    overdueDraftSteps: [],
  };
}

describe('morning deadline digest', () => {
  it('names overdue and next-3-days deadlines, oldest first, and says nothing otherwise', () => {
    const digest = deadlineDigest(
      view('2024-09-20', [
        deadline('2024-09-27', '항소장 제출'),
        deadline('2024-09-23', '준비서면 제출'),
        deadline('2024-09-18', '답변서 제출'),
        deadline('2024-09-20', '증거 제출'),
      ]),
    );
    expect(digest).toEqual({
      title: '기한 경과 1건 · 임박 2건',
      body: [
        '2024-09-18 경과 답변서 제출 — 2024가단5678',
        '오늘 증거 제출 — 2024가단5678',
        '2024-09-23 준비서면 제출 — 2024가단5678',
      ].join('\n'),
      count: 3,
    });
    expect(deadlineDigest(view('2024-09-20', [deadline('2024-10-15', '비용 정산')])).count).toBe(0);
  });

  it('honours a longer reminder set on a deadline', () => {
    const digest = deadlineDigest(view('2024-09-20', [deadline('2024-09-30', '상고이유서 제출', 10)]));
    expect(digest.title).toBe('3일 안에 다가오는 기한 1건');
    expect(digest.body).toBe('2024-09-30 상고이유서 제출 — 2024가단5678');
  });

  it('caps the list at five lines', () => {
    const many = Array.from({ length: 8 }, (_, i) => deadline(`2024-09-2${i}`, `기한${i}`));
    expect(deadlineDigest(view('2024-09-27', many)).body.split('\n')).toHaveLength(6);
    expect(deadlineDigest(view('2024-09-27', many)).body).toContain('외 3건');
  });

  it('schedules the next morning at 9 local time', () => {
    expect(msUntilNextHour(new Date(2024, 8, 20, 8, 30), 9)).toBe(30 * 60_000);
    expect(msUntilNextHour(new Date(2024, 8, 20, 9, 0), 9)).toBe(24 * 3_600_000);
  });
});
