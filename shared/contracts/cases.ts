import { personInputSchema } from '../cases/person-schema.ts';
import { caseInputSchema, caseUpdateSchema, type CaseRecord, type CaseSummary } from '../cases/case-schema.ts';
import type {
  CaseDetail,
  DashboardView,
  DeadlineView,
  EventAdded,
  EventCorrected,
  PersonView,
} from '../cases/case-views.ts';
import {
  customDeadlineSchema,
  dashboardQuerySchema,
  deadlineDoneSchema,
  deadlineExtendSchema,
  eventInputSchema,
  eventUpdateSchema,
} from '../cases/event-schema.ts';
import { byId, channel, noInput } from './channel.ts';

export const casesContract = {
  'cases:list': channel<CaseSummary[]>()(noInput),
  'cases:trash': channel<CaseSummary[]>()(noInput),
  'cases:get': channel<CaseDetail>()(byId),
  'cases:create': channel<CaseRecord>()(caseInputSchema),
  'cases:update': channel<CaseRecord>()(caseUpdateSchema),
  'cases:delete': channel<{ id: number }>()(byId),
  'cases:restore': channel<{ id: number }>()(byId),
  'people:list': channel<PersonView[]>()(noInput),
  'people:create': channel<PersonView>()(personInputSchema),
  'events:add': channel<EventAdded>()(eventInputSchema),
  'events:update': channel<EventCorrected>()(eventUpdateSchema),
  'deadlines:add': channel<DeadlineView>()(customDeadlineSchema),
  'deadlines:setDone': channel<DeadlineView>()(deadlineDoneSchema),
  /** Extends a rule-based deadline once (or withdraws the extension); the history keeps both dates. */
  'deadlines:extend': channel<DeadlineView>()(deadlineExtendSchema),
  'dashboard:get': channel<DashboardView>()(dashboardQuerySchema),
} as const;
