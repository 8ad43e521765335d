import type { ModelUsageTotals } from './model-usage-totals.js';
import { OperationStats } from './operation-stats.js';
import { SPECULATION_COUNTERS } from './speculation-tally.js';

/** Index of each quality counter in TimeBucket.quality. */
export const QUALITY = {
  answers: 0,
  answerScoreSum: 1,
  deepDives: 2,
  trueGaps: 3,
  bullets: 4,
  bulletScoreSum: 5,
  bulletsPassed: 6,
  bulletsRefined: 7,
  refinements: 8,
  firstPass: 9,
  accepted: 10,
  edited: 11,
  rejected: 12,
} as const;

/** Index of each cache counter in TimeBucket.cache. */
export const CACHE = {
  l1Hits: 0,
  l1Misses: 1,
  l2Hits: 2,
  l2Misses: 3,
  promptHits: 4,
  promptMisses: 5,
} as const;

/**
 * Everything recorded during one time slot. Slots are reused when the ring wraps, keeping their
 * allocated arrays, so memory stays at what the busiest slots needed.
 */
export class TimeBucket {
  /** Slot number since the epoch (time ÷ slot length); -1 when never used. */
  index = -1;
  /** Per operation id; filled lazily, so an operation that never ran in this slot costs one array entry. */
  readonly operations: (OperationStats | undefined)[] = [];
  readonly quality = new Float64Array(13);
  readonly cache = new Float64Array(6);
  /** Speculative calls per step and outcome, laid out by speculationIndex(). */
  readonly speculation = new Float64Array(SPECULATION_COUNTERS);
  /** Interned step + provider + model key id → totals; bounded by the collector's maxModelKeys. */
  readonly models = new Map<number, ModelUsageTotals>();
  /** Error code → count; bounded by the collector's maxErrorCodes. */
  readonly errors = new Map<string, number>();
  /** USD of explicit context-cache storage. */
  cacheStorageUsd = 0;

  /** The stats of an operation id in this slot, created on first use. */
  operation(id: number): OperationStats {
    let stats = this.operations[id];
    if (stats === undefined) {
      stats = new OperationStats();
      while (this.operations.length < id) this.operations.push(undefined);
      this.operations[id] = stats;
    }
    return stats;
  }

  /** Clears the slot for a new time index. */
  reset(index: number): void {
    this.index = index;
    for (const stats of this.operations) stats?.reset();
    this.quality.fill(0);
    this.cache.fill(0);
    this.speculation.fill(0);
    this.models.clear();
    this.errors.clear();
    this.cacheStorageUsd = 0;
  }

  /** Approximate bytes held by this slot (typed arrays and per-entry estimates), for the memory bound. */
  approxBytes(): number {
    let bytes = 256 + this.quality.byteLength + this.cache.byteLength + this.operations.length * 8;
    bytes += this.speculation.byteLength;
    for (const stats of this.operations) if (stats) bytes += 120 + stats.histogram.bytes;
    bytes += this.models.size * 300 + this.errors.size * 80;
    return bytes;
  }
}
