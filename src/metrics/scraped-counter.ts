import { Counter, type Registry } from 'prom-client';

/** One labelled series of a ScrapedCounter: add to `value`, Prometheus reads it at scrape time. */
export interface CounterSeries {
  readonly labels: Readonly<Record<string, string>>;
  value: number;
}

/**
 * A prom-client Counter whose values live in plain objects the caller holds and increments; the
 * counter copies them in when Prometheus scrapes (its `collect` hook). Incrementing is then one
 * addition instead of prom-client's label hashing and object churn on every `inc`.
 */
export class ScrapedCounter {
  private readonly series = new Map<string, CounterSeries>();
  private readonly labelNames: readonly string[];

  constructor({
    name,
    help,
    labelNames = [],
    registry,
  }: {
    name: string;
    help: string;
    labelNames?: readonly string[];
    registry: Registry;
  }) {
    const all = this.series;
    new Counter({
      name,
      help,
      labelNames: [...labelNames],
      registers: [registry],
      collect() {
        this.reset();
        for (const series of all.values()) this.inc(series.labels, series.value);
      },
    });
    this.labelNames = labelNames;
  }

  /** The series of these label values, created on first use (at 0, so it is exposed from then on). */
  child(labels: Record<string, string> = {}): CounterSeries {
    const key = this.labelNames.map((name) => labels[name] ?? '').join('\u0000');
    let series = this.series.get(key);
    if (!series) {
      series = { labels: { ...labels }, value: 0 };
      this.series.set(key, series);
    }
    return series;
  }

  /** Adds `amount` (default 1) to the series of `labels`: for calls rare enough not to keep the series. */
  inc(labels: Record<string, string> = {}, amount = 1): void {
    this.child(labels).value += amount;
  }
}
