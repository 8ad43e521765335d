/** One figure a benchmark measured. Figures are reported, never asserted. */
export interface BenchResult {
  /** What was measured, e.g. `analysis: two-page PDF CV vs job, median`. */
  name: string;
  /** The figure: the median when the benchmark repeated the measurement. */
  value: number;
  /** `ms`, `req/s`, `MB`, `%`, `×ideal`… */
  unit: string;
  /** How it was measured, the ideal or target, the spread. */
  note?: string;
  /** The best the figure could be, in the same unit; the report shows value ÷ ideal beside it. */
  ideal?: number;
  /** The target the issue sets, in words (`≤ 1.05 × ideal`, `< 5 ms`). */
  target?: string;
  /** Smallest and largest of the repetitions whose median is `value`. */
  spread?: { min: number; max: number };
  /** How many times the measurement was repeated. */
  repetitions?: number;
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

/** Median, spread and count of repeated measurements, ready to spread into a `BenchResult`. */
export function repeated(
  samples: readonly number[],
  digits = 2,
): Pick<BenchResult, 'value' | 'spread' | 'repetitions'> {
  const round = (value: number) => Number(value.toFixed(digits));
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median =
    sorted.length % 2 === 1
      ? sorted[Math.floor(middle)]!
      : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
  return {
    value: round(median),
    spread: { min: round(sorted[0] ?? Number.NaN), max: round(sorted.at(-1) ?? Number.NaN) },
    repetitions: samples.length,
  };
}
