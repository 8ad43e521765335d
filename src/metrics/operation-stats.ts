import { binIndex, HISTOGRAM_BINS, quantileFromBins } from './log-histogram.js';

/** Latency and error counts of one operation in one time bucket (or merged over a window). */
export class OperationStats {
  count = 0;
  errors = 0;
  sumMs = 0;
  minMs = Number.POSITIVE_INFINITY;
  maxMs = 0;
  /** Log-scale histogram counts, fixed size (see log-histogram.ts). */
  readonly bins = new Uint32Array(HISTOGRAM_BINS);

  /** Counts one duration: a handful of arithmetic operations, no allocation. */
  record(durationMs: number, failed: boolean): void {
    this.count++;
    if (failed) this.errors++;
    this.sumMs += durationMs;
    if (durationMs < this.minMs) this.minMs = durationMs;
    if (durationMs > this.maxMs) this.maxMs = durationMs;
    this.bins[binIndex(durationMs)]!++;
  }

  /** Adds another bucket's counts into this one. */
  merge(other: OperationStats): void {
    if (other.count === 0) return;
    this.count += other.count;
    this.errors += other.errors;
    this.sumMs += other.sumMs;
    if (other.minMs < this.minMs) this.minMs = other.minMs;
    if (other.maxMs > this.maxMs) this.maxMs = other.maxMs;
    for (let bin = 0; bin < HISTOGRAM_BINS; bin++) this.bins[bin]! += other.bins[bin]!;
  }

  /** The q-quantile (0..1) in ms, null when empty. */
  quantile(q: number): number | null {
    return quantileFromBins(this.bins, { q, count: this.count, min: this.minMs, max: this.maxMs });
  }

  /** Empties the stats so the bucket can be reused for a new time slot. */
  reset(): void {
    if (this.count === 0) return;
    this.count = 0;
    this.errors = 0;
    this.sumMs = 0;
    this.minMs = Number.POSITIVE_INFINITY;
    this.maxMs = 0;
    this.bins.fill(0);
  }
}
