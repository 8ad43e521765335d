import { cacheLayerSummary, sumModels } from './build-dashboard.js';
import type { ModelUsageTotals } from './model-usage-totals.js';
import type { PromptCacheStats } from './prompt-cache-stats-schema.js';
import { CACHE } from './time-bucket.js';
import type { WindowTotals } from './window-totals.js';

/** Turns a window's merged totals into the prompt-cache figures, per step and overall. */
export function buildPromptCacheStats({
  totals,
  now,
  windowMs,
}: {
  totals: WindowTotals;
  now: number;
  windowMs: number;
}): PromptCacheStats {
  const steps = [...totals.groupModels((usage) => usage.step)]
    .map(([step, usage]) => ({ step, ...figures(usage) }))
    .sort((a, b) => a.step.localeCompare(b.step));
  const c = totals.cache;
  return {
    generatedAt: new Date(now).toISOString(),
    windowMs: Math.max(1, Math.round(windowMs)),
    overall: figures(sumModels(totals.models.values())),
    steps,
    responseCache: {
      l1: cacheLayerSummary(c[CACHE.l1Hits]!, c[CACHE.l1Misses]!),
      l2: cacheLayerSummary(c[CACHE.l2Hits]!, c[CACHE.l2Misses]!),
    },
  };
}

function figures(usage: ModelUsageTotals): PromptCacheStats['overall'] {
  return {
    calls: usage.calls,
    inputTokens: usage.promptTokens,
    cachedInputTokens: usage.cacheReadTokens,
    cacheWriteTokens: usage.cacheWriteTokens,
    cachedShare: usage.cachedShare,
    notReportedCalls: usage.calls - usage.cacheReportedCalls,
    estimatedSavingUsd: usage.savedUsd,
    responseCacheHits: usage.responseCacheHits,
  };
}
