import type { Registry } from 'prom-client';
import { BoundedNames, OTHER } from './bounded-names.js';
import { BucketRing } from './bucket-ring.js';
import { buildDashboard } from './build-dashboard.js';
import { buildPromptCacheStats } from './build-prompt-cache-stats.js';
import { ComponentHealthBoard } from './component-health.js';
import type { Dashboard } from './dashboard-schema.js';
import { HISTOGRAM_MAX_BYTES } from './log-histogram.js';
import type { MemoryFootprint } from './memory-footprint.js';
import type {
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
import { ModelUsageTotals } from './model-usage-totals.js';
import { cacheStorageCost } from './pricing/cache-storage-cost.js';
import { computeModelCost } from './pricing/model-cost.js';
import { canonicalModelId, DEFAULT_PRICES, PRICES_AS_OF, type PriceTable } from './pricing/price-table.js';
import { type ModelLabels, PrometheusMetrics } from './prometheus-metrics.js';
import type { PromptCacheStats } from './prompt-cache-stats-schema.js';
import { SessionCostLedger } from './session-cost-ledger.js';
import { speculationIndex } from './speculation-tally.js';
import { CACHE, QUALITY } from './time-bucket.js';
import { withSpan } from './tracing.js';
import { WindowTotals } from './window-totals.js';

const HOUR_MS = 60 * 60 * 1000;

/** Options of createMetricsCollector. */
export interface MetricsCollectorOptions {
  /** Clock in epoch ms; inject one in tests. */
  now?: () => number;
  /** How long data is kept (default 24 h). */
  retentionMs?: number;
  /** Slot length of the fine ring that answers windows up to 1 h (default 1 min). */
  bucketMs?: number;
  /** Slot length of the coarse ring that answers longer windows (default retention ÷ 48 = 30 min). */
  coarseBucketMs?: number;
  /** Prices per model (default: the built-in table; see loadPriceTable for GAPWISE_PRICES_FILE). */
  priceTable?: PriceTable;
  /** Window of `dashboard()` when none is given (default 1 h). */
  defaultWindowMs?: number;
  /** Distinct operation names kept; later ones fold into `other` (default 100). */
  maxOperations?: number;
  /** Distinct step + provider + model keys kept (default 100). */
  maxModelKeys?: number;
  /** Distinct error codes kept (default 64). */
  maxErrorCodes?: number;
  /** Sessions whose lifetime cost is kept, least recently active dropped first (default 5,000). */
  maxSessions?: number;
  /** Questions whose lifetime cost is kept (default 20,000). */
  maxQuestions?: number;
}

/**
 * Creates the metrics collector: two rings of time slots (fine slots for the last hour, coarse ones
 * for the whole retention), log-bucket histograms, bounded name tables, and live Prometheus metrics
 * on a registry of its own. Memory is bounded whatever the traffic (see memoryFootprint()).
 * @example
 * const metrics = createMetricsCollector();
 * await metrics.trackPerformance('state.read', () => store.loadSession(id));
 * metrics.recordModelUsage({ step: 'evaluate-answer', provider: 'google', modelId: 'gemini-2.5-flash',
 *   sessionId, durationMs: 812, ...usageFromAiSdk(result.usage) });
 * reply.send(metrics.dashboard(60 * 60_000));
 */
export function createMetricsCollector(options: MetricsCollectorOptions = {}): MetricsCollector {
  return new InMemoryMetricsCollector(options);
}

class InMemoryMetricsCollector implements MetricsCollector {
  private readonly now: () => number;
  private readonly startedAt: number;
  private readonly retentionMs: number;
  private readonly defaultWindowMs: number;
  private readonly prices: PriceTable;
  /** Finest first; every record goes to each ring. */
  private readonly rings: BucketRing[];
  private readonly operations: BoundedNames;
  private readonly modelKeys: BoundedNames;
  private readonly modelLabels: ModelLabels[] = [];
  private readonly errorCodes: BoundedNames;
  private readonly ledger: SessionCostLedger;
  private readonly health = new ComponentHealthBoard();
  private readonly prometheus = new PrometheusMetrics();
  private readonly limits: { maxOperations: number; maxModelKeys: number; maxErrorCodes: number };
  private readonly ledgerLimits: { maxSessions: number; maxQuestions: number };
  private lastPruneMs = 0;

  constructor({
    now = Date.now,
    retentionMs = 24 * HOUR_MS,
    bucketMs = 60_000,
    coarseBucketMs = Math.max(bucketMs, Math.ceil(retentionMs / 48)),
    priceTable = DEFAULT_PRICES,
    defaultWindowMs = HOUR_MS,
    maxOperations = 100,
    maxModelKeys = 100,
    maxErrorCodes = 64,
    maxSessions = 5_000,
    maxQuestions = 20_000,
  }: MetricsCollectorOptions) {
    if (!(retentionMs > 0 && bucketMs > 0 && coarseBucketMs >= bucketMs))
      throw new RangeError('metrics: retentionMs and bucketMs must be positive, coarseBucketMs ≥ bucketMs');
    this.now = now;
    this.startedAt = now();
    this.retentionMs = retentionMs;
    this.defaultWindowMs = defaultWindowMs;
    this.prices = priceTable;
    const fineSpan = Math.min(retentionMs, HOUR_MS);
    const coarse = new BucketRing(coarseBucketMs, Math.ceil(retentionMs / coarseBucketMs) + 1);
    this.rings =
      coarseBucketMs > bucketMs && fineSpan < retentionMs
        ? [new BucketRing(bucketMs, Math.ceil(fineSpan / bucketMs) + 1), coarse]
        : [coarse];
    this.operations = new BoundedNames(maxOperations);
    this.modelKeys = new BoundedNames(maxModelKeys);
    this.errorCodes = new BoundedNames(maxErrorCodes);
    this.limits = { maxOperations, maxModelKeys, maxErrorCodes };
    this.ledgerLimits = { maxSessions, maxQuestions };
    this.ledger = new SessionCostLedger({ maxSessions, maxQuestions });
  }

  recordOperation(name: string, durationMs: number, ok: boolean, errorCode?: string): void {
    const now = this.now();
    const id = this.operations.id(name);
    for (const ring of this.rings) ring.current(now).operation(id).record(durationMs, !ok);
    this.prometheus.operation(id, this.operations.name(id), durationMs, ok);
    if (!ok && errorCode !== undefined) this.countError(errorCode, now);
  }

  async trackPerformance<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      const result = await withSpan(name, {}, fn);
      this.recordOperation(name, performance.now() - start, true);
      return result;
    } catch (error) {
      this.recordOperation(name, performance.now() - start, false, errorCodeOf(error));
      throw error;
    }
  }

  recordModelUsage(record: ModelUsageRecord): void {
    const now = this.now();
    const provider = providerLabel(record.provider);
    const model = canonicalModelId(record.modelId);
    const id = this.modelKeys.id(`${record.step}\u0000${provider}\u0000${model}`);
    const labels = this.labelsOf(id, { step: record.step, provider, model });
    const cost = computeModelCost({
      provider: record.provider,
      model: record.modelId,
      usage: {
        inputTokens: record.inputTokens,
        cachedInputTokens: record.cachedInputTokens,
        cacheWriteTokens: record.cacheWriteTokens,
        cacheWriteTtl: record.cacheWriteTtl,
        outputTokens: record.outputTokens,
        inputIncludesCache: record.inputIncludesCache ?? true,
      },
      prices: this.prices,
    });
    const responseCacheHit = record.cached === true;
    for (const ring of this.rings) {
      const slot = ring.current(now);
      let totals = slot.models.get(id);
      if (!totals) {
        totals = new ModelUsageTotals(labels.step, labels.provider, labels.model);
        slot.models.set(id, totals);
      }
      totals.add(cost, responseCacheHit);
    }
    this.prometheus.modelCall(id, labels, {
      usage: cost.usage,
      usd: cost.usd,
      priced: cost.status === 'priced',
      durationMs: record.durationMs,
      responseCacheHit,
    });
    if (!responseCacheHit) {
      // A provider call that reported cached tokens is a prompt-cache hit (some cached) or miss.
      if (cost.usage.cacheReported) this.recordCache('prompt', cost.usage.cacheReadTokens > 0);
      this.recordOperation(`model.${record.step}`, record.durationMs, true);
      this.ledger.add({
        sessionId: record.sessionId,
        questionId: record.questionId,
        usd: cost.status === 'priced' ? cost.usd : null,
        now,
      });
    }
  }

  recordCacheStorage(record: CacheStorageRecord): void {
    const now = this.now();
    const usd = cacheStorageCost({
      model: record.modelId,
      cachedTokens: record.cachedTokens,
      hours: record.hours,
      prices: this.prices,
    });
    if (usd === null || usd === 0) return;
    for (const ring of this.rings) ring.current(now).cacheStorageUsd += usd;
    this.prometheus.cacheStorage(providerLabel(record.provider), canonicalModelId(record.modelId), usd);
  }

  recordCache(layer: CacheLayer, hit: boolean): void {
    const now = this.now();
    const index = CACHE_INDEX[layer][hit ? 0 : 1];
    for (const ring of this.rings) ring.current(now).cache[index]!++;
    this.prometheus.cache(layer, hit);
  }

  recordAnswerScore(score: number, { deepDive = false, trueGap = false }: AnswerOutcome = {}): void {
    const clamped = clampScore(score);
    this.addQuality((q) => {
      q[QUALITY.answers]!++;
      q[QUALITY.answerScoreSum]! += clamped;
      if (deepDive) q[QUALITY.deepDives]!++;
      if (trueGap) q[QUALITY.trueGaps]!++;
    });
    this.prometheus.answer(clamped, deepDive, trueGap);
  }

  recordBulletReview(record: BulletReviewRecord): void {
    const score = clampScore(record.score);
    const refinements = Math.max(0, Math.floor(record.refinements));
    this.addQuality((q) => {
      q[QUALITY.bullets]!++;
      q[QUALITY.bulletScoreSum]! += score;
      if (record.passed) q[QUALITY.bulletsPassed]!++;
      if (refinements > 0) q[QUALITY.bulletsRefined]!++;
      q[QUALITY.refinements]! += refinements;
      if (record.firstPass) q[QUALITY.firstPass]!++;
    });
    this.prometheus.bullet({ ...record, score, refinements });
  }

  recordDecision(action: BulletDecision): void {
    const index =
      action === 'accept' ? QUALITY.accepted : action === 'edit' ? QUALITY.edited : QUALITY.rejected;
    this.addQuality((q) => {
      q[index]!++;
    });
    this.prometheus.decision(action);
  }

  recordSpeculation(step: SpeculativeStep, outcome: SpeculationOutcome): void {
    const index = speculationIndex(step, outcome);
    if (index === undefined) return;
    const now = this.now();
    for (const ring of this.rings) ring.current(now).speculation[index]!++;
    this.prometheus.speculation(index);
  }

  recordError(code: string): void {
    this.countError(code, this.now());
  }

  setComponentHealth(name: string, status: ComponentStatus, detail?: string): void {
    if (this.health.set(name, status, detail, this.now())) this.prometheus.componentHealth(name, status);
  }

  dashboard(windowMs = this.defaultWindowMs): Dashboard {
    const now = this.now();
    const { totals, fromMs, windowMs: window } = this.windowTotals(now, windowMs);
    this.pruneLedger(now);
    const { perSession, perQuestion } = this.ledger.summary(fromMs);
    return buildDashboard({
      totals,
      operationName: (id) => this.operations.name(id),
      now,
      fromMs,
      windowMs: window,
      // The monthly projection divides by the time actually observed, not by a window longer than the uptime.
      observedMs: Math.max(1000, now - Math.max(fromMs, this.startedAt)),
      perSession,
      perQuestion,
      health: { status: this.health.overall(), components: this.health.list() },
      pricesAsOf: PRICES_AS_OF,
    });
  }

  promptCacheStats(windowMs = this.retentionMs): PromptCacheStats {
    const now = this.now();
    const { totals, windowMs: window } = this.windowTotals(now, windowMs);
    return buildPromptCacheStats({ totals, now, windowMs: window });
  }

  prometheusRegistry(): Registry {
    this.prometheus.enableDefaultMetrics();
    return this.prometheus.registry;
  }

  memoryFootprint(): MemoryFootprint {
    let approxBytes = 0;
    let slots = 0;
    for (const ring of this.rings) {
      slots += ring.size;
      for (const slot of ring.all()) approxBytes += slot.approxBytes();
    }
    const ledger = this.ledger.size;
    approxBytes += (ledger.sessions + ledger.questions) * LEDGER_ENTRY_BYTES;
    const { maxOperations, maxModelKeys, maxErrorCodes } = this.limits;
    const slotBound =
      SLOT_BASE_BYTES +
      maxOperations * (8 + OPERATION_BASE_BYTES + HISTOGRAM_MAX_BYTES) +
      maxModelKeys * MODEL_ENTRY_BYTES +
      maxErrorCodes * ERROR_ENTRY_BYTES;
    const coarse = this.rings[this.rings.length - 1]!;
    return {
      slots,
      slotMs: this.rings[0]!.slotMs,
      retentionMs: coarse.spanMs,
      operationNames: this.operations.size,
      modelKeys: this.modelKeys.size,
      sessions: ledger.sessions,
      questions: ledger.questions,
      approxBytes,
      boundBytes:
        slots * slotBound +
        (this.ledgerLimits.maxSessions + this.ledgerLimits.maxQuestions) * LEDGER_ENTRY_BYTES,
    };
  }

  private windowTotals(
    now: number,
    requestedMs: number,
  ): { totals: WindowTotals; fromMs: number; windowMs: number } {
    const windowMs = Math.min(Math.max(requestedMs, 1), this.retentionMs);
    // The finest ring that spans the window answers it.
    const ring =
      this.rings.find((candidate) => candidate.spanMs >= windowMs) ?? this.rings[this.rings.length - 1]!;
    const { slots, fromMs } = ring.window(now, windowMs);
    return { totals: WindowTotals.of(slots), fromMs, windowMs };
  }

  private countError(code: string, now: number): void {
    const folded = this.errorCodes.name(this.errorCodes.id(code));
    for (const ring of this.rings) {
      const errors = ring.current(now).errors;
      errors.set(folded, (errors.get(folded) ?? 0) + 1);
    }
    this.prometheus.error(folded);
  }

  private addQuality(update: (quality: Float64Array) => void): void {
    const now = this.now();
    for (const ring of this.rings) update(ring.current(now).quality);
  }

  private labelsOf(id: number, labels: ModelLabels): ModelLabels {
    let known = this.modelLabels[id];
    if (!known) {
      const folded = this.modelKeys.name(id) === OTHER;
      known = folded ? { step: OTHER, provider: OTHER, model: OTHER } : labels;
      this.modelLabels[id] = known;
    }
    return known;
  }

  private pruneLedger(now: number): void {
    if (now - this.lastPruneMs < 60_000) return;
    this.lastPruneMs = now;
    this.ledger.prune(now - this.retentionMs);
  }
}

const CACHE_INDEX: Record<CacheLayer, readonly [hit: number, miss: number]> = {
  l1: [CACHE.l1Hits, CACHE.l1Misses],
  l2: [CACHE.l2Hits, CACHE.l2Misses],
  prompt: [CACHE.promptHits, CACHE.promptMisses],
};

// Per-entry byte estimates used by memoryFootprint (V8 object headers, fields and map entries).
const SLOT_BASE_BYTES = 512;
const OPERATION_BASE_BYTES = 120;
const MODEL_ENTRY_BYTES = 300;
const ERROR_ENTRY_BYTES = 80;
const LEDGER_ENTRY_BYTES = 200;

/** The provider as shown and labelled: the AI SDK id without its API suffix (`anthropic.messages` → `anthropic`). */
function providerLabel(provider: string): string {
  return provider.trim().toLowerCase().split('.')[0] || 'unknown';
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.min(10, Math.max(0, score)) : 0;
}

/** The code an error is counted under: a GapwiseError's `code`, else its name. */
function errorCodeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.length > 0) return code;
    const name = (error as { name?: unknown }).name;
    if (typeof name === 'string' && name.length > 0) return name;
  }
  return 'UNKNOWN';
}
