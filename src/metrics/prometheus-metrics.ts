import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { STATUS_VALUE } from './component-health.js';
import type { BulletDecision, BulletReviewRecord, CacheLayer, ComponentStatus } from './metrics-collector.js';
import type { NormalizedUsage } from './pricing/provider-usage.js';
import { type HistogramSeries, PrometheusHistogram } from './prometheus-histogram.js';
import { type CounterSeries, ScrapedCounter } from './scraped-counter.js';
import { SPECULATION_OUTCOMES, SPECULATIVE_STEPS } from './speculation-tally.js';

/** Latency buckets in seconds: 0.5 ms (state reads) to 2 min (slow model calls). */
const LATENCY_BUCKETS = [
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120,
];
const SCORE_BUCKETS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Labels of one model series: step, provider, model. */
export interface ModelLabels {
  step: string;
  provider: string;
  model: string;
}

interface ModelSeries {
  providerCalls: CounterSeries;
  responseCacheHits: CounterSeries;
  duration: HistogramSeries;
  inputTokens: CounterSeries;
  cachedInputTokens: CounterSeries;
  cacheWriteTokens: CounterSeries;
  outputTokens: CounterSeries;
  costUsd: CounterSeries;
  unpriced: CounterSeries;
  notReported: CounterSeries;
}

/**
 * The `gapwise_*` metrics on a registry of their own (never prom-client's global one), updated live
 * by the collector. Latencies are histograms, not summaries, so percentiles aggregate across servers.
 * Series are held by the collector's interned ids, so recording does no label hashing: counters
 * are plain additions copied into prom-client at scrape time.
 */
export class PrometheusMetrics {
  readonly registry = new Registry();
  private defaultMetricsOn = false;
  private readonly operationDuration: PrometheusHistogram;
  private readonly operationErrors: ScrapedCounter;
  private readonly errors: ScrapedCounter;
  private readonly modelCalls: ScrapedCounter;
  private readonly modelDuration: PrometheusHistogram;
  private readonly modelTokens: ScrapedCounter;
  private readonly modelCost: ScrapedCounter;
  private readonly modelUnpriced: ScrapedCounter;
  private readonly modelCacheNotReported: ScrapedCounter;
  private readonly cacheStorageCost: ScrapedCounter;
  private readonly answerScore: HistogramSeries;
  private readonly answerOutcomes: { deepDive: CounterSeries; trueGap: CounterSeries };
  private readonly bulletScore: HistogramSeries;
  private readonly bullets: ScrapedCounter;
  private readonly bulletRefinements: CounterSeries;
  private readonly bulletDecisions: ScrapedCounter;
  private readonly componentStatus: Gauge;
  /** One series per step and outcome, laid out by speculationIndex(). */
  private readonly speculationSeries: CounterSeries[];
  private readonly cacheSeries: Record<CacheLayer, { hit: CounterSeries; miss: CounterSeries }>;
  private readonly operationSeries: { duration: HistogramSeries; errors: CounterSeries }[] = [];
  private readonly modelSeries: ModelSeries[] = [];

