import { performance } from 'node:perf_hooks';
import { type BenchResult, quantile } from './bench-result.js';
import { startGapwiseCluster } from './support/gapwise-cluster.js';
import { type RequestSample, runHttpInterview } from './support/http-interview.js';

const SESSIONS = Number(process.env.BENCH_LOAD_SESSIONS ?? 200);
const PROCESSES = 2;

const rounded = (value: number) => Number(value.toFixed(2));

/**
 * Load run (issue 5): `SESSIONS` concurrent sessions, each the whole flow over HTTP (create →
 * answer every question → accept bullets → result) on the offline engine, every request sent
 * round-robin to one of two server processes sharing one Redis.
 */
export async function run(): Promise<BenchResult[]> {
  const cluster = await startGapwiseCluster({ count: PROCESSES });
  try {
    const urls = cluster.servers.map((server) => server.url);
    let next = 0;
    const nextUrl = () => urls[next++ % urls.length]!;
    // Warm-up: each process compiles its routes and loads the taxonomy before the clock starts.
    for (let i = 0; i < PROCESSES * 2; i++) await runHttpInterview(nextUrl, []);

    const samples: RequestSample[] = [];
    const failures: string[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: SESSIONS }, () =>
        runHttpInterview(nextUrl, samples).catch((error: unknown) => {
          failures.push(error instanceof Error ? error.message : String(error));
        }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const latencies = samples.map((sample) => sample.ms);
    const failedRequests = samples.filter((sample) => !sample.ok).length;
    const completed = SESSIONS - failures.length;
    const setting = `${SESSIONS} concurrent sessions, whole flow, offline engine, ${PROCESSES} server processes on one Redis, requests round-robin`;
    return [
      {
        name: 'load: sessions completed per second',
        value: rounded(completed / seconds),
        unit: 'sessions/s',
        note: `${setting}; ${completed} sessions in ${seconds.toFixed(1)} s, ${samples.length} requests (${rounded(samples.length / seconds)} req/s)`,
      },
      {
        name: 'load: per-request latency p50',
        value: rounded(quantile(latencies, 0.5)),
        unit: 'ms',
        repetitions: latencies.length,
        note: setting,
      },
      {
        name: 'load: per-request latency p99',
        value: rounded(quantile(latencies, 0.99)),
        unit: 'ms',
        repetitions: latencies.length,
        spread: { min: rounded(Math.min(...latencies)), max: rounded(Math.max(...latencies)) },
        note: setting,
      },
      {
        name: 'load: errors',
        value: failedRequests + failures.filter((message) => !/answered \d+/.test(message)).length,
        unit: 'errors',
        ideal: 0,
        target: '0',
        note: `non-2xx responses and failed connections; failed sessions: ${failures.length}${failures.length ? ` (first: ${failures[0]})` : ''}`,
      },
    ];
  } finally {
    await cluster.close();
  }
}

// `tsx bench/load-bench.ts` prints the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run()) console.log(JSON.stringify(result));
}
