import { z } from 'zod';
import { caseInputSchema, type CaseSummary } from './cases/case-schema.ts';

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

export const contract = {
  'app:info': channel<AppInfo>()(z.undefined().or(z.object({}).strict())),
  'cases:list': channel<CaseSummary[]>()(z.undefined().or(z.object({}).strict())),
  'cases:create': channel<CaseSummary>()(caseInputSchema),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = NonNullable<Contract[C]['output']>;

export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
