// What a benchmark suite reports: rows of measured figures, each with the target it is judged against.

export interface BenchRow {
  /** What was measured, e.g. `synthetic 500조 · compareOrdinances`. */
  label: string;
  value: number;
  unit: 'ms' | 'MB' | '×' | '';
  /** Human-readable target, e.g. `≤ 0.5×`; omitted for reference figures such as a baseline. */
  target?: string;
  /** Whether the value meets the target; undefined when there is none. */
  ok?: boolean;
  note?: string;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}
