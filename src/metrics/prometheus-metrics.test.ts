import { register as globalRegistry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createMetricsCollector } from './in-memory-metrics-collector.js';

/** The value of the exposition line that starts with `series` (name plus labels). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('Prometheus exposition', () => {
  it('exposes the gapwise_* metrics with the values recorded, on its own registry', async () => {
    const metrics = createMetricsCollector();
    metrics.recordOperation('state.read', 3, true);
    metrics.recordOperation('state.read', 40, false, 'STORE_UNAVAILABLE');
    metrics.recordModelUsage({
      step: 'evaluate-answer',
      provider: 'openai.chat',
      modelId: 'gpt-4o-mini',
      inputTokens: 2000,
      cachedInputTokens: 1024,
      outputTokens: 100,
      durationMs: 1500,
    });
    metrics.recordModelUsage({
      step: 'evaluate-answer',
      provider: 'openai.chat',
      modelId: 'gpt-4o-mini',
      inputTokens: 0,
      outputTokens: 0,
      durationMs: 1,
      cached: true,
    });
    metrics.recordCache('l1', true);
    metrics.recordCache('l2', false);
    metrics.recordAnswerScore(8, { deepDive: true });
    metrics.recordBulletReview({ score: 9, passed: true, refinements: 2, firstPass: false });
    metrics.recordDecision('accept');
    metrics.recordSpeculation('deep-dive', 'started');
    metrics.recordSpeculation('deep-dive', 'started');
    metrics.recordSpeculation('deep-dive', 'adapted');
    metrics.recordSpeculation('generate-bullet', 'started');
    metrics.recordSpeculation('generate-bullet', 'discarded');
    metrics.setComponentHealth('redis', 'degraded', 'slow');

    const registry = metrics.prometheusRegistry();
    expect(registry).not.toBe(globalRegistry);
    const text = await registry.metrics();
    const model = 'step="evaluate-answer",provider="openai",model="gpt-4o-mini"';
    expect(sample(text, 'gapwise_operation_duration_seconds_count{operation="state.read"}')).toBe(2);
    expect(sample(text, 'gapwise_operation_duration_seconds_bucket{le="0.005",operation="state.read"}')).toBe(
      1,
    );
    expect(sample(text, 'gapwise_operation_errors_total{operation="state.read"}')).toBe(1);
    expect(sample(text, 'gapwise_errors_total{code="STORE_UNAVAILABLE"}')).toBe(1);
    expect(sample(text, `gapwise_model_calls_total{${model},source="provider"}`)).toBe(1);
    expect(sample(text, `gapwise_model_calls_total{${model},source="response_cache"}`)).toBe(1);
    expect(sample(text, `gapwise_model_tokens_total{${model},type="input"}`)).toBe(2000);
    expect(sample(text, `gapwise_model_tokens_total{${model},type="cached_input"}`)).toBe(1024);
    expect(sample(text, `gapwise_model_tokens_total{${model},type="output"}`)).toBe(100);
    expect(sample(text, `gapwise_model_cost_usd_total{${model}}`)).toBeCloseTo(
      (976 * 0.15 + 1024 * 0.075 + 100 * 0.6) / 1e6,
      12,
    );
    expect(sample(text, `gapwise_model_call_duration_seconds_sum{${model}}`)).toBe(1.5);
    expect(sample(text, 'gapwise_operation_duration_seconds_count{operation="model.evaluate-answer"}')).toBe(
      1,
    );
    expect(sample(text, 'gapwise_cache_requests_total{layer="l1",result="hit"}')).toBe(1);
    expect(sample(text, 'gapwise_cache_requests_total{layer="l2",result="miss"}')).toBe(1);
    expect(sample(text, 'gapwise_answer_score_count')).toBe(1);
    expect(sample(text, 'gapwise_answer_outcomes_total{outcome="deep_dive"}')).toBe(1);
    expect(sample(text, 'gapwise_bullet_score_sum')).toBe(9);
    expect(sample(text, 'gapwise_bullets_total{passed="true",first_pass="false"}')).toBe(1);
    expect(sample(text, 'gapwise_bullet_refinements_total')).toBe(2);
    expect(sample(text, 'gapwise_bullet_decisions_total{action="accept"}')).toBe(1);
    expect(sample(text, 'gapwise_component_status{component="redis"}')).toBe(1);
    const speculative = (step: string, outcome: string) =>
      sample(text, `gapwise_speculative_calls_total{step="${step}",outcome="${outcome}"}`);
    expect(speculative('deep-dive', 'started')).toBe(2);
    expect(speculative('deep-dive', 'adapted')).toBe(1);
    expect(speculative('generate-bullet', 'started')).toBe(1);
    expect(speculative('generate-bullet', 'discarded')).toBe(1);
    // Every step and outcome is exposed from the start, at 0 until it happens.
    expect(speculative('deep-dive', 'regenerated')).toBe(0);
    expect(speculative('generate-bullet', 'failed')).toBe(0);
    // Default process metrics live on the same registry.
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });

  it('keeps two collectors apart (no shared global state)', async () => {
    const first = createMetricsCollector();
    const second = createMetricsCollector();
    first.recordOperation('only-in-first', 1, true);
    const text = await second.prometheusRegistry().metrics();
    expect(text).not.toContain('only-in-first');
    expect(text).toContain('# TYPE gapwise_operation_duration_seconds histogram');
  });
});
