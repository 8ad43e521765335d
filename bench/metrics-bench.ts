/**
 * Metrics benchmark: the cost of recording on the hot path, and what a full 24 h of metrics at
 * 50 requests per second costs to hold and to summarise. Run alone with `npx tsx bench/metrics-bench.ts`.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { createMetricsCollector, type MetricsCollector } from '../src/metrics/index.js';
import type { BenchResult } from './bench-result.js';

const HOUR_MS = 60 * 60 * 1000;
const REQUESTS_PER_SECOND = 50;

/** Operation names of a realistic deployment: HTTP routes, workflow nodes, state reads and writes. */
const ROUTES = [
  'route.create-session',
  'route.get-session',
  'route.submit-answer',
  'route.decision',
  'route.result',
  'route.events',
  'route.extend-ttl',
  'route.delete-session',
  'route.batch-generate',
  'route.dashboard',
  'route.metrics',
  'route.health',
];
const NODES = [
  'node.parse',
  'node.analyse',
  'node.generate-question',
  'node.evaluate',
  'node.deep-dive',
  'node.generate-bullet',
  'node.review',
  'node.refine',
];
const STATE = ['state.read', 'state.write', 'state.checkpoint-get', 'state.checkpoint-put'];
const STEPS = [
  'generate-question',
  'evaluate-answer',
  'deep-dive',
  'generate-bullet',
  'review-bullet',
  'refine-bullet',
];

/** Deterministic PRNG so every run records the same data. */
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

function nsPerCall(count: number, body: (i: number) => void): number {
  for (let i = 0; i < Math.min(count, 50_000); i++) body(i); // warm up the JIT
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) body(i);
  return Number(process.hrtime.bigint() - start) / count;
}

function msOf(body: () => unknown, repeat = 5): number {
  body();
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) body();
  return Number(process.hrtime.bigint() - start) / 1e6 / repeat;
}

/** Fills a collector with 24 h of traffic at 50 requests per second, on an injected clock. */
function fillDay(metrics: MetricsCollector, clock: { now: number }): number {
  const next = random(1);
  const requests = 24 * 3600 * REQUESTS_PER_SECOND;
  const step = 1000 / REQUESTS_PER_SECOND;
  for (let i = 0; i < requests; i++) {
    clock.now += step;
    const kind = next();
    if (kind < 0.5) {
      metrics.recordOperation(ROUTES[i % ROUTES.length]!, 2 + 30 * next() ** 3, next() > 0.002);
      metrics.recordOperation(STATE[i % STATE.length]!, 0.1 + 2 * next() ** 2, true);
    } else if (kind < 0.9) {
      metrics.recordOperation(NODES[i % NODES.length]!, 5 + 2000 * next() ** 2, next() > 0.01);
      metrics.recordCache(next() < 0.5 ? 'l1' : 'l2', next() < 0.3);
    } else {
      const input = 3000 + Math.floor(2000 * next());
      metrics.recordModelUsage({
        step: STEPS[i % STEPS.length]!,
        provider: 'google',
        modelId: 'gemini-2.5-flash',
        sessionId: `s-${Math.floor(i / 500)}`,
        questionId: `q-${i % 10}`,
        inputTokens: input,
        cachedInputTokens: Math.floor(input * 0.9),
        outputTokens: 150,
        durationMs: 400 + 2500 * next(),
      });
      metrics.recordCache('prompt', next() < 0.9);
    }
  }
  return requests;
}

/** Runs the metrics benchmarks and returns their figures. */
export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const hot = createMetricsCollector();
  results.push({
    name: 'metrics.recordOperation',
    value: nsPerCall(2_000_000, (i) => hot.recordOperation(ROUTES[i % ROUTES.length]!, 1 + (i % 500), true)),
    unit: 'ns/call',
    note: `in-memory slots, log histogram and the live Prometheus series; target < 2000 ns; load average ${loadavg()[0]!.toFixed(1)}`,
  });
  results.push({
    name: 'metrics.recordCache',
    value: nsPerCall(2_000_000, (i) => hot.recordCache('l1', (i & 1) === 0)),
    unit: 'ns/call',
  });
  results.push({
    name: 'metrics.recordModelUsage',
    value: nsPerCall(200_000, (i) =>
      hot.recordModelUsage({
        step: STEPS[i % STEPS.length]!,
        provider: 'anthropic',
        modelId: 'claude-sonnet-4-5-20250929',
        sessionId: `s-${i % 1000}`,
        inputTokens: 200,
        cachedInputTokens: 3000,
        cacheWriteTokens: 100,
        outputTokens: 150,
        durationMs: 900,
      }),
    ),
    unit: 'ns/call',
    note: 'includes pricing the call',
  });
  results.push({
    name: 'metrics.trackPerformance',
    value: await (async () => {
      const count = 200_000;
      const fn = async () => 1;
      const start = process.hrtime.bigint();
      for (let i = 0; i < count; i++) await hot.trackPerformance('node.evaluate', fn);
      return Number(process.hrtime.bigint() - start) / count;
    })(),
    unit: 'ns/call',
    note: 'no OpenTelemetry SDK registered (no-op span); includes the await',
  });

  const clock = { now: Date.UTC(2026, 0, 1) };
  const heapBefore = heapUsed();
  const day = createMetricsCollector({ now: () => clock.now });
  const fillStart = process.hrtime.bigint();
  const requests = fillDay(day, clock);
  const fillMs = Number(process.hrtime.bigint() - fillStart) / 1e6;
  const heapAfter = heapUsed();
  const footprint = day.memoryFootprint();
  results.push({
    name: 'metrics.day.records',
    value: requests,
    unit: 'requests',
    note: `24 h at ${REQUESTS_PER_SECOND} req/s (${ROUTES.length + NODES.length + STATE.length + STEPS.length} operations), recorded in ${Math.round(fillMs)} ms`,
  });
  results.push({
    name: 'metrics.day.approx-bytes',
    value: footprint.approxBytes,
    unit: 'bytes',
    note: `collector's own estimate; worst-case bound with default limits ${footprint.boundBytes} bytes`,
  });
  if (heapBefore !== undefined && heapAfter !== undefined)
    results.push({
      name: 'metrics.day.heap-delta',
      value: heapAfter - heapBefore,
      unit: 'bytes',
      note: 'heap after a forced GC, before vs after 24 h of data (includes prom-client series)',
    });
  results.push({ name: 'metrics.dashboard.1h', value: msOf(() => day.dashboard(HOUR_MS)), unit: 'ms' });
  results.push({ name: 'metrics.dashboard.24h', value: msOf(() => day.dashboard(24 * HOUR_MS)), unit: 'ms' });
  results.push({
    name: 'metrics.promptCacheStats.24h',
    value: msOf(() => day.promptCacheStats()),
    unit: 'ms',
  });
  const registry = day.prometheusRegistry();
  const scrapeStart = process.hrtime.bigint();
  const exposition = await registry.metrics();
  results.push({
    name: 'metrics.prometheus.scrape',
    value: Number(process.hrtime.bigint() - scrapeStart) / 1e6,
    unit: 'ms',
    note: `${exposition.length} bytes of exposition text`,
  });
  return results;
}

/** Heap in use after a full GC, when the process was started with --expose-gc; else undefined. */
function heapUsed(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const result of await run()) console.log(JSON.stringify(result));
}
