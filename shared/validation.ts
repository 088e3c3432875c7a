import type { z } from 'zod';

/** First Korean message per top-level field, for showing under form inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

/** One line summarising the input errors, for notifications and the CLI. */
export function summarizeErrors(fields: Record<string, string>): string {
  return `입력값을 확인하세요: ${Object.values(fields).join(' ')}`;
}
