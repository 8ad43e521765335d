import type { CacheOutcome } from '../model-calls/response-cache.js';
import type { MetricsCollector } from './metrics-collector.js';

/**
 * Turns the response cache's outcome reports into L1/L2 hits and misses: an L2 hit was first an
 * L1 miss; a miss is a miss of L1 and, when L2 is configured, of L2; a skipped (non-deterministic)
 * call looked nothing up.
 * @example new ResponseCache({ redis, onOutcome: responseCacheOutcomeRecorder(metrics, { l2: true }) })
 */
export function responseCacheOutcomeRecorder(
  metrics: Pick<MetricsCollector, 'recordCache'>,
  { l2 }: { l2: boolean },
): (outcome: CacheOutcome) => void {
  return (outcome) => {
    switch (outcome) {
      case 'l1-hit':
        metrics.recordCache('l1', true);
        return;
      case 'l2-hit':
        metrics.recordCache('l1', false);
        metrics.recordCache('l2', true);
        return;
      case 'miss':
        metrics.recordCache('l1', false);
        if (l2) metrics.recordCache('l2', false);
        return;
      case 'skipped':
        return;
    }
  };
}