  constructor() {
    const registry = this.registry;
    const counter = (name: string, help: string, labelNames: string[] = []) =>
      new ScrapedCounter({ name, help, labelNames, registry });
    const histogram = (name: string, help: string, buckets: number[], labelNames: string[] = []) =>
      new PrometheusHistogram(name, help, buckets, labelNames, registry);
    const modelLabels = ['step', 'provider', 'model'];

    this.operationDuration = histogram(
      'gapwise_operation_duration_seconds',
      'Duration of operations (workflow nodes, model steps, HTTP routes, state reads and writes).',
      LATENCY_BUCKETS,
      ['operation'],
    );
    this.operationErrors = counter('gapwise_operation_errors_total', 'Operations that failed.', [
      'operation',
    ]);
    this.errors = counter('gapwise_errors_total', 'Errors by error code.', ['code']);
    this.modelCalls = counter(
      'gapwise_model_calls_total',
      'Model calls; source="provider" reached the provider, source="response_cache" was answered by L1/L2.',
      [...modelLabels, 'source'],
    );
    this.modelDuration = histogram(
      'gapwise_model_call_duration_seconds',
      'Wall time of model calls that reached the provider.',
      LATENCY_BUCKETS,
      modelLabels,
    );
    this.modelTokens = counter(
      'gapwise_model_tokens_total',
      'Tokens by type: input (all prompt tokens, cached included), cached_input, cache_write, output.',
      [...modelLabels, 'type'],
    );
    this.modelCost = counter(
      'gapwise_model_cost_usd_total',
      'Cost of model calls in USD, with the cached-input discount (unpriced models count 0).',
      modelLabels,
    );
    this.modelUnpriced = counter(
      'gapwise_model_unpriced_calls_total',
      'Model calls whose model is not in the price table (their cost is counted as 0).',
      modelLabels,
    );
    this.modelCacheNotReported = counter(
      'gapwise_model_cache_not_reported_calls_total',
      'Model calls whose provider did not report cached tokens.',
      modelLabels,
    );
    this.cacheStorageCost = counter(
      'gapwise_cache_storage_cost_usd_total',
      'Cost of explicit context-cache storage (Gemini cachedContents) in USD.',
      ['provider', 'model'],
    );
    const cacheRequests = counter(
      'gapwise_cache_requests_total',
      'Cache lookups by layer (l1, l2, prompt) and result (hit, miss).',
      ['layer', 'result'],
    );
    const layer = (name: CacheLayer) => ({
      hit: cacheRequests.child({ layer: name, result: 'hit' }),
      miss: cacheRequests.child({ layer: name, result: 'miss' }),
    });
    this.cacheSeries = { l1: layer('l1'), l2: layer('l2'), prompt: layer('prompt') };
    this.answerScore = histogram(
      'gapwise_answer_score',
      'Scores (0-10) of evaluated answers.',
      SCORE_BUCKETS,
    ).child({});
    const outcomes = counter(
      'gapwise_answer_outcomes_total',
      'What evaluated answers led to: deep_dive or true_gap.',
      ['outcome'],
    );
    this.answerOutcomes = {
      deepDive: outcomes.child({ outcome: 'deep_dive' }),
      trueGap: outcomes.child({ outcome: 'true_gap' }),
    };
    this.bulletScore = histogram(
      'gapwise_bullet_score',
      'Final review scores (0-10) of generated bullets.',
      SCORE_BUCKETS,
    ).child({});
    this.bullets = counter(
      'gapwise_bullets_total',
      'Finished bullets by final pass and whether the first draft passed.',
      ['passed', 'first_pass'],
    );
    this.bulletRefinements = counter('gapwise_bullet_refinements_total', 'Bullet refinements run.').child();
    this.bulletDecisions = counter(
      'gapwise_bullet_decisions_total',
      "The candidate's decisions on generated bullets.",
      ['action'],
    );
    const speculative = counter(
      'gapwise_speculative_calls_total',
      'Speculative model calls by step (generate-bullet, deep-dive) and outcome: started, then used, adapted, regenerated, failed or discarded.',
      ['step', 'outcome'],
    );
    // Every series exists from the start at 0, so rate() and ratios work before the first event.
    this.speculationSeries = SPECULATIVE_STEPS.flatMap((step) =>
      SPECULATION_OUTCOMES.map((outcome) => speculative.child({ step, outcome })),
    );
    this.componentStatus = new Gauge({
      name: 'gapwise_component_status',
      help: 'Component health: 2 ok, 1 degraded, 0 down.',
      labelNames: ['component'],
      registers: [registry],
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
      series = {
        duration: this.operationDuration.child({ operation: name }),
        errors: this.operationErrors.child({ operation: name }),
      };
      this.operationSeries[id] = series;
    }
    series.duration.observe(durationMs / 1000);
    if (!ok) series.errors.value++;
  }

  /** Counts an error code (codes are already bounded by the collector). */
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
    const series = this.modelSeriesFor(id, labels);
    if (call.responseCacheHit) {
      series.responseCacheHits.value++;
      return;
    }
    series.providerCalls.value++;
    series.duration.observe(call.durationMs / 1000);
    series.inputTokens.value += call.usage.promptTokens;
    series.cachedInputTokens.value += call.usage.cacheReadTokens;
    series.cacheWriteTokens.value += call.usage.cacheWriteTokens;
    series.outputTokens.value += call.usage.outputTokens;
    series.costUsd.value += call.usd;
    if (!call.priced) series.unpriced.value++;
    if (!call.usage.cacheReported) series.notReported.value++;
  }

  /** Counts explicit-cache storage cost. */
  cacheStorage(provider: string, model: string, usd: number): void {
    this.cacheStorageCost.inc({ provider, model }, usd);
  }

  /** Counts a cache lookup. */
  cache(layer: CacheLayer, hit: boolean): void {
    const series = this.cacheSeries[layer];
    (hit ? series.hit : series.miss).value++;
  }

  /** Observes an answer score and its outcome. */
  answer(score: number, deepDive: boolean, trueGap: boolean): void {
    this.answerScore.observe(score);
    if (deepDive) this.answerOutcomes.deepDive.value++;
    if (trueGap) this.answerOutcomes.trueGap.value++;
  }

  /** Observes a finished bullet. */
  bullet(record: BulletReviewRecord): void {
    this.bulletScore.observe(record.score);
    this.bullets.inc({ passed: String(record.passed), first_pass: String(record.firstPass) });
    this.bulletRefinements.value += record.refinements;
  }

  /** Counts a candidate decision. */
  decision(action: BulletDecision): void {
    this.bulletDecisions.inc({ action });
  }

  /** Counts a speculative call event; `index` is its speculationIndex(). */
  speculation(index: number): void {
    const series = this.speculationSeries[index];
    if (series) series.value++;
  }

  /** Sets a component's status gauge. */
  componentHealth(name: string, status: ComponentStatus): void {
    this.componentStatus.set({ component: name }, STATUS_VALUE[status]);
  }

  private modelSeriesFor(id: number, labels: ModelLabels): ModelSeries {
    let series = this.modelSeries[id];
    if (!series) {
      const tokens = (type: string) => this.modelTokens.child({ ...labels, type });
      series = {
        providerCalls: this.modelCalls.child({ ...labels, source: 'provider' }),
        responseCacheHits: this.modelCalls.child({ ...labels, source: 'response_cache' }),
        duration: this.modelDuration.child({ ...labels }),
        inputTokens: tokens('input'),
        cachedInputTokens: tokens('cached_input'),
        cacheWriteTokens: tokens('cache_write'),
        outputTokens: tokens('output'),
        costUsd: this.modelCost.child({ ...labels }),
        unpriced: this.modelUnpriced.child({ ...labels }),
        notReported: this.modelCacheNotReported.child({ ...labels }),
      };
      this.modelSeries[id] = series;
    }
    return series;
  }
}
