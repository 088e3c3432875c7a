// Overdue timeline steps of the drafts still being worked on, for the dashboard.
import type { OrdinanceType, TimelineStep } from '../../shared/ordinances/ordinance-views.ts';
import { buildTimeline } from '../../shared/ordinances/timeline.ts';
import { listOpenDrafts, listSteps } from '../db/repositories/drafts.ts';
import type { HandlerContext } from './context.ts';

export interface OverdueDraftStep {
  draftId: number;
  ordinanceName: string;
  draftName: string;
  step: TimelineStep;
  label: string;
  /** The planned date, or the latest date the law allows, whichever is earlier. */
  dueOn: string;
}

/** Oldest first, so the step most behind leads the list. */
export async function overdueDraftSteps(ctx: HandlerContext, today: string): Promise<OverdueDraftStep[]> {
  const alerts: OverdueDraftStep[] = [];
  for (const draft of await listOpenDrafts(ctx.db)) {
    const steps = buildTimeline(await listSteps(ctx.db, draft.id), draft.ordinance_type as OrdinanceType, today);
    for (const s of steps) {
      if (!s.overdue) continue;
      const latest = s.computed && s.step !== 'notice' ? s.computed.date : null;
      const candidates = [s.plannedOn, latest].filter((d): d is string => d !== null).sort();
      const dueOn = candidates[0];
      if (!dueOn) continue;
      alerts.push({
        draftId: draft.id,
        ordinanceName: draft.ordinance_name,
        draftName: draft.name,
        step: s.step,
        label: s.label,
        dueOn,
      });
    }
  }
  return alerts.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.draftId - b.draftId);
}
