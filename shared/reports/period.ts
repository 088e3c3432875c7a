// The report's period: `from` defaults to January 1 of the 기준일's year.
import type { ReportPeriod } from './report-types.ts';

export function resolvePeriod(asOf: string, from?: string | null): ReportPeriod {
  return { asOf, from: from ?? `${asOf.slice(0, 4)}-01-01` };
}
