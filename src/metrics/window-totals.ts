import { ModelUsageTotals } from './model-usage-totals.js';
import { OperationStats } from './operation-stats.js';
import { SPECULATION_COUNTERS } from './speculation-tally.js';
import type { TimeBucket } from './time-bucket.js';

/** Every slot of a window merged: what the dashboard and the prompt-cache figures are computed from. */
export class WindowTotals {
  /** Operation id → merged stats. */
  readonly operations = new Map<number, OperationStats>();
  readonly quality = new Float64Array(13);
  readonly cache = new Float64Array(6);
  /** Speculative calls per step and outcome, laid out by speculationIndex(). */
  readonly speculation = new Float64Array(SPECULATION_COUNTERS);
  readonly models = new Map<number, ModelUsageTotals>();
  readonly errors = new Map<string, number>();
  cacheStorageUsd = 0;

  /** Merges the given slots. */
  static of(slots: readonly TimeBucket[]): WindowTotals {
    const totals = new WindowTotals();
    for (const slot of slots) totals.add(slot);
    return totals;
  }

  private add(slot: TimeBucket): void {
    slot.operations.forEach((stats, id) => {
      if (!stats || stats.count === 0) return;
      let merged = this.operations.get(id);
      if (!merged) {
        merged = new OperationStats();
        this.operations.set(id, merged);
      }
      merged.merge(stats);
    });
    for (let i = 0; i < this.quality.length; i++) this.quality[i]! += slot.quality[i]!;
    for (let i = 0; i < this.cache.length; i++) this.cache[i]! += slot.cache[i]!;
    for (let i = 0; i < this.speculation.length; i++) this.speculation[i]! += slot.speculation[i]!;
    for (const [key, usage] of slot.models) {
      let merged = this.models.get(key);
      if (!merged) {
        merged = new ModelUsageTotals(usage.step, usage.provider, usage.model);
        this.models.set(key, merged);
      }
      merged.merge(usage);
    }
    for (const [code, count] of slot.errors) this.errors.set(code, (this.errors.get(code) ?? 0) + count);
    this.cacheStorageUsd += slot.cacheStorageUsd;
  }

  /** Totals grouped by a key of each step + provider + model entry (e.g. per model, per step). */
  groupModels(keyOf: (usage: ModelUsageTotals) => string): Map<string, ModelUsageTotals> {
    const groups = new Map<string, ModelUsageTotals>();
    for (const usage of this.models.values()) {
      const key = keyOf(usage);
      let group = groups.get(key);
      if (!group) {
        group = new ModelUsageTotals(usage.step, usage.provider, usage.model);
        groups.set(key, group);
      }
      group.merge(usage);
    }
    return groups;
  }
}
