import type { DashboardView } from '../../shared/cases/case-views.ts';
import { deadlineDigest, msUntilNextHour, type Digest } from './deadline-digest.ts';

export interface ReminderDeps {
  loadDashboard(): Promise<DashboardView>;
  show(digest: Digest): void;
  /** Injected for tests; defaults to the real clock and timers. */
  now?: () => Date;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Local hour of the morning reminder. */
  hour?: number;
}

/** Notifies once at start-up and then every morning while the app runs. Returns a function that stops it. */
export function startReminders(deps: ReminderDeps): () => void {
  const now = deps.now ?? (() => new Date());
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let handle: unknown;
  let stopped = false;

  const notify = async () => {
    try {
      const digest = deadlineDigest(await deps.loadDashboard());
      if (digest.count > 0) deps.show(digest);
    } catch (error) {
      // A reminder must never take the app down; the dashboard shows the same facts.
      console.error('[reminders]', error);
    }
  };
  const scheduleNext = () => {
    if (stopped) return;
    handle = setTimer(
      () => {
        void notify().then(scheduleNext);
      },
      msUntilNextHour(now(), deps.hour ?? 9),
    );
  };

  void notify().then(scheduleNext);
  return () => {
    stopped = true;
    clearTimer(handle);
  };
}
