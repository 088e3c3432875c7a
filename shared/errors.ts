// Error codes that may cross the IPC bridge. The renderer shows `message` (Korean) as is;
// nothing else about the failure (stack, SQL, paths) ever leaves the main process.

export type ErrorCode = 'UNKNOWN_CHANNEL' | 'INVALID_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'DB_TOO_NEW' | 'INTERNAL';

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  /** Per-field Korean messages for forms, keyed by the input's field name. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

/** Thrown by handlers for expected failures; the dispatcher turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toPayload(): ErrorPayload {
    return this.fields
      ? { code: this.code, message: this.message, fields: this.fields }
      : { code: this.code, message: this.message };
  }
}

export const INTERNAL_ERROR_MESSAGE = '처리 중 오류가 발생했습니다. 같은 문제가 계속되면 담당자에게 알려 주세요.';
