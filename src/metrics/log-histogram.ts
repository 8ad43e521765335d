/**
 * Fixed-size, log-scale latency histogram bins (DDSketch-style logarithmic mapping). Every value in
 * [HISTOGRAM_MIN_MS, HISTOGRAM_MAX_MS] falls in a bin whose representative value is within
 * HISTOGRAM_RELATIVE_ERROR of it, so percentiles merged from bins carry that relative error at most.
 */

/** Relative error of any percentile read from these bins, for values inside the tracked range. */
export const HISTOGRAM_RELATIVE_ERROR = 0.02;

/** Smallest tracked duration (10 µs); anything faster counts in the underflow bin. */
export const HISTOGRAM_MIN_MS = 0.01;

/** Largest tracked duration (10 min); anything slower counts in the overflow bin. */
export const HISTOGRAM_MAX_MS = 600_000;

const GAMMA = (1 + HISTOGRAM_RELATIVE_ERROR) / (1 - HISTOGRAM_RELATIVE_ERROR);
const LN_GAMMA = Math.log(GAMMA);
const MIN_INDEX = Math.ceil(Math.log(HISTOGRAM_MIN_MS) / LN_GAMMA);
const MAX_INDEX = Math.ceil(Math.log(HISTOGRAM_MAX_MS) / LN_GAMMA);

/** Number of bins in one histogram: underflow, the log-scale range, overflow (451 for the defaults). */
export const HISTOGRAM_BINS = MAX_INDEX - MIN_INDEX + 3;

/** Bytes held by one histogram's counts (Uint32 per bin). */
export const HISTOGRAM_BYTES = HISTOGRAM_BINS * Uint32Array.BYTES_PER_ELEMENT;

/** The bin a duration in milliseconds falls in: one log and a few compares, no allocation. */
export function binIndex(ms: number): number {
  if (!(ms > HISTOGRAM_MIN_MS)) return 0;
  if (ms > HISTOGRAM_MAX_MS) return HISTOGRAM_BINS - 1;
  return Math.ceil(Math.log(ms) / LN_GAMMA) - MIN_INDEX + 1;
}

/** The representative value of a bin: within the relative error of every value the bin holds. */
export function binValue(bin: number): number {
  if (bin <= 0) return HISTOGRAM_MIN_MS;
  if (bin >= HISTOGRAM_BINS - 1) return HISTOGRAM_MAX_MS;
  const index = bin - 1 + MIN_INDEX;
  return (2 * GAMMA ** index) / (GAMMA + 1);
}

/**
 * The q-quantile (0..1) of the values counted in `bins`, clamped to the exact min and max seen
 * (so underflow and overflow bins still report real values). Null when nothing was counted.
 */
export function quantileFromBins(
  bins: ArrayLike<number>,
  { q, count, min, max }: { q: number; count: number; min: number; max: number },
): number | null {
  if (count <= 0) return null;
  const rank = q * (count - 1);
  let cumulative = 0;
  for (let bin = 0; bin < bins.length; bin++) {
    cumulative += bins[bin] ?? 0;
    if (cumulative > rank) return Math.min(max, Math.max(min, binValue(bin)));
  }
  return max;
}
