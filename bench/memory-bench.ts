import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import type { GapwiseServerProcess } from '../test/support/gapwise-server-process.js';
import type { BenchResult } from './bench-result.js';
import { startGapwiseCluster } from './support/gapwise-cluster.js';
import { sendJson } from './support/http-interview.js';

const SESSIONS = Number(process.env.BENCH_IDLE_SESSIONS ?? 10_000);
const CONCURRENCY = 16;
const WARM_UP = 50;
const MB = 1024 * 1024;

/** A small CV and job with two gaps: creation stays cheap, each session still holds a report and questions. */
const SMALL_CV =
  '# Sam Lee\nBackend engineer\n\n## Experience\n### Engineer, Acme (2020 – present)\n- Built REST services in Node.js and TypeScript\n';
const SMALL_JOB =
  'Backend engineer\n\nRequirements:\n- TypeScript (required)\n- Kubernetes (required)\n- Kafka\n';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes the server take a heap snapshot (Node runs a full GC first) and waits until the file is
 * written: afterwards the heap gauge shows what the process really keeps, not garbage not yet collected.
 */
async function collectGarbage(pid: number, snapshotDir: string): Promise<void> {
  const count = () => readdirSync(snapshotDir).filter((name) => name.endsWith('.heapsnapshot'));
  const before = count().length;
  process.kill(pid, 'SIGUSR2');
  let lastSize = -1;
  for (let waited = 0; waited < 120_000; waited += 500) {
    await wait(500);
    const files = count();
    if (files.length <= before) continue;
    const size = statSync(join(snapshotDir, files.at(-1)!)).size;
    if (size > 0 && size === lastSize) break;
    lastSize = size;
  }
  for (const file of count()) rmSync(join(snapshotDir, file));
}

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? Number.NaN);
}

/**
 * Memory of one server process holding many idle sessions in Redis mode: sessions are created
 * through the HTTP API of that process (offline engine), then the process's RSS (from its
 * Prometheus metrics) is read before, right after, and after a few idle seconds; finally its live
 * heap after a full GC is compared with a twin process's that only saw the warm-up.
 */
export async function run(): Promise<BenchResult[]> {
  const snapshotDir = mkdtempSync(join(tmpdir(), 'gapwise-heap-'));
  const cluster = await startGapwiseCluster({
    count: 2,
    env: { NODE_OPTIONS: `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshotDir}` },
  });
  const redis = new Redis(cluster.redisUrl);
  try {
    const [server, baseline] = cluster.servers as [GapwiseServerProcess, GapwiseServerProcess];
    const create = async (on = server) => {
      const { status } = await sendJson(`${on.url}/api/sessions`, {
        json: { cvText: SMALL_CV, jobText: SMALL_JOB },
      });
      if (status !== 201) throw new Error(`POST /api/sessions answered ${status}`);
    };
    // A twin process that only gets the warm-up: its live heap is the baseline (a snapshot in the
    // measured process would itself raise that process's RSS).
    for (let i = 0; i < WARM_UP; i++) await create(baseline);
    await collectGarbage(baseline.pid, snapshotDir);
    const heapLiveBefore = await cluster.gauge(baseline, 'nodejs_heap_size_used_bytes');
    for (let i = 0; i < WARM_UP; i++) await create();
    await wait(2000);
    const before = await cluster.residentBytes(server);
    const heapBefore = await cluster.gauge(server, 'nodejs_heap_size_used_bytes');
    const redisBefore = await usedMemory(redis);
    let created = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (created < SESSIONS) {
          created += 1;
          await create();
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const after = await cluster.residentBytes(server);
    await wait(5000);
    const settled = await cluster.residentBytes(server);
    const heapAfter = await cluster.gauge(server, 'nodejs_heap_size_used_bytes');
    const redisAfter = await usedMemory(redis);
    await collectGarbage(server.pid, snapshotDir);
    const heapLiveAfter = await cluster.gauge(server, 'nodejs_heap_size_used_bytes');
    const setting = `one server process, Redis mode, offline engine; ${created} sessions (2 gaps each) created through POST /api/sessions, ${CONCURRENCY} at a time, in ${seconds.toFixed(0)} s, after ${WARM_UP} warm-up`;
    return [
      { name: 'memory: server RSS before', value: Math.round(before / MB), unit: 'MB', note: setting },
      {
        name: `memory: server RSS holding ${created} idle sessions`,
        value: Math.round(settled / MB),
        unit: 'MB',
        note: `${setting}; read 5 s after the last session (right after: ${Math.round(after / MB)} MB)`,
      },
      {
        name: 'memory: server RSS growth per idle session',
        value: Number(((settled - before) / created / 1024).toFixed(2)),
        unit: 'KB',
        note: 'RSS growth ÷ sessions: includes garbage not yet collected and pages V8 keeps after collecting; the live-heap row below is what the process retains',
      },
      {
        name: 'memory: server V8 heap used, before → holding the sessions',
        value: Math.round(heapAfter / MB),
        unit: 'MB',
        note: `nodejs_heap_size_used_bytes ${Math.round(heapBefore / MB)} MB before; no forced GC, so garbage not yet collected counts too`,
      },
      {
        name: 'memory: server live heap after a full GC, growth per idle session',
        value: Number(((heapLiveAfter - heapLiveBefore) / created / 1024).toFixed(2)),
        unit: 'KB',
        note: `heap used after a full GC (forced by a heap snapshot): ${Math.round(heapLiveBefore / MB)} MB in a twin process after the warm-up only → ${Math.round(heapLiveAfter / MB)} MB holding the sessions; what the process truly retains per session (RSS growth above is V8 keeping freed pages)`,
      },
      {
        name: 'memory: Redis used_memory per session',
        value: Number(((redisAfter - redisBefore) / created / 1024).toFixed(1)),
        unit: 'KB',
        note: 'INFO memory used_memory growth ÷ sessions (session record, token hash, checkpoints)',
      },
    ];
  } finally {
    redis.disconnect();
    await cluster.close();
    rmSync(snapshotDir, { recursive: true, force: true });
  }
}

// `tsx bench/memory-bench.ts` prints the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run()) console.log(JSON.stringify(result));
}
