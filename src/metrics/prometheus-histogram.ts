import type { Metric, Registry } from 'prom-client';

/** One labelled series of a PrometheusHistogram: bucket counts, sum and count. */
export class HistogramSeries {
  /** Non-cumulative count per bucket; the last slot is +Inf. */
  readonly counts: Float64Array;
  sum = 0;
  count = 0;

  constructor(
    readonly labels: Readonly<Record<string, string>>,
    private readonly bounds: readonly number[],
  ) {
    this.counts = new Float64Array(bounds.length + 1);
  }

  /** Counts one value: a short scan of the bounds, no allocation, no label hashing. */
  observe(value: number): void {
    const bounds = this.bounds;
    let i = 0;
    while (i < bounds.length && value > bounds[i]!) i++;
    this.counts[i]!++;
    this.sum += value;
    this.count++;
  }
}

interface ExportedValue {
  labels: Record<string, string | number>;
  value: number;
  metricName: string;
}

/**
 * A Prometheus histogram with the exposition of prom-client's own, for the hottest path only.
 * prom-client hashes the label object on every observe (≈ 300 ns); here a caller keeps its series
 * and observing is a few compares. The registry reads it through the same get() contract as its
 * own metrics (name, help, type, values), so it is exposed, merged and reset like them.
 */
export class PrometheusHistogram {
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  private readonly series = new Map<string, HistogramSeries>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly bounds: readonly number[],
    private readonly labelNames: readonly string[],
    registry: Registry,
  ) {
    // The registry accepts any object honouring the metric contract; its type names only its own classes.
    registry.registerMetric(this as unknown as Metric);
  }

  /** The series of these label values, created on first use. Keep it: that is what makes observing cheap. */
  child(labels: Record<string, string>): HistogramSeries {
    const key = this.labelNames.map((name) => labels[name] ?? '').join('\u0000');
    let series = this.series.get(key);
    if (!series) {
      series = new HistogramSeries({ ...labels }, this.bounds);
      this.series.set(key, series);
    }
    return series;
  }

  /** The exported values, as prom-client's registry expects them. */
  async get(): Promise<{
    name: string;
    help: string;
    type: string;
    aggregator: string;
    values: ExportedValue[];
  }> {
    const values: ExportedValue[] = [];
    const bucket = `${this.name}_bucket`;
    for (const series of this.series.values()) {
      let cumulative = 0;
      this.bounds.forEach((bound, i) => {
        cumulative += series.counts[i]!;
        values.push({ labels: { le: bound, ...series.labels }, value: cumulative, metricName: bucket });
      });
      values.push({ labels: { le: '+Inf', ...series.labels }, value: series.count, metricName: bucket });
      values.push({ labels: { ...series.labels }, value: series.sum, metricName: `${this.name}_sum` });
      values.push({ labels: { ...series.labels }, value: series.count, metricName: `${this.name}_count` });
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values };
  }

  /** Same as get(): the registry calls this one when it renders text. */
  getForPromString(): ReturnType<PrometheusHistogram['get']> {
    return this.get();
  }

  /** Drops every series (registry.resetMetrics()); callers holding a series keep counting into a detached one. */
  reset(): void {
    this.series.clear();
  }
}
