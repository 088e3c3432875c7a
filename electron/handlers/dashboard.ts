import { sql } from 'kysely';
import type { CaseSummary } from '../../shared/cases/case-schema.ts';
import type { DashboardBucket, DashboardView, DeadlineView } from '../../shared/cases/case-views.ts';
import { HEARING_KINDS } from '../../shared/cases/event-kinds.ts';
import { addDays } from '../../shared/deadlines/civil-date.ts';
import type { CaseKind } from '../../shared/cases/case-kinds.ts';
import { listOpenDeadlinesUntil } from '../db/repositories/deadlines.ts';
import { listEventsBetween } from '../db/repositories/events.ts';
import type { HandlerContext } from './context.ts';
import { overdueDraftSteps } from './draft-alerts.ts';

function bucketOf(due: string, today: string, weekEnd: string): DashboardBucket['key'] {
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  if (due <= weekEnd) return 'week';
  return 'month';
}

const BUCKET_LABELS: Record<DashboardBucket['key'], string> = {
  overdue: '기한 경과',
  today: '오늘',
  week: '이번 주 (7일 이내)',
  month: '30일 이내',
};

async function casesWithoutNextStep(ctx: HandlerContext, today: string): Promise<CaseSummary[]> {
  const rows = await ctx.db
    .selectFrom('cases')
    .select(['id', 'kind', 'case_number', 'title', 'court', 'department', 'created_at'])
    .where('deleted_at', 'is', null)
    .where('result', 'is', null)
    .where('closed_on', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('deadlines')
            .select(sql`1`.as('one'))
            .whereRef('deadlines.case_id', '=', 'cases.id')
            .where('deadlines.done_at', 'is', null),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('events')
            .select(sql`1`.as('one'))
            .whereRef('events.case_id', '=', 'cases.id')
            .where('events.occurred_on', '>=', today),
        ),
      ),
    )
    .orderBy('created_at')
    .limit(50)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as CaseKind,
    caseNumber: r.case_number,
    title: r.title,
    court: r.court,
    department: r.department,
    createdAt: r.created_at,
  }));
}

// One collator for the whole sort: localeCompare(…, 'ko') builds one per call, 30+ ms for a busy dashboard.
const koreanOrder = new Intl.Collator('ko');

function countByOwner(deadlines: DeadlineView[]): { owner: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of deadlines) {
    const owner = d.assignee ?? d.department ?? '미지정';
    counts.set(owner, (counts.get(owner) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([owner, count]) => ({ owner, count }))
    .sort((a, b) => b.count - a.count || koreanOrder.compare(a.owner, b.owner));
}

export const dashboardHandlers = {
  'dashboard:get': async (
    ctx: HandlerContext,
    input: { today?: string | null } | undefined,
  ): Promise<DashboardView> => {
    const today = input?.today ?? ctx.today();
    const open = await listOpenDeadlinesUntil(ctx.db, addDays(today, 30));
    const weekEnd = addDays(today, 7);
    const buckets = (Object.keys(BUCKET_LABELS) as DashboardBucket['key'][]).map((key) => ({
      key,
      label: BUCKET_LABELS[key],
      deadlines: open.filter((d) => bucketOf(d.dueOn, today, weekEnd) === key),
    }));
    return {
      today,
      buckets,
      byOwner: countByOwner(open),
      hearingsThisWeek: await listEventsBetween(ctx.db, today, addDays(today, 7), HEARING_KINDS),
      withoutNextStep: await casesWithoutNextStep(ctx, today),
      overdueDraftSteps: await overdueDraftSteps(ctx, today),
    };
  },
};
