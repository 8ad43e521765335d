import { describe, expect, it } from 'vitest';
import { createMetricsCollector } from './in-memory-metrics-collector.js';
import { responseCacheOutcomeRecorder } from './response-cache-outcome.js';

describe('responseCacheOutcomeRecorder', () => {
  it('counts an L2 hit as an L1 miss first, and a miss against both layers when L2 exists', () => {
    const metrics = createMetricsCollector();
    const record = responseCacheOutcomeRecorder(metrics, { l2: true });
    for (const outcome of ['l1-hit', 'l2-hit', 'miss', 'skipped'] as const) record(outcome);
    const caches = metrics.dashboard().caches;
    expect(caches.l1).toEqual({ hits: 1, misses: 2, hitRate: 1 / 3 });
    expect(caches.l2).toEqual({ hits: 1, misses: 1, hitRate: 0.5 });
  });

  it('leaves L2 untouched when only L1 is configured', () => {
    const metrics = createMetricsCollector();
    responseCacheOutcomeRecorder(metrics, { l2: false })('miss');
    expect(metrics.dashboard().caches.l2).toEqual({ hits: 0, misses: 0, hitRate: null });
  });
});
