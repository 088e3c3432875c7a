// Errors of the deadline engine. Messages are Korean and shown to the user as is; `code` lets the
// main process map them (e.g. to AppError 'INVALID_INPUT' or a CliError) without parsing text.

export type DeadlineErrorCode =
  /** Not a real calendar date in `YYYY-MM-DD` form (e.g. 2024-02-30). */
  | 'INVALID_DATE'
  /** Not a period like `14d`, `2w`, `1m`, `1y` (or `14일`, `2주`, `1개월`, `1년`). */
  | 'INVALID_PERIOD'
  /** Options that contradict each other (e.g. 전자송달 together with backward counting). */
  | 'INVALID_OPTIONS'
  /** The computation needs holidays of a year for which there is neither official nor computable data. */
  | 'HOLIDAY_DATA_UNAVAILABLE'
  /** An unknown event kind or rule id. */
  | 'UNKNOWN_EVENT';

export class DeadlineError extends Error {
  constructor(
    readonly code: DeadlineErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DeadlineError';
  }
}
