/**
 * Log-scale latency histogram (DDSketch-style logarithmic mapping). Every value in
 * [HISTOGRAM_MIN_MS, HISTOGRAM_MAX_MS] falls in a bin whose representative value is within
 * HISTOGRAM_RELATIVE_ERROR of it, so a percentile read from the bins is within that relative error
 * of a value whose rank is the requested one. Bins are held densely between the lowest and highest bin
 * used so far, so one operation whose latencies span two decades holds ~120 counters, not all 451.
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

/** Number of bins a histogram can use at most: underflow, the log-scale range, overflow (451). */
export const HISTOGRAM_BINS = MAX_INDEX - MIN_INDEX + 3;

/** Most bytes one histogram's counts can hold (Uint32 per bin, all bins in use). */
export const HISTOGRAM_MAX_BYTES = HISTOGRAM_BINS * Uint32Array.BYTES_PER_ELEMENT;

/** Bins added beyond the one needed when the dense range grows, so growth is rare. */
const GROWTH_SLACK = 8;

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

/** Counts of durations in log-scale bins; memory grows only with the spread of the values, at most 451 counters. */
export class LogHistogram {
  /** Bin number of counts[0]. */
  private offset = 0;
  private counts: Uint32Array = new Uint32Array(0);
  /** Values counted. */
  total = 0;

  /** Counts one duration. Allocates only when the value falls outside the bins used so far. */
  add(ms: number, times = 1): void {
    const bin = binIndex(ms);
    this.ensure(bin, bin);
    this.counts[bin - this.offset]! += times;
    this.total += times;
  }

  /** Adds every count of `other`. */
  merge(other: LogHistogram): void {
    if (other.total === 0) return;
    this.ensure(other.offset, other.offset + other.counts.length - 1);
    for (let i = 0; i < other.counts.length; i++)
      this.counts[other.offset + i - this.offset]! += other.counts[i]!;
    this.total += other.total;
  }

  /**
   * The q-quantile (0..1): the representative value of the bin holding the value of rank
   * ⌊q × (total − 1)⌋, clamped to [min, max] (the exact extremes, which the caller tracks); q = 0 and
   * q = 1 give min and max exactly. Null when empty.
   */
  quantile(q: number, { min, max }: { min: number; max: number }): number | null {
    if (this.total === 0) return null;
    if (q <= 0) return min;
    if (q >= 1) return max;
    const rank = q * (this.total - 1);
    let cumulative = 0;
    for (let i = 0; i < this.counts.length; i++) {
      cumulative += this.counts[i]!;
      if (cumulative > rank) {
        const bin = i + this.offset;
        // Underflow and overflow bins have no representative value: the exact extreme is the best answer.
        if (bin === 0) return min;
        if (bin === HISTOGRAM_BINS - 1) return max;
        return Math.min(max, Math.max(min, binValue(bin)));
      }
    }
    return max;
  }

  /** Empties the counts but keeps the allocated range, so a reused time slot does not allocate again. */
  clear(): void {
    this.counts.fill(0);
    this.total = 0;
  }

  /** Bytes held by the counts. */
  get bytes(): number {
    return this.counts.byteLength;
  }

  /** Makes bins [low, high] addressable, growing the dense range with some slack. */
  private ensure(low: number, high: number): void {
    const length = this.counts.length;
    if (length > 0 && low >= this.offset && high < this.offset + length) return;
    const currentLow = length === 0 ? low : this.offset;
    const currentHigh = length === 0 ? high : this.offset + length - 1;
    const newLow = low < currentLow || length === 0 ? Math.max(0, low - GROWTH_SLACK) : currentLow;
    const newHigh =
      high > currentHigh || length === 0 ? Math.min(HISTOGRAM_BINS - 1, high + GROWTH_SLACK) : currentHigh;
    const grown = new Uint32Array(newHigh - newLow + 1);
    if (length > 0) grown.set(this.counts, this.offset - newLow);
    this.counts = grown;
    this.offset = newLow;
  }
}
