import { z } from 'zod';

// Building blocks of the contract: a channel pairs a zod input schema with an output type.
// The dispatcher (electron/ipc.ts) validates input against `input`; `output` only carries the type.

export interface Channel<I extends z.ZodType, O> {
  input: I;
  output?: O;
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I): Channel<I, O> => ({ input });
}

export const noInput = z.undefined().or(z.object({}).strict());
export const byId = z.object({ id: z.number({ error: '대상이 지정되지 않았습니다.' }).int().positive() });
