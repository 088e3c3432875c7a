import { DeadlineError } from '../../shared/deadlines/errors.ts';
import { AppError } from '../../shared/errors.ts';

/** Runs a deadline computation on what the user typed; the engine's Korean message is shown on `field`. */
export function onDeadlineField<T>(field: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DeadlineError) throw new AppError('INVALID_INPUT', error.message, { [field]: error.message });
    throw error;
  }
}
