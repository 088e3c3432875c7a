import type { DeadlineView } from '../../shared/cases/case-views.ts';

/**
 * A custom 항소장-style deadline as the UI receives it, open and not extended; tests override what they are about.
 */
export function deadlineView(over: Partial<DeadlineView> = {}): DeadlineView {
  return {
    id: 1,
    caseId: 1,
    caseNumber: '2024가단5678',
    caseTitle: '손해배상(기)',
    department: '도로과',
    eventId: null,
    ruleId: null,
    title: '항소장 제출',
    dueOn: '2024-09-27',
    rawEnd: null,
    explanation: null,
    provisional: false,
    remindDays: 3,
    assignee: null,
    doneAt: null,
    extendedAt: null,
    extendedUntil: null,
    ...over,
  };
}
