export type { ComponentHealthEntry, OverallHealth } from './component-health.js';
export {
  CacheLayerSummarySchema,
  ComponentHealthSchema,
  type Dashboard,
  DashboardSchema,
  ModelCostSummarySchema,
  OperationSummarySchema,
  SpeculationSummarySchema,
} from './dashboard-schema.js';
export { createMetricsCollector, type MetricsCollectorOptions } from './in-memory-metrics-collector.js';
export { HISTOGRAM_RELATIVE_ERROR } from './log-histogram.js';
export type { MemoryFootprint } from './memory-footprint.js';
export type {
  AnswerOutcome,
  BulletDecision,
  BulletReviewRecord,
  CacheLayer,
  CacheStorageRecord,
  ComponentStatus,
  MetricsCollector,
  ModelUsageRecord,
  SpeculationOutcome,
  SpeculativeStep,
} from './metrics-collector.js';
export { usageFromAiSdk } from './pricing/ai-sdk-usage.js';
export { cacheStorageCost } from './pricing/cache-storage-cost.js';
export {
  type LoadPriceTableOptions,
  loadPriceTable,
  PRICES_FILE_VARIABLE,
  type PriceOverrides,
} from './pricing/load-price-table.js';
export { computeModelCost, type ModelCost, type ModelCostOptions } from './pricing/model-cost.js';
export {
  DEFAULT_PRICES,
  findModelPrice,
  type ModelPrice,
  ModelPriceSchema,
  PRICES_AS_OF,
  type PriceTable,
  PriceTableSchema,
} from './pricing/price-table.js';
export type { NormalizedUsage, ProviderUsage } from './pricing/provider-usage.js';
export {
  PromptCacheFiguresSchema,
  type PromptCacheStats,
  PromptCacheStatsSchema,
} from './prompt-cache-stats-schema.js';
export { responseCacheOutcomeRecorder } from './response-cache-outcome.js';
export { TRACER_NAME, withSpan } from './tracing.js';
