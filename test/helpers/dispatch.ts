import type { Result } from '../../shared/errors.ts';

/** Unwraps a dispatcher answer that must succeed; a failure throws with the error payload for the test report. */
export async function ok<T>(promise: Promise<Result<unknown>>): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}
