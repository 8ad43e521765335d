import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { STATUS_VALUE } from './component-health.js';
import type { BulletDecision, BulletReviewRecord, CacheLayer, ComponentStatus } from './metrics-collector.js';
import type { NormalizedUsage } from './pricing/provider-usage.js';
import { type HistogramSeries, PrometheusHistogram } from './prometheus-histogram.js';

/** Latency buckets in seconds: 0.5 ms (state reads) to 2 min (slow model calls). */
const LATENCY_BUCKETS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120,
];
const SCORE_BUCKETS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const CACHE_LAYERS: readonly CacheLayer[] = ['l1', 'l2', 'prompt'];

/** Labels of one model series: step, provider, model. */
export interface ModelLabels {
  step: string;
  provider: string;
  model: string;
}

type HistogramChild = ReturnType<Histogram['labels']>;
type CounterChild = ReturnType<Counter['labels']>;

interface ModelChildren {
  providerCalls: CounterChild;
  responseCacheHits: CounterChild;
  duration: HistogramChild;
  inputTokens: CounterChild;
  cachedInputTokens: CounterChild;
  cacheWriteTokens: CounterChild;
  outputTokens: CounterChild;
  costUsd: CounterChild;
  unpriced: CounterChild;
  notReported: CounterChild;
}

/**
 * The `gapwise_*` metrics on a registry of their own (never prom-client's global one), updated live
 * by the collector. Latencies are histograms, not summaries, so percentiles aggregate across servers.
 * Labelled children are cached by id so the hot path does no label hashing.
 */
export class PrometheusMetrics {
  readonly registry = new Registry();
  private defaultMetricsOn = false;
  private readonly operationDuration: PrometheusHistogram;
  private readonly errors: Counter;
  private readonly modelCalls: Counter;
  private readonly modelDuration: Histogram;
  private readonly modelTokens: Counter;
  private readonly modelCost: Counter;
  private readonly modelUnpriced: Counter;
  private readonly modelCacheNotReported: Counter;
  private readonly cacheStorageCost: Counter;
  private readonly answerScore: Histogram;
  private readonly answerOutcomes: Counter;
  private readonly bulletScore: Histogram;
  private readonly bullets: Counter;
  private readonly bulletRefinements: Counter;
  private readonly bulletDecisions: Counter;
  private readonly componentStatus: Gauge;
  private readonly operationSeries: HistogramSeries[] = [];
  /** Lifetime counts behind the hot counters, copied into them when Prometheus scrapes. */
  private readonly operationErrorCounts: number[] = [];
  private readonly operationNames: string[] = [];
  private readonly cacheCounts = new Float64Array(6);
  private readonly modelChildren: ModelChildren[] = [];

