/** One figure a benchmark measured. Figures are reported, never asserted. */
export interface BenchResult {
  /** What was measured, e.g. `analysis: two-page PDF CV vs job, median`. */
  name: string;
  value: number;
  /** `ms`, `req/s`, `MB`, `%`, `×ideal`… */
  unit: string;
  /** How it was measured, the ideal or target, the spread. */
  note?: string;
}

/** What every `bench/*-bench.ts` module exports. */
export interface BenchModule {
  run(): Promise<BenchResult[]>;
}

/** The value at quantile `q` (0..1) of the samples, nearest-rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}
