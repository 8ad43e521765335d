import { describe, expect, it } from 'vitest';
import { GapwiseError } from '../errors/index.js';
import type { ModelCallUsage } from '../reasoning/llm/model-call-usage.js';
import { DashboardSchema } from './dashboard-schema.js';
import { createMetricsCollector, type MetricsCollectorOptions } from './in-memory-metrics-collector.js';
import type { ModelUsageRecord } from './metrics-collector.js';
import { PromptCacheStatsSchema } from './prompt-cache-stats-schema.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A collector on a clock the test moves by hand. */
function collectorAt(start = Date.UTC(2026, 10, 24, 12), options: MetricsCollectorOptions = {}) {
  const clock = { now: start };
  const metrics = createMetricsCollector({ now: () => clock.now, ...options });
  return { metrics, clock };
}

function call(overrides: Partial<ModelUsageRecord> = {}): ModelUsageRecord {
  return {
    step: 'evaluate-answer',
    provider: 'openai',
    modelId: 'gpt-4o-mini',
    inputTokens: 2000,
    cachedInputTokens: 1024,
    outputTokens: 100,
    durationMs: 800,
    ...overrides,
  };
}

describe('metrics collector', () => {
  it('summarises each operation: count, errors, average, percentiles, min and max', () => {
    const { metrics } = collectorAt();
    for (let ms = 1; ms <= 100; ms++) metrics.recordOperation('state.read', ms, ms % 10 !== 0);
    metrics.recordOperation('route.get-session', 5, true);
    const dashboard = metrics.dashboard();
    const read = dashboard.performance.operations.find((operation) => operation.name === 'state.read');
    expect(read).toMatchObject({ count: 100, errors: 10, errorRate: 0.1, minMs: 1, maxMs: 100, avgMs: 50.5 });
    expect(read!.p50Ms).toBeGreaterThanOrEqual(50 * 0.98);
    expect(read!.p50Ms).toBeLessThanOrEqual(50 * 1.02);
    expect(read!.p95Ms).toBeGreaterThanOrEqual(95 * 0.98);
    expect(read!.p99Ms).toBeLessThanOrEqual(100);
    expect(dashboard.performance.slowest[0]).toBe('state.read');
  });

  it('trackPerformance times a block, counts a rejection by its error code, and rethrows it', async () => {
    const { metrics } = collectorAt();
    await expect(metrics.trackPerformance('node.evaluate', async () => 42)).resolves.toBe(42);
    const failure = new GapwiseError('MODEL_UNAVAILABLE', { message: 'provider down' });
    await expect(
      metrics.trackPerformance('node.evaluate', async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    const dashboard = metrics.dashboard();
    expect(dashboard.performance.operations).toEqual([
      expect.objectContaining({ name: 'node.evaluate', count: 2, errors: 1 }),
    ]);
    expect(dashboard.errors).toEqual([{ code: 'MODEL_UNAVAILABLE', count: 1 }]);
  });

  it('drops data older than the 24 h retention', () => {
    const { metrics, clock } = collectorAt();
    metrics.recordOperation('old', 10, true);
    metrics.recordModelUsage(call({ sessionId: 's-old' }));
    metrics.recordAnswerScore(8);
    clock.now += 23 * HOUR;
    metrics.recordOperation('recent', 10, true);
    const day = metrics.dashboard(24 * HOUR);
    expect(day.performance.operations.map((operation) => operation.name).sort()).toEqual([
      'model.evaluate-answer',
      'old',
      'recent',
    ]);
    expect(metrics.dashboard(HOUR).performance.operations.map((operation) => operation.name)).toEqual([
      'recent',
    ]);
    clock.now += 2 * HOUR; // 25 h after the first records
    const later = metrics.dashboard(24 * HOUR);
    expect(later.performance.operations.map((operation) => operation.name)).toEqual(['recent']);
    expect(later.cost.calls).toBe(0);
    expect(later.quality.answers).toBe(0);
    expect(later.cost.perSession.count).toBe(0);
    expect(metrics.promptCacheStats().overall.calls).toBe(0);
  });

  it('answers windows up to an hour from minute slots and longer ones from coarse slots', () => {
    const { metrics, clock } = collectorAt();
    metrics.recordOperation('op', 1, true);
    clock.now += 10 * MINUTE;
    metrics.recordOperation('op', 1, true);
    const last5 = metrics.dashboard(5 * MINUTE);
    expect(last5.performance.operations[0]?.count).toBe(1);
    expect(Date.parse(last5.from)).toBeGreaterThan(clock.now - 10 * MINUTE);
    expect(metrics.dashboard(2 * HOUR).performance.operations[0]?.count).toBe(2);
  });

  it('prices calls per model with the cached discount and sums tokens', () => {
    const { metrics } = collectorAt();
    metrics.recordModelUsage(call({ sessionId: 's1' })); // gpt-4o-mini
    metrics.recordModelUsage(
      call({
        provider: 'anthropic',
        modelId: 'claude-sonnet-4-5',
        inputTokens: 100, // Anthropic's raw input_tokens, which exclude the cache
        inputIncludesCache: false,
        cachedInputTokens: 3000,
        cacheWriteTokens: 1500,
        outputTokens: 200,
        sessionId: 's2',
      }),
    );
    metrics.recordModelUsage(
      call({
        provider: 'google',
        modelId: 'gemini-2.5-flash',
        inputTokens: 5000,
        cachedInputTokens: 4096,
        outputTokens: 300,
        sessionId: 's1',
      }),
    );
    const cost = metrics.dashboard().cost;
    const openai = (976 * 0.15 + 1024 * 0.075 + 100 * 0.6) / 1e6;
    const anthropic = (100 * 3 + 3000 * 0.3 + 1500 * 3.75 + 200 * 15) / 1e6;
    const google = (904 * 0.3 + 4096 * 0.03 + 300 * 2.5) / 1e6;
    expect(cost.totalUsd).toBeCloseTo(openai + anthropic + google, 12);
    expect(cost.tokens).toEqual({
      input: 2000 + 4600 + 5000,
      cachedInput: 1024 + 3000 + 4096,
      cacheWrite: 1500,
      output: 600,
    });
    expect(cost.perModel.map((model) => model.modelId)).toEqual([
      'claude-sonnet-4-5',
      'gemini-2.5-flash',
      'gpt-4o-mini',
    ]);
    expect(cost.perSession.count).toBe(2);
    expect(cost.perSession.averageUsd).toBeCloseTo((openai + anthropic + google) / 2, 12);
    expect(cost.perSession.maxUsd).toBeCloseTo(anthropic, 12);
    expect(cost.projectedMonthlyUsd).toBeGreaterThan(cost.totalUsd);
  });

  it('takes the LLM engine usage reports as they are: AI SDK totals include the cache, counted once', () => {
    const { metrics } = collectorAt();
    const report: ModelCallUsage = {
      step: 'review-bullet',
      provider: 'anthropic.messages',
      modelId: 'claude-sonnet-4-5-20250929',
      sessionId: 's1',
      inputTokens: 4600, // the AI SDK's total: 100 uncached + 3000 read + 1500 written
      cachedInputTokens: 3000,
      cacheWriteTokens: 1500,
      outputTokens: 200,
      durationMs: 900,
      cached: false,
    };
    metrics.recordModelUsage(report);
    const cost = metrics.dashboard().cost;
    expect(cost.tokens.input).toBe(4600);
    expect(cost.totalUsd).toBeCloseTo((100 * 3 + 3000 * 0.3 + 1500 * 3.75 + 200 * 15) / 1e6, 12);
    expect(cost.perModel[0]).toMatchObject({ provider: 'anthropic', modelId: 'claude-sonnet-4-5-20250929' });
  });

  it('counts a model missing from the price table at 0 and flags it', () => {
    const { metrics } = collectorAt();
    metrics.recordModelUsage(call({ provider: 'openai-compatible', modelId: 'qwen2.5:7b' }));
    const cost = metrics.dashboard().cost;
    expect(cost.totalUsd).toBe(0);
    expect(cost.unpricedCalls).toBe(1);
    expect(cost.perModel[0]).toMatchObject({ modelId: 'qwen2.5:7b', priced: false, costUsd: 0 });
  });

  it('computes the cached share as Σ cached ÷ Σ input, not as a mean of per-call rates', () => {
    const { metrics } = collectorAt();
    metrics.recordModelUsage(call({ inputTokens: 10_000, cachedInputTokens: 9_000 })); // 90 %
    metrics.recordModelUsage(call({ inputTokens: 1_000, cachedInputTokens: 0 })); // 0 %
    const share = metrics.dashboard().caches.prompt.cachedShare;
    expect(share).toBeCloseTo(9000 / 11_000, 12); // a mean of rates would say 45 %
    // Each call that reported cached tokens also counts as a prompt-cache hit (some cached) or miss.
    expect(metrics.dashboard().caches.prompt).toMatchObject({ hits: 1, misses: 1, hitRate: 0.5 });
    expect(metrics.promptCacheStats().overall.cachedShare).toBeCloseTo(9000 / 11_000, 12);
  });

  it('shows "not reported" cached tokens as such, never as 0 %', () => {
    const { metrics } = collectorAt();
    metrics.recordModelUsage(
      call({ provider: 'openai-compatible', modelId: 'llama3.1:8b', cachedInputTokens: undefined }),
    );
    const prompt = metrics.dashboard().caches.prompt;
    expect(prompt.cachedShare).toBeNull();
    expect(prompt.notReportedCalls).toBe(1);
    metrics.recordModelUsage(call({ inputTokens: 1000, cachedInputTokens: 500 }));
    // The unreported call is left out of the share rather than diluting it.
    expect(metrics.dashboard().caches.prompt.cachedShare).toBe(0.5);
  });

  it('gives prompt-cache figures per step with the estimated saving, and counts response-cache hits apart', () => {
    const { metrics } = collectorAt();
    metrics.recordModelUsage(call({ step: 'generate-question' }));
    metrics.recordModelUsage(call({ step: 'generate-question' }));
    metrics.recordModelUsage(call({ step: 'evaluate-answer', inputTokens: 3000, cachedInputTokens: 0 }));
    metrics.recordModelUsage(
      call({ step: 'evaluate-answer', cached: true, inputTokens: 0, cachedInputTokens: 0, outputTokens: 0 }),
    );
    metrics.recordCache('l1', true);
    metrics.recordCache('l1', false);
    metrics.recordCache('l2', false);
    const stats = PromptCacheStatsSchema.parse(metrics.promptCacheStats());
    expect(stats.overall).toMatchObject({
      calls: 3,
      inputTokens: 7000,
      cachedInputTokens: 2048,
      responseCacheHits: 1,
    });
    expect(stats.overall.cachedShare).toBeCloseTo(2048 / 7000, 12);
    const generate = stats.steps.find((step) => step.step === 'generate-question')!;
    expect(generate).toMatchObject({
      calls: 2,
      inputTokens: 4000,
      cachedInputTokens: 2048,
      cachedShare: 0.512,
    });
    expect(generate.estimatedSavingUsd).toBeCloseTo((2048 * (0.15 - 0.075)) / 1e6, 12);
    expect(stats.steps.find((step) => step.step === 'evaluate-answer')).toMatchObject({
      calls: 1,
      cachedShare: 0,
      responseCacheHits: 1,
    });
    expect(stats.responseCache.l1).toEqual({ hits: 1, misses: 1, hitRate: 0.5 });
    expect(stats.responseCache.l2.hitRate).toBe(0);
  });

  it('summarises quality: scores, refinement rate, first-pass acceptance, deep dives and decisions', () => {
    const { metrics } = collectorAt();
    metrics.recordAnswerScore(8);
    metrics.recordAnswerScore(4, { deepDive: true });
    metrics.recordAnswerScore(0, { trueGap: true });
    metrics.recordBulletReview({ score: 9, passed: true, refinements: 0, firstPass: true });
    metrics.recordBulletReview({ score: 8, passed: true, refinements: 2, firstPass: false });
    metrics.recordBulletReview({ score: 6, passed: false, refinements: 3, firstPass: false });
    metrics.recordBulletReview({ score: 10, passed: true, refinements: 0, firstPass: true });
    metrics.recordDecision('accept');
    metrics.recordDecision('accept');
    metrics.recordDecision('edit');
    metrics.recordDecision('reject');
    const quality = metrics.dashboard().quality;
    expect(quality).toMatchObject({
      answers: 3,
      answerScoreAvg: 4,
      bullets: 4,
      bulletScoreAvg: 8.25,
      bulletPassRate: 0.75,
      refinementRate: 0.5,
      averageRefinements: 1.25,
      firstPassAcceptance: 0.5,
      decisions: { accept: 2, edit: 1, reject: 1 },
      candidateAcceptRate: 0.5,
    });
    expect(quality.deepDiveRate).toBeCloseTo(1 / 3, 12);
    expect(quality.trueGapRate).toBeCloseTo(1 / 3, 12);
  });

  it('summarises speculative calls per step: started, used, adapted, wasted and the hit rate', () => {
    const { metrics } = collectorAt();
    for (let i = 0; i < 5; i++) metrics.recordSpeculation('deep-dive', 'started');
    metrics.recordSpeculation('deep-dive', 'used');
    metrics.recordSpeculation('deep-dive', 'adapted');
    metrics.recordSpeculation('deep-dive', 'regenerated');
    metrics.recordSpeculation('deep-dive', 'discarded');
    for (let i = 0; i < 3; i++) metrics.recordSpeculation('generate-bullet', 'started');
    metrics.recordSpeculation('generate-bullet', 'used');
    metrics.recordSpeculation('generate-bullet', 'failed');
    const speculation = DashboardSchema.parse(metrics.dashboard()).speculation;
    expect(speculation).toEqual([
      {
        step: 'generate-bullet',
        started: 3,
        used: 1,
        adapted: 0,
        discarded: 0,
        regenerated: 0,
        failed: 1,
        wasted: 1,
        unsettled: 1,
        hitRate: 0.5,
      },
      {
        step: 'deep-dive',
        started: 5,
        used: 1,
        adapted: 1,
        discarded: 1,
        regenerated: 1,
        failed: 0,
        wasted: 2,
        unsettled: 1,
        hitRate: 0.5,
      },
    ]);
  });

  it('counts speculative calls per window and forgets them after the retention', () => {
    const { metrics, clock } = collectorAt();
    metrics.recordSpeculation('generate-bullet', 'started');
    metrics.recordSpeculation('generate-bullet', 'discarded');
    clock.now += 2 * HOUR;
    metrics.recordSpeculation('generate-bullet', 'started');
    metrics.recordSpeculation('generate-bullet', 'used');
    const bullet = (windowMs: number) => metrics.dashboard(windowMs).speculation[0];
    expect(bullet(HOUR)).toMatchObject({
      step: 'generate-bullet',
      started: 1,
      used: 1,
      wasted: 0,
      hitRate: 1,
    });
    expect(bullet(24 * HOUR)).toMatchObject({ started: 2, used: 1, discarded: 1, wasted: 1, hitRate: 0.5 });
    clock.now += 23 * HOUR; // 25 h after the first pair, 23 h after the second
    expect(bullet(24 * HOUR)).toMatchObject({ started: 1, used: 1, discarded: 0, hitRate: 1 });
  });

  it('shows both speculative steps with null hit rates before any speculation, and ignores names it does not know', () => {
    const { metrics } = collectorAt();
    // The engine's listener must never throw into a model step, whatever it reports.
    expect(() => metrics.recordSpeculation('refine-bullet' as never, 'started')).not.toThrow();
    expect(() => metrics.recordSpeculation('deep-dive', 'aged-out' as never)).not.toThrow();
    const speculation = metrics.dashboard().speculation;
    expect(speculation.map((entry) => entry.step)).toEqual(['generate-bullet', 'deep-dive']);
    for (const entry of speculation) expect(entry).toMatchObject({ started: 0, wasted: 0, hitRate: null });
  });

  it('gives null rates when nothing was recorded', () => {
    const { metrics } = collectorAt();
    const dashboard = metrics.dashboard();
    expect(dashboard.quality.answerScoreAvg).toBeNull();
    expect(dashboard.caches.l1.hitRate).toBeNull();
    expect(dashboard.caches.prompt.cachedShare).toBeNull();
    expect(dashboard.health.status).toBe('healthy');
  });

  it('reports cache hit rates for L1, L2 and the prompt cache', () => {
    const { metrics } = collectorAt();
    for (let i = 0; i < 3; i++) metrics.recordCache('l1', true);
    metrics.recordCache('l1', false);
    metrics.recordCache('l2', true);
    metrics.recordCache('prompt', false);
    const caches = metrics.dashboard().caches;
    expect(caches.l1).toEqual({ hits: 3, misses: 1, hitRate: 0.75 });
    expect(caches.l2.hitRate).toBe(1);
    expect(caches.prompt.hitRate).toBe(0);
  });

  it('derives the overall health from the components and keeps the last error', () => {
    const { metrics, clock } = collectorAt();
    metrics.setComponentHealth('state-store', 'ok');
    metrics.setComponentHealth('model-provider', 'degraded', 'circuit open');
    expect(metrics.dashboard().health.status).toBe('degraded');
    metrics.setComponentHealth('redis', 'down', 'ECONNREFUSED');
    expect(metrics.dashboard().health.status).toBe('unhealthy');
    clock.now += MINUTE;
    metrics.setComponentHealth('redis', 'ok');
    metrics.setComponentHealth('model-provider', 'ok');
    const health = metrics.dashboard().health;
    expect(health.status).toBe('healthy');
    expect(health.components.find((component) => component.name === 'redis')).toMatchObject({
      status: 'ok',
      detail: null,
      lastError: 'ECONNREFUSED',
    });
  });

  it('produces a dashboard that passes its schema after a scripted session', async () => {
    const { metrics, clock } = collectorAt();
    metrics.setComponentHealth('state-store', 'ok');
    await metrics.trackPerformance('route.create-session', async () => {
      clock.now += 50;
    });
    for (const step of ['generate-question', 'evaluate-answer', 'generate-bullet', 'review-bullet']) {
      metrics.recordModelUsage(call({ step, sessionId: 's1', questionId: 'q1' }));
    }
    metrics.recordAnswerScore(7.5);
    metrics.recordBulletReview({ score: 8.5, passed: true, refinements: 1, firstPass: false });
    metrics.recordDecision('edit');
    metrics.recordSpeculation('generate-bullet', 'started');
    metrics.recordSpeculation('generate-bullet', 'used');
    metrics.recordError('ANSWER_CONFLICT');
    const dashboard = DashboardSchema.parse(metrics.dashboard());
    expect(dashboard.cost.calls).toBe(4);
    expect(dashboard.caches.prompt).toMatchObject({ hits: 4, misses: 0, hitRate: 1, cachedShare: 0.512 });
    expect(dashboard.cost.perQuestion.count).toBe(1);
    expect(dashboard.performance.operations.map((operation) => operation.name)).toEqual([
      'model.evaluate-answer',
      'model.generate-bullet',
      'model.generate-question',
      'model.review-bullet',
      'route.create-session',
    ]);
    expect(dashboard.errors).toEqual([{ code: 'ANSWER_CONFLICT', count: 1 }]);
  });

  it('folds operation names beyond the bound into "other"', () => {
    const { metrics } = collectorAt(undefined, { maxOperations: 3 });
    for (const name of ['a', 'b', 'c', 'd', 'e']) metrics.recordOperation(name, 1, true);
    const names = metrics
      .dashboard()
      .performance.operations.map((operation) => [operation.name, operation.count]);
    expect(names).toEqual([
      ['a', 1],
      ['b', 1],
      ['other', 3],
    ]);
  });

  it('keeps memory bounded after a million records spread over two days', () => {
    const { metrics, clock } = collectorAt(undefined, { maxSessions: 1000, maxQuestions: 1000 });
    const step = (48 * HOUR) / 1_000_000;
    for (let i = 0; i < 1_000_000; i++) {
      clock.now += step;
      // 500 distinct names against a bound of 100; latencies spread over the whole histogram range.
      metrics.recordOperation(`op-${i % 500}`, 0.005 * 10 ** (8 * ((i * 0.618034) % 1)), i % 50 !== 0);
      if (i % 100 === 0) {
        metrics.recordModelUsage(call({ step: `step-${i % 300}`, sessionId: `s-${i}`, questionId: 'q' }));
        metrics.recordCache('l1', i % 3 === 0);
        metrics.recordError(`CODE_${i % 200}`);
      }
    }
    const footprint = metrics.memoryFootprint();
    expect(footprint.operationNames).toBeLessThanOrEqual(100);
    expect(footprint.modelKeys).toBeLessThanOrEqual(100);
    expect(footprint.sessions).toBeLessThanOrEqual(1000);
    expect(footprint.approxBytes).toBeLessThanOrEqual(footprint.boundBytes);
    expect(footprint.slots).toBe(61 + 49);
    const dashboard = DashboardSchema.parse(metrics.dashboard(24 * HOUR));
    expect(dashboard.performance.operations.length).toBeLessThanOrEqual(100);
  });
});