  constructor() {
    const registers = [this.registry];
    this.operationDuration = new PrometheusHistogram(
      'gapwise_operation_duration_seconds',
      'Duration of operations (workflow nodes, model steps, HTTP routes, state reads and writes).',
      LATENCY_BUCKETS,
      ['operation'],
      this.registry,
    );
    const operationErrorCounts = this.operationErrorCounts;
    const operationNames = this.operationNames;
    // Read at scrape time from the lifetime counts (collect), so failures cost one array increment.
    new Counter({
      name: 'gapwise_operation_errors_total',
      help: 'Operations that failed.',
      labelNames: ['operation'],
      registers,
      collect() {
        this.reset();
        operationErrorCounts.forEach((count, id) => {
          if (count > 0) this.inc({ operation: operationNames[id]! }, count);
        });
      },
    });
    this.errors = new Counter({
      name: 'gapwise_errors_total',
      help: 'Errors by error code.',
      labelNames: ['code'],
      registers,
    });
    const modelLabels = ['step', 'provider', 'model'];
    this.modelCalls = new Counter({
      name: 'gapwise_model_calls_total',
      help: 'Model calls; source="provider" reached the provider, source="response_cache" was answered by L1/L2.',
      labelNames: [...modelLabels, 'source'],
      registers,
    });
    this.modelDuration = new Histogram({
      name: 'gapwise_model_call_duration_seconds',
      help: 'Wall time of model calls that reached the provider.',
      labelNames: modelLabels,
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.modelTokens = new Counter({
      name: 'gapwise_model_tokens_total',
      help: 'Tokens by type: input (all prompt tokens, cached included), cached_input, cache_write, output.',
      labelNames: [...modelLabels, 'type'],
      registers,
    });
    this.modelCost = new Counter({
      name: 'gapwise_model_cost_usd_total',
      help: 'Cost of model calls in USD, with the cached-input discount (unpriced models count 0).',
      labelNames: modelLabels,
      registers,
    });
    this.modelUnpriced = new Counter({
      name: 'gapwise_model_unpriced_calls_total',
      help: 'Model calls whose model is not in the price table (their cost is counted as 0).',
      labelNames: modelLabels,
      registers,
    });
    this.modelCacheNotReported = new Counter({
      name: 'gapwise_model_cache_not_reported_calls_total',
      help: 'Model calls whose provider did not report cached tokens.',
      labelNames: modelLabels,
      registers,
    });
    this.cacheStorageCost = new Counter({
      name: 'gapwise_cache_storage_cost_usd_total',
      help: 'Cost of explicit context-cache storage (Gemini cachedContents) in USD.',
      labelNames: ['provider', 'model'],
      registers,
    });
    const cacheCounts = this.cacheCounts;
    new Counter({
      name: 'gapwise_cache_requests_total',
      help: 'Cache lookups by layer (l1, l2, prompt) and result (hit, miss).',
      labelNames: ['layer', 'result'],
      registers,
      collect() {
        this.reset();
        CACHE_LAYERS.forEach((layer, index) => {
          this.inc({ layer, result: 'hit' }, cacheCounts[index * 2]!);
          this.inc({ layer, result: 'miss' }, cacheCounts[index * 2 + 1]!);
        });
      },
    });
    this.answerScore = new Histogram({
      name: 'gapwise_answer_score',
      help: 'Scores (0-10) of evaluated answers.',
      buckets: SCORE_BUCKETS,
      registers,
    });
    this.answerOutcomes = new Counter({
      name: 'gapwise_answer_outcomes_total',
      help: 'What evaluated answers led to: deep_dive or true_gap.',
      labelNames: ['outcome'],
      registers,
    });
    this.bulletScore = new Histogram({
      name: 'gapwise_bullet_score',
      help: 'Final review scores (0-10) of generated bullets.',
      buckets: SCORE_BUCKETS,
      registers,
    });
    this.bullets = new Counter({
      name: 'gapwise_bullets_total',
      help: 'Finished bullets by final pass and whether the first draft passed.',
      labelNames: ['passed', 'first_pass'],
      registers,
    });
    this.bulletRefinements = new Counter({
      name: 'gapwise_bullet_refinements_total',
      help: 'Bullet refinements run.',
      registers,
    });
    this.bulletDecisions = new Counter({
      name: 'gapwise_bullet_decisions_total',
      help: "The candidate's decisions on generated bullets.",
      labelNames: ['action'],
      registers,
    });
    this.componentStatus = new Gauge({
      name: 'gapwise_component_status',
      help: 'Component health: 2 ok, 1 degraded, 0 down.',
      labelNames: ['component'],
      registers,
    });
  }

  /** Turns on prom-client's default process metrics on this registry (once). */
  enableDefaultMetrics(): void {
    if (this.defaultMetricsOn) return;
    this.defaultMetricsOn = true;
    collectDefaultMetrics({ register: this.registry });
  }

  /** Observes one operation run; `id` is the collector's interned operation id. */
  operation(id: number, name: string, durationMs: number, ok: boolean): void {
    let series = this.operationSeries[id];
    if (!series) {
      series = this.operationDuration.child({ operation: name });
      this.operationSeries[id] = series;
      this.operationNames[id] = name;
      this.operationErrorCounts[id] = 0;
    }
    series.observe(durationMs / 1000);
    if (!ok) this.operationErrorCounts[id]!++;
  }

  /** Counts an error code. */
  error(code: string): void {
    this.errors.inc({ code });
  }

  /** Counts one model call or response-cache hit; `id` is the collector's interned model key. */
  modelCall(
    id: number,
    labels: ModelLabels,
    call: {
      usage: NormalizedUsage;
      usd: number;
      priced: boolean;
      durationMs: number;
      responseCacheHit: boolean;
    },
  ): void {
    const children = this.modelChildrenFor(id, labels);
    if (call.responseCacheHit) {
      children.responseCacheHits.inc();
      return;
    }
    children.providerCalls.inc();
    children.duration.observe(call.durationMs / 1000);
    children.inputTokens.inc(call.usage.promptTokens);
    children.cachedInputTokens.inc(call.usage.cacheReadTokens);
    children.cacheWriteTokens.inc(call.usage.cacheWriteTokens);
    children.outputTokens.inc(call.usage.outputTokens);
    children.costUsd.inc(call.usd);
    if (!call.priced) children.unpriced.inc();
    if (!call.usage.cacheReported) children.notReported.inc();
  }

  /** Counts explicit-cache storage cost. */
  cacheStorage(provider: string, model: string, usd: number): void {
    this.cacheStorageCost.inc({ provider, model }, usd);
  }

  /** Counts a cache lookup. */
  cache(layer: CacheLayer, hit: boolean): void {
    this.cacheCounts[CACHE_LAYERS.indexOf(layer) * 2 + (hit ? 0 : 1)]!++;
  }

  /** Observes an answer score and its outcome. */
  answer(score: number, deepDive: boolean, trueGap: boolean): void {
    this.answerScore.observe(score);
    if (deepDive) this.answerOutcomes.inc({ outcome: 'deep_dive' });
    if (trueGap) this.answerOutcomes.inc({ outcome: 'true_gap' });
  }

  /** Observes a finished bullet. */
  bullet(record: BulletReviewRecord): void {
    this.bulletScore.observe(record.score);
    this.bullets.inc({ passed: String(record.passed), first_pass: String(record.firstPass) });
    if (record.refinements > 0) this.bulletRefinements.inc(record.refinements);
  }

  /** Counts a candidate decision. */
  decision(action: BulletDecision): void {
    this.bulletDecisions.inc({ action });
  }

  /** Sets a component's status gauge. */
  componentHealth(name: string, status: ComponentStatus): void {
    this.componentStatus.set({ component: name }, STATUS_VALUE[status]);
  }

  private modelChildrenFor(id: number, labels: ModelLabels): ModelChildren {
    let children = this.modelChildren[id];
    if (!children) {
      const tokens = (type: string) => this.modelTokens.labels({ ...labels, type });
      children = {
        providerCalls: this.modelCalls.labels({ ...labels, source: 'provider' }),
        responseCacheHits: this.modelCalls.labels({ ...labels, source: 'response_cache' }),
        duration: this.modelDuration.labels({ ...labels }),
        inputTokens: tokens('input'),
        cachedInputTokens: tokens('cached_input'),
        cacheWriteTokens: tokens('cache_write'),
        outputTokens: tokens('output'),
        costUsd: this.modelCost.labels({ ...labels }),
        unpriced: this.modelUnpriced.labels({ ...labels }),
        notReported: this.modelCacheNotReported.labels({ ...labels }),
      };
      this.modelChildren[id] = children;
    }
    return children;
  }
}
