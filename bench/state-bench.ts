import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Checkpoint, emptyCheckpoint, uuid6 } from '@langchain/langgraph-checkpoint';
import { readCv } from '../src/ingest/index.js';
import { createOfflineEngine } from '../src/reasoning/offline/offline-engine.js';
import { openRedisBackend, openSqliteBackend, type StateBackend } from '../src/state/state-backend.js';
import { createInterviewService } from '../src/workflow/interview-service.js';
import { createScriptedReasoner } from '../src/workflow/testing/scripted-reasoner.js';
import { DEFAULT_WORKFLOW_CONFIG } from '../src/workflow/workflow-config.js';
import { startRedisServer } from '../test/support/redis-server.js';
import { type BenchResult, quantile } from './bench-result.js';
import { BENCH_CV, thinAnswer } from './support/scripted-model-replies.js';

const OPERATIONS = Number(process.env.BENCH_STATE_OPERATIONS ?? 2000);
const STEP_SAMPLES = Number(process.env.BENCH_STEP_SAMPLES ?? 60);
const WARM_UP = 50;

/** Per-operation latencies (ms) of `operation`, called `count` times one after another. */
async function sample(count: number, operation: (index: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UP; i++) await operation(i);
  const durations: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await operation(i);
    durations.push(performance.now() - started);
  }
  return durations;
}

const rounded = (value: number) => Number(value.toFixed(3));

function percentiles(kind: string, operation: string, durations: number[], note: string): BenchResult[] {
  return [
    {
      name: `state ${operation}, ${kind}, p50`,
      value: rounded(quantile(durations, 0.5)),
      unit: 'ms',
      repetitions: durations.length,
      spread: { min: rounded(Math.min(...durations)), max: rounded(Math.max(...durations)) },
      note,
    },
    {
      name: `state ${operation}, ${kind}, p99`,
      value: rounded(quantile(durations, 0.99)),
      unit: 'ms',
      repetitions: durations.length,
      note,
    },
  ];
}

/** A checkpoint of realistic size: a question thread's state with a few answers. */
function checkpointWithState(index: number): Checkpoint {
  const checkpoint = emptyCheckpoint();
  checkpoint.id = uuid6(index);
  checkpoint.channel_values = {
    answers: Array.from({ length: 3 }, (_, turn) => ({
      prompt: `question ${turn}`,
      answer: 'x'.repeat(400),
    })),
    deepDiveRounds: 1,
  };
  checkpoint.channel_versions = { answers: index + 1, deepDiveRounds: index + 1 };
  return checkpoint;
}

async function storeFigures(kind: string, backend: StateBackend): Promise<BenchResult[]> {
  const store = backend.sessionStore;
  const id = randomBytes(16).toString('base64url');
  await store.create(
    { id, tokenHash: 'a'.repeat(64), engine: 'offline', createdAt: new Date().toISOString() },
    3600,
  );
  const reads = await sample(OPERATIONS, () => store.get(id));
  let version = (await store.get(id))?.version ?? 0;
  const writes = await sample(OPERATIONS, async () => {
    await store.bumpVersion(id, version);
    version += 1;
  });
  const threadId = `${id}:q-bench`;
  const config = { configurable: { thread_id: threadId, checkpoint_ns: '' } };
  const puts = await sample(OPERATIONS, (index) =>
    backend.checkpointer.put(
      config,
      checkpointWithState(index),
      { source: 'loop', step: index, parents: {} },
      { answers: index + 1 },
    ),
  );
  const gets = await sample(OPERATIONS, () => backend.checkpointer.getTuple(config));
  const note = `${OPERATIONS} sequential operations after ${WARM_UP} warm-up`;
  return [
    ...percentiles(kind, 'session read (sessionStore.get)', reads, note),
    ...percentiles(kind, 'session write (sessionStore.bumpVersion)', writes, note),
    ...percentiles(kind, 'checkpoint write (checkpointer.put, ~1.5 KB)', puts, note),
    ...percentiles(kind, 'checkpoint read (checkpointer.getTuple, latest)', gets, note),
  ];
}

/** One answer step (lock, staged graph run, checkpoint commit, version CAS) on the offline engine. */
async function stepOverhead(
  kind: string,
  backend: StateBackend,
  engine: 'offline engine' | 'instant scripted reasoner',
): Promise<BenchResult[]> {
  const service = createInterviewService({
    reasoner: engine === 'offline engine' ? createOfflineEngine() : createScriptedReasoner(),
    checkpointer: backend.checkpointer,
    sessionStore: backend.sessionStore,
    config: DEFAULT_WORKFLOW_CONFIG,
  });
  const cv = await readCv({ bytes: new TextEncoder().encode(BENCH_CV) });
  const jobText =
    'Backend engineer\n\nRequirements:\n- TypeScript\n- Production experience with Kubernetes (required)';
  const durations: number[] = [];
  for (let i = 0; i < STEP_SAMPLES + 5; i++) {
    const { sessionId, session } = await service.createSession({ cv, jobText });
    const question = session.questions[0];
    if (!question) throw new Error('the step-overhead job yielded no question');
    const started = performance.now();
    // A thin answer: resume → evaluate → deep-dive → interrupt, checkpointed.
    await service.submitAnswer(sessionId, question.id, { answer: thinAnswer('Kubernetes') });
    if (i >= 5) durations.push(performance.now() - started);
  }
  const note =
    engine === 'offline engine'
      ? `submitAnswer with a thin answer on the offline engine (its rule-based evaluation and deep-dive included), ${STEP_SAMPLES} sessions after 5 warm-up`
      : `submitAnswer with a thin answer on an instant scripted reasoner: graph, lock, checkpoints and version CAS only; ${STEP_SAMPLES} sessions after 5 warm-up`;
  return [
    {
      name: `workflow step overhead, ${kind}, ${engine}, p50`,
      value: rounded(quantile(durations, 0.5)),
      unit: 'ms',
      target: '< 5 ms',
      repetitions: durations.length,
      spread: { min: rounded(Math.min(...durations)), max: rounded(Math.max(...durations)) },
      note,
    },
    {
      name: `workflow step overhead, ${kind}, ${engine}, p99`,
      value: rounded(quantile(durations, 0.99)),
      unit: 'ms',
      repetitions: durations.length,
      note,
    },
  ];
}

/**
 * State figures (issues 5 and 9): read and write latency of the session store and the
 * checkpointer on SQLite and on Redis (a redis-server on loopback), and the overhead of one
 * workflow step without model time on each.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gapwise-bench-state-'));
  const redisServer = await startRedisServer();
  const results: BenchResult[] = [];
  try {
    const sqlite = openSqliteBackend(dir);
    try {
      results.push(
        ...(await storeFigures('SQLite', sqlite)),
        ...(await stepOverhead('SQLite', sqlite, 'offline engine')),
        ...(await stepOverhead('SQLite', sqlite, 'instant scripted reasoner')),
      );
    } finally {
      await sqlite.close();
    }
    const redis = await openRedisBackend({ url: redisServer.url, ttlSeconds: 3600, prefix: 'bench' });
    try {
      results.push(
        ...(await storeFigures('Redis', redis)),
        ...(await stepOverhead('Redis', redis, 'offline engine')),
        ...(await stepOverhead('Redis', redis, 'instant scripted reasoner')),
      );
    } finally {
      await redis.close();
    }
    return results;
  } finally {
    await redisServer.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `tsx bench/state-bench.ts` prints the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run()) console.log(JSON.stringify(result));
}
