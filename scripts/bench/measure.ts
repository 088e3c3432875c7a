// Timing and memory helpers shared by the suites.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { BenchRow } from './suite.ts';

export interface Timing {
  medianMs: number;
  minMs: number;
  runs: number;
}

/** Median wall time of `runs` calls after `warmup` untimed ones (JIT, caches). */
export async function time(fn: () => unknown, runs: number, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const mid = Math.floor(samples.length / 2);
  const median = samples.length % 2 ? (samples[mid] ?? 0) : ((samples[mid - 1] ?? 0) + (samples[mid] ?? 0)) / 2;
  return { medianMs: median, minMs: samples[0] ?? 0, runs };
}

/** A `gc()` without asking the user to pass --expose-gc, so heap figures start from live data only. */
export const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  return typeof gc === 'function' ? (gc as () => void) : () => {};
})();

/** Highest heapUsed seen while `fn` runs `times` times (sampled after each call), in MB. */
export async function peakHeapMb(fn: () => unknown, times = 3): Promise<number> {
  collectGarbage();
  let peak = process.memoryUsage().heapUsed;
  for (let i = 0; i < times; i++) {
    await fn();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  return peak / 2 ** 20;
}

export function formatRows(suite: string, rows: BenchRow[]): string {
  const cells = rows.map((r) => [
    r.label,
    `${r.value.toFixed(r.unit === '×' ? 3 : r.unit === 'MB' ? 1 : 2)}${r.unit ? ` ${r.unit}` : ''}`,
    r.target ?? '',
    r.ok === undefined ? '' : r.ok ? 'ok' : 'MISS',
    r.note ?? '',
  ]);
  const header = ['measure', 'value', 'target', '', 'note'];
  const width = (s: string) =>
    [...s].reduce((w, ch) => w + (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const cols = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i] ?? ''))));
  const line = (c: string[]) =>
    c
      .map((s, i) => s + ' '.repeat((cols[i] ?? 0) - width(s)))
      .join('  ')
      .trimEnd();
  return [`## ${suite}`, line(header), cols.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
