import { z } from 'zod';
import { personInputSchema } from './cases/person-schema.ts';
import { caseInputSchema, caseUpdateSchema, type CaseRecord, type CaseSummary } from './cases/case-schema.ts';
import type { CaseDetail, DashboardView, DeadlineView, PersonView } from './cases/case-views.ts';
import type { EventAdded, EventCorrected } from './cases/case-views.ts';
import {
  customDeadlineSchema,
  dashboardQuerySchema,
  deadlineDoneSchema,
  eventInputSchema,
  eventUpdateSchema,
} from './cases/event-schema.ts';

// Every request the renderer may make: channel `domain:verb` → input schema and output type.
// The dispatcher (electron/ipc.ts) validates input against `input`; `output` only carries the type.

interface Channel<I extends z.ZodType, O> {
  input: I;
  output?: O;
}

function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

export interface AppInfo {
  version: string;
  dataPath: string;
  schemaVersion: number;
}

const noInput = z.undefined().or(z.object({}).strict());
const byId = z.object({ id: z.number({ error: '대상이 지정되지 않았습니다.' }).int().positive() });

export const contract = {
  'app:info': channel<AppInfo>()(noInput),
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
  'dashboard:get': channel<DashboardView>()(dashboardQuerySchema),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<Contract[C]['output']>;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
