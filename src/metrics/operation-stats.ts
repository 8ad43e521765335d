import { LogHistogram } from './log-histogram.js';

/** Latency and error counts of one operation in one time slot (or merged over a window). */
export class OperationStats {
  count = 0;
  errors = 0;
  sumMs = 0;
  minMs = Number.POSITIVE_INFINITY;
  maxMs = 0;
  /** Log-scale histogram of the durations (bounded size, see log-histogram.ts). */
  readonly histogram = new LogHistogram();

  /** Counts one duration: a handful of arithmetic operations, no allocation in the steady state. */
  record(durationMs: number, failed: boolean): void {
    const ms = durationMs > 0 && Number.isFinite(durationMs) ? durationMs : 0;
    this.count++;
    if (failed) this.errors++;
    this.sumMs += ms;
    if (ms < this.minMs) this.minMs = ms;
    if (ms > this.maxMs) this.maxMs = ms;
    this.histogram.add(ms);
  }

  /** Adds another slot's counts into this one. */
  merge(other: OperationStats): void {
    if (other.count === 0) return;
    this.count += other.count;
    this.errors += other.errors;
    this.sumMs += other.sumMs;
    if (other.minMs < this.minMs) this.minMs = other.minMs;
    if (other.maxMs > this.maxMs) this.maxMs = other.maxMs;
    this.histogram.merge(other.histogram);
  }

  /** The q-quantile (0..1) in ms, null when empty. */
  quantile(q: number): number | null {
    return this.histogram.quantile(q, { min: this.minMs, max: this.maxMs });
  }

  /** Empties the stats so the slot can be reused for a new time index. */
  reset(): void {
    if (this.count === 0) return;
    this.count = 0;
    this.errors = 0;
    this.sumMs = 0;
    this.minMs = Number.POSITIVE_INFINITY;
    this.maxMs = 0;
    this.histogram.clear();
  }
}
