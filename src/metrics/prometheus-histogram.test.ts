import { Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { PrometheusHistogram } from './prometheus-histogram.js';

describe('PrometheusHistogram', () => {
  it('exposes exactly what a prom-client Histogram exposes for the same observations', async () => {
    const buckets = [0.001, 0.01, 0.1, 1];
    const ours = new Registry();
    const theirs = new Registry();
    const fast = new PrometheusHistogram('latency_seconds', 'Latency.', buckets, ['operation'], ours);
    const reference = new Histogram({
      name: 'latency_seconds',
      help: 'Latency.',
      buckets,
      labelNames: ['operation'],
      registers: [theirs],
    });
    const values = [0.0005, 0.001, 0.002, 0.05, 0.5, 3, 0.01];
    for (const [i, value] of values.entries()) {
      const operation = i % 2 === 0 ? 'read' : 'write "quoted"';
      fast.child({ operation }).observe(value);
      reference.observe({ operation }, value);
    }
    expect(await ours.metrics()).toBe(await theirs.metrics());
    // JSON too, apart from prom-client's empty exemplar fields.
    const withoutExemplars = (metrics: Awaited<ReturnType<Registry['getMetricsAsJSON']>>) =>
      metrics.map((metric) => ({
        ...metric,
        values: metric.values.map((value) => {
          const { exemplar: _exemplar, ...rest } = value as typeof value & { exemplar?: unknown };
          return rest;
        }),
      }));
    expect(withoutExemplars(await ours.getMetricsAsJSON())).toEqual(
      withoutExemplars(await theirs.getMetricsAsJSON()),
    );
  });

  it('is emptied by the registry reset', async () => {
    const registry = new Registry();
    const histogram = new PrometheusHistogram('x_seconds', 'X.', [1], ['operation'], registry);
    histogram.child({ operation: 'a' }).observe(0.5);
    registry.resetMetrics();
    expect(await registry.metrics()).not.toContain('operation="a"');
  });
});
