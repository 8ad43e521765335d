import { describe, expect, it } from 'vitest';
import {
  binIndex,
  binValue,
  HISTOGRAM_BINS,
  HISTOGRAM_MAX_MS,
  HISTOGRAM_MIN_MS,
  HISTOGRAM_RELATIVE_ERROR,
  LogHistogram,
} from './log-histogram.js';
import { OperationStats } from './operation-stats.js';

/** Deterministic PRNG (mulberry32) so the distributions are the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function exactQuantile(sorted: number[], q: number): number {
  return sorted[Math.floor(q * (sorted.length - 1))]!;
}

function expectWithinError(estimate: number | null, exact: number): void {
  expect(estimate).not.toBeNull();
  // The value of the requested rank sits in the estimate's bin: relative error at most α (plus float slack).
  expect(Math.abs(estimate! - exact) / exact).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR + 1e-9);
}

describe('log histogram', () => {
  it('maps every value to a bin whose representative is within the relative error', () => {
    for (let ms = HISTOGRAM_MIN_MS * 1.001; ms < HISTOGRAM_MAX_MS; ms *= 1.37) {
      const value = binValue(binIndex(ms));
      expect(Math.abs(value - ms) / ms).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR + 1e-9);
    }
    expect(binIndex(0)).toBe(0);
    expect(binIndex(Number.NaN)).toBe(0);
    expect(binIndex(HISTOGRAM_MAX_MS * 10)).toBe(HISTOGRAM_BINS - 1);
  });

  const distributions: [string, (next: () => number) => number][] = [
    ['uniform 1..1000 ms', (next) => 1 + next() * 999],
    ['log-normal around 40 ms', (next) => Math.exp(Math.log(40) + 0.8 * gaussian(next))],
    [
      'bimodal: cache hits near 0.2 ms, model calls near 2 s',
      (next) => (next() < 0.7 ? 0.2 + next() * 0.05 : 1500 + next() * 1000),
    ],
  ];

  for (const [name, draw] of distributions) {
    it(`reads p50, p95 and p99 within the error bound for ${name}`, () => {
      const next = random(42);
      const stats = new OperationStats();
      const values: number[] = [];
      for (let i = 0; i < 20_000; i++) {
        const value = draw(next);
        values.push(value);
        stats.record(value, false);
      }
      values.sort((a, b) => a - b);
      for (const q of [0.5, 0.95, 0.99]) expectWithinError(stats.quantile(q), exactQuantile(values, q));
      expect(stats.minMs).toBe(values[0]);
      expect(stats.maxMs).toBe(values.at(-1));
      expect(stats.quantile(0)).toBe(values[0]);
      expect(stats.quantile(1)).toBe(values.at(-1));
    });
  }

  it('gives the same percentiles after merging parts as when recording everything in one', () => {
    const next = random(7);
    const whole = new OperationStats();
    const parts = [new OperationStats(), new OperationStats(), new OperationStats()];
    for (let i = 0; i < 9000; i++) {
      // Each part sees a different range, so merging has to grow the dense bin range both ways.
      const value = (i % 3 === 0 ? 0.05 : i % 3 === 1 ? 50 : 50_000) * (1 + next());
      whole.record(value, i % 10 === 0);
      parts[i % 3]!.record(value, i % 10 === 0);
    }
    const merged = new OperationStats();
    for (const part of parts) merged.merge(part);
    expect(merged.count).toBe(whole.count);
    expect(merged.errors).toBe(whole.errors);
    expect(merged.sumMs).toBeCloseTo(whole.sumMs, 6);
    for (const q of [0.1, 0.5, 0.9, 0.99]) expect(merged.quantile(q)).toBe(whole.quantile(q));
  });

  it('holds counters only for the range of values it saw', () => {
    const narrow = new LogHistogram();
    for (let i = 0; i < 10_000; i++) narrow.add(10 + (i % 100));
    expect(narrow.bytes).toBeLessThan(100 * 4);
    const wide = new LogHistogram();
    wide.add(0.001);
    wide.add(HISTOGRAM_MAX_MS * 2);
    expect(wide.bytes).toBe(HISTOGRAM_BINS * 4);
  });

  it('reports underflow and overflow values through the exact min and max', () => {
    const stats = new OperationStats();
    stats.record(0.001, false);
    stats.record(1_000_000, false);
    expect(stats.quantile(0)).toBe(0.001);
    expect(stats.quantile(1)).toBe(1_000_000);
  });

  it('is empty again after reset', () => {
    const stats = new OperationStats();
    stats.record(5, true);
    stats.reset();
    expect(stats.count).toBe(0);
    expect(stats.quantile(0.5)).toBeNull();
  });
});

function gaussian(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}
