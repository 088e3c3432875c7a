import { contract, isChannelName, type ChannelName } from '../shared/contract.ts';
import { AppError, INTERNAL_ERROR_MESSAGE, type Result } from '../shared/errors.ts';
import { fieldErrors, summarizeErrors } from '../shared/validation.ts';
import type { HandlerContext } from './handlers/context.ts';
import { handlers as defaultHandlers, type Handler, type Handlers } from './handlers/index.ts';

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  handlers?: Handlers;
  /** Where unexpected errors are reported (full detail stays in the main process). */
  logError?: (channel: string, error: unknown) => void;
}

/**
 * The one door between the UI and the privileged side, used by ipcMain in the app and by the e2e harness:
 * validate the input with the contract, run the handler, and wrap the outcome. Never throws.
 */
export function createDispatcher(ctx: HandlerContext, options: DispatcherOptions = {}): Dispatch {
  const handlers = options.handlers ?? defaultHandlers;
  const logError = options.logError ?? ((channel, error) => console.error(`[ipc] ${channel} failed`, error));

  return async (channel, input) => {
    if (typeof channel !== 'string' || !isChannelName(channel)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: '알 수 없는 요청입니다.' } };
    }
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      return { ok: false, error: { code: 'INVALID_INPUT', message: summarizeErrors(fields), fields } };
    }
    try {
      const handler = handlers[channel] as Handler<ChannelName>;
      const value = await handler(ctx, parsed.data as never);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toPayload() };
      logError(channel, error);
      return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_ERROR_MESSAGE } };
    }
  };
}
