import type { ComponentHealthEntry, OverallHealth } from './component-health.js';
import type { Dashboard } from './dashboard-schema.js';
import { ModelUsageTotals } from './model-usage-totals.js';
import type { CostEntrySummary } from './session-cost-ledger.js';
import { SPECULATIVE_STEPS, type SpeculationOutcome, speculationIndex } from './speculation-tally.js';
import { CACHE, QUALITY } from './time-bucket.js';
import type { WindowTotals } from './window-totals.js';

const MONTH_MS = 30 * 24 * 60 * 60 * 1000;

/** Everything buildDashboard reads. */
export interface DashboardInput {
  totals: WindowTotals;
  operationName: (id: number) => string;
  now: number;
  fromMs: number;
  /** The window asked for. */
  windowMs: number;
  /** Time the window actually observed (shorter than the window while the process is young). */
  observedMs: number;
  perSession: CostEntrySummary;
  perQuestion: CostEntrySummary;
  health: { status: OverallHealth; components: ComponentHealthEntry[] };
  pricesAsOf: string;
}

/** Turns a window's merged totals into the dashboard summary. */
export function buildDashboard(input: DashboardInput): Dashboard {
  const { totals, now, fromMs } = input;
  return {
    generatedAt: iso(now),
    from: iso(fromMs),
    windowMs: Math.max(1, Math.round(input.windowMs)),
    performance: performance(input),
    cost: cost(input),
    quality: quality(totals.quality),
    caches: caches(totals),
    speculation: speculation(totals.speculation),
    health: {
      status: input.health.status,
      components: input.health.components.map((component) => ({
        name: component.name,
        status: component.status,
        detail: component.detail,
        lastError: component.lastError,
        lastErrorAt: component.lastErrorAt === null ? null : iso(component.lastErrorAt),
        updatedAt: iso(component.updatedAt),
      })),
    },
    errors: [...totals.errors]
      .map(([code, count]) => ({ code, count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
  };
}

function performance({ totals, operationName }: DashboardInput): Dashboard['performance'] {
  const operations = [...totals.operations].map(([id, stats]) => ({
    name: operationName(id),
    count: stats.count,
    errors: stats.errors,
    errorRate: ratio(stats.errors, stats.count),
    avgMs: stats.sumMs / stats.count,
    p50Ms: stats.quantile(0.5) ?? 0,
    p95Ms: stats.quantile(0.95) ?? 0,
    p99Ms: stats.quantile(0.99) ?? 0,
    minMs: stats.minMs,
    maxMs: stats.maxMs,
  }));
  operations.sort((a, b) => a.name.localeCompare(b.name));
  const slowest = [...operations]
    .sort((a, b) => b.p95Ms - a.p95Ms)
    .slice(0, 5)
    .map((operation) => operation.name);
  return { operations, slowest };
}

function cost(input: DashboardInput): Dashboard['cost'] {
  const { totals } = input;
  const perModel = [...totals.groupModels((usage) => `${usage.provider}\u0000${usage.model}`).values()]
    .map((usage) => ({
      provider: usage.provider,
      modelId: usage.model,
      calls: usage.calls,
      responseCacheHits: usage.responseCacheHits,
      inputTokens: usage.promptTokens,
      cachedInputTokens: usage.cacheReadTokens,
      cacheWriteTokens: usage.cacheWriteTokens,
      outputTokens: usage.outputTokens,
      costUsd: usage.costUsd,
      priced: usage.unpricedCalls === 0,
      unpricedCalls: usage.unpricedCalls,
      cachedShare: usage.cachedShare,
    }))
    .sort((a, b) => b.costUsd - a.costUsd || a.modelId.localeCompare(b.modelId));
  const all = sumModels(totals.models.values());
  const totalUsd = all.costUsd + totals.cacheStorageUsd;
  return {
    totalUsd,
    projectedMonthlyUsd: (totalUsd / input.observedMs) * MONTH_MS,
    calls: all.calls,
    responseCacheHits: all.responseCacheHits,
    unpricedCalls: all.unpricedCalls,
    tokens: {
      input: all.promptTokens,
      cachedInput: all.cacheReadTokens,
      cacheWrite: all.cacheWriteTokens,
      output: all.outputTokens,
    },
    cacheStorageUsd: totals.cacheStorageUsd,
    perModel,
    perSession: entrySummary(input.perSession),
    perQuestion: entrySummary(input.perQuestion),
    pricesAsOf: input.pricesAsOf,
  };
}

function quality(q: Float64Array): Dashboard['quality'] {
  const answers = q[QUALITY.answers]!;
  const bullets = q[QUALITY.bullets]!;
  const accepted = q[QUALITY.accepted]!;
  const edited = q[QUALITY.edited]!;
  const rejected = q[QUALITY.rejected]!;
  return {
    answers,
    answerScoreAvg: answers > 0 ? q[QUALITY.answerScoreSum]! / answers : null,
    deepDiveRate: ratio(q[QUALITY.deepDives]!, answers),
    trueGapRate: ratio(q[QUALITY.trueGaps]!, answers),
    bullets,
    bulletScoreAvg: bullets > 0 ? q[QUALITY.bulletScoreSum]! / bullets : null,
    bulletPassRate: ratio(q[QUALITY.bulletsPassed]!, bullets),
    refinementRate: ratio(q[QUALITY.bulletsRefined]!, bullets),
    averageRefinements: bullets > 0 ? q[QUALITY.refinements]! / bullets : null,
    firstPassAcceptance: ratio(q[QUALITY.firstPass]!, bullets),
    decisions: { accept: accepted, edit: edited, reject: rejected },
    candidateAcceptRate: ratio(accepted, accepted + edited + rejected),
  };
}

function caches(totals: WindowTotals): Dashboard['caches'] {
  const c = totals.cache;
  const all = sumModels(totals.models.values());
  return {
    l1: cacheLayerSummary(c[CACHE.l1Hits]!, c[CACHE.l1Misses]!),
    l2: cacheLayerSummary(c[CACHE.l2Hits]!, c[CACHE.l2Misses]!),
    prompt: {
      ...cacheLayerSummary(c[CACHE.promptHits]!, c[CACHE.promptMisses]!),
      cachedShare: all.cachedShare,
      notReportedCalls: all.calls - all.cacheReportedCalls,
    },
  };
}

function speculation(counts: Float64Array): Dashboard['speculation'] {
  return SPECULATIVE_STEPS.map((step) => {
    const count = (outcome: SpeculationOutcome) => counts[speculationIndex(step, outcome)!]!;
    const started = count('started');
    const used = count('used');
    const adapted = count('adapted');
    const discarded = count('discarded');
    const regenerated = count('regenerated');
    const failed = count('failed');
    const wasted = discarded + regenerated + failed;
    const settled = used + adapted + wasted;
    return {
      step,
      started,
      used,
      adapted,
      discarded,
      regenerated,
      failed,
      wasted,
      unsettled: Math.max(0, started - settled),
      hitRate: ratio(used + adapted, settled),
    };
  });
}

/** Hits, misses and hit rate of one cache layer. */
export function cacheLayerSummary(
  hits: number,
  misses: number,
): { hits: number; misses: number; hitRate: number | null } {
  return { hits, misses, hitRate: ratio(hits, hits + misses) };
}

/** Sums step + provider + model totals into one. */
export function sumModels(entries: Iterable<ModelUsageTotals>): ModelUsageTotals {
  const sum = new ModelUsageTotals('all', 'all', 'all');
  for (const usage of entries) sum.merge(usage);
  return sum;
}

function entrySummary(summary: CostEntrySummary): Dashboard['cost']['perSession'] {
  return { count: summary.count, averageUsd: summary.averageUsd, maxUsd: summary.maxUsd };
}

function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.min(1, part / whole) : null;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
