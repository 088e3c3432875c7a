import type { CaseRecord, CaseSummary } from './case-schema.ts';

// Shapes the main side returns to the UI about cases (plain JSON).

export interface HistoryView {
  id: number;
  entity: string;
  entityId: number;
  action: 'create' | 'update' | 'delete' | 'restore';
  /** field → [old, new] */
  changes: Record<string, [unknown, unknown]>;
  changedBy: string;
  changedAt: string;
}

export interface PersonView {
  id: number;
  kind: 'official' | 'lawyer' | 'firm';
  name: string;
  organization: string | null;
  phone: string | null;
  email: string | null;
}

export interface EventView {
  id: number;
  caseId: number;
  kind: string;
  kindName: string;
  /** Effective date: the deemed-service date for 전자송달. */
  occurredOn: string;
  /** 전자송달 notice date, when the event was an electronic service. */
  noticeOn: string | null;
  /** 송달 방식 (electronic, mail, personal, other), for service events. */
  serviceMethod: 'electronic' | 'mail' | 'personal' | 'other' | null;
  time: string | null;
  place: string | null;
  subtype: string | null;
  result: string | null;
  memo: string | null;
}

export interface DeadlineView {
  id: number;
  caseId: number;
  caseNumber: string | null;
  caseTitle: string;
  department: string | null;
  eventId: number | null;
  ruleId: string | null;
  title: string;
  dueOn: string;
  rawEnd: string | null;
  explanation: string | null;
  /** Computed with holiday data not yet official (미확정). */
  provisional: boolean;
  remindDays: number;
  assignee: string | null;
  doneAt: string | null;
  /** When the period was extended (rules that allow it, once); null: not extended. */
  extendedAt: string | null;
  /** The date the extension decision set, when it set one (else the date is computed from the rule). */
  extendedUntil: string | null;
}

/** What correcting an event's date did to its deadlines. */
export interface DeadlineChange {
  deadlineId: number;
  title: string;
  from: string;
  to: string;
}

export interface CaseDetail {
  record: CaseRecord;
  /** The 심급 chain this case belongs to, oldest first (includes the case itself). */
  family: CaseSummary[];
  history: HistoryView[];
  events: EventView[];
  deadlines: DeadlineView[];
  /** The office's today, so the page counts days the same way as the dashboard. */
  today: string;
}

export interface DashboardBucket {
  key: 'overdue' | 'today' | 'week' | 'month';
  label: string;
  deadlines: DeadlineView[];
}

export interface DashboardView {
  today: string;
  buckets: DashboardBucket[];
  /** Open deadlines (overdue or due within 30 days) counted by 담당자 (or 부서 when none). */
  byOwner: { owner: string; count: number }[];
  hearingsThisWeek: (EventView & { caseNumber: string | null; caseTitle: string })[];
  /** Open cases with no open deadline and no future event: someone should decide the next step. */
  withoutNextStep: CaseSummary[];
  /** Steps of ordinance drafts behind their planned date or the latest date the law allows. */
  overdueDraftSteps: { draftId: number; ordinanceName: string; draftName: string; label: string; dueOn: string }[];
}

export interface EventAdded {
  event: EventView;
  deadlines: DeadlineView[];
}

export interface EventCorrected {
  event: EventView;
  changes: DeadlineChange[];
}
