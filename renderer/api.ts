import type { ChannelInput, ChannelName, ChannelOutput } from '../shared/contract.ts';
import type { ErrorPayload, Result } from '../shared/errors.ts';

// The renderer's only way to the privileged side: `window.api.call`, exposed by electron/preload.ts
// (or by the e2e harness with the same dispatcher behind it).
declare global {
  interface Window {
    api: { call(channel: string, input?: unknown): Promise<Result<unknown>> };
  }
}

/** A failed request, carrying the Korean message and per-field messages from the main side. */
export class ApiError extends Error {
  constructor(readonly payload: ErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
  }
}

export async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await window.api.call(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ChannelOutput<C>;
}
