import type { DashboardView, DeadlineView } from '../../shared/cases/case-views.ts';
import { addDays } from '../../shared/deadlines/civil-date.ts';

export interface Digest {
  title: string;
  body: string;
  /** How many deadlines the digest names (0: nothing to say, no notification). */
  count: number;
}

const MAX_LINES = 5;

function line(d: DeadlineView, today: string): string {
  const when = d.dueOn < today ? `${d.dueOn} 경과` : d.dueOn === today ? '오늘' : d.dueOn;
  return `${when} ${d.title} — ${d.caseNumber ?? d.caseTitle}`;
}

/**
 * The morning notification: what is overdue or due within 3 days (or within a deadline's own reminder days, when
 * the user asked to be told earlier). Pure, so the wording is tested without Electron.
 */
export function deadlineDigest(view: DashboardView): Digest {
  const all = view.buckets.flatMap((b) => b.deadlines);
  const soon = addDays(view.today, 3);
  const due = all
    .filter((d) => d.dueOn <= soon || d.dueOn <= addDays(view.today, d.remindDays))
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id - b.id));
  if (due.length === 0) return { title: '', body: '', count: 0 };
  const overdue = due.filter((d) => d.dueOn < view.today).length;
  const title =
    overdue > 0 ? `기한 경과 ${overdue}건 · 임박 ${due.length - overdue}건` : `3일 안에 다가오는 기한 ${due.length}건`;
  const lines = due.slice(0, MAX_LINES).map((d) => line(d, view.today));
  if (due.length > MAX_LINES) lines.push(`외 ${due.length - MAX_LINES}건`);
  return { title, body: lines.join('\n'), count: due.length };
}

/** Milliseconds from `now` to the next `hour`:00 local time (tomorrow if that hour has passed today). */
export function msUntilNextHour(now: Date, hour: number): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}
