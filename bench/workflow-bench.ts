import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import Database from 'better-sqlite3';
import type { CvDocument, Gap } from '../src/domain/index.js';
import { createSqliteSessionStore } from '../src/state/sqlite-session-store.js';
import { createInterviewService, type InterviewService } from '../src/workflow/interview-service.js';
import type { SessionEvent } from '../src/workflow/session-event.js';
import { createScriptedReasoner, type ScriptedReasoner } from '../src/workflow/testing/scripted-reasoner.js';
import { DEFAULT_WORKFLOW_CONFIG } from '../src/workflow/workflow-config.js';
import type { BenchResult } from './bench-result.js';

/** Simulated model latency of one question generation, and the number of gaps. */
const LATENCY_MS = Number(process.env.BENCH_QUESTION_LATENCY_MS ?? 200);
const GAPS = Number(process.env.BENCH_GAPS ?? 8);
const STEP_SAMPLES = 20;

const SKILLS = [
  'Kubernetes',
  'Kafka',
  'Terraform',
  'Go',
  'Rust',
  'GraphQL',
  'Redis',
  'Spark',
  'Airflow',
  'Elixir',
];

const cv: CvDocument = {
  sourceType: 'markdown',
  plainText: 'Jane Doe\nBackend engineer at Acme since 2019.\n- Built the payments API in TypeScript.',
  resume: { basics: { name: 'Jane Doe' }, work: [{ name: 'Acme', highlights: ['Built the payments API'] }] },
};

const jobWithGaps = (count: number) =>
  [
    'Backend engineer',
    '- TypeScript',
    ...Array.from({ length: count }, (_, i) => `- ${SKILLS[i % SKILLS.length]}${i}`),
  ].join('\n');

function openService(dir: string, reasoner: ScriptedReasoner, onEvent?: (event: SessionEvent) => void) {
  const db = new Database(join(dir, 'checkpoints.sqlite'));
  const store = createSqliteSessionStore({ path: join(dir, 'sessions.sqlite') });
  const service = createInterviewService({
    reasoner,
    checkpointer: new SqliteSaver(db),
    sessionStore: store,
    config: {
      ...DEFAULT_WORKFLOW_CONFIG,
      maxQuestions: Math.max(GAPS, DEFAULT_WORKFLOW_CONFIG.maxQuestions),
    },
    ...(onEvent ? { onEvent } : {}),
  });
  return {
    service,
    close: async () => {
      await store.close();
      db.close();
    },
  };
}

/** Reasoner calls made while `work` ran, in order. */
async function callsDuring(reasoner: ScriptedReasoner, work: () => Promise<unknown>): Promise<string[]> {
  const before = reasoner.calls.length;
  await work();
  return reasoner.calls.slice(before);
}

async function stepOverheadMs(service: InterviewService): Promise<number> {
  // Thin answers keep a question in deep-dive: each step is resume → evaluate → deep-dive → interrupt.
  const durations: number[] = [];
  for (let i = 0; i < STEP_SAMPLES; i++) {
    const { sessionId, session } = await service.createSession({ cv, jobText: jobWithGaps(1) });
    const questionId = session.questions[0]?.id ?? '';
    const started = performance.now();
    await service.submitAnswer(sessionId, questionId, { answer: `thin answer ${i}` });
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  return durations[Math.floor(durations.length / 2)] ?? 0;
}

/**
 * Workflow figures (DESIGN.md §7): batch question generation wall time with a simulated model
 * latency (should be ≈ L, not N × L), the candidate's wait after an answer in sequential
 * reasoner calls, and the overhead of one workflow step (graph + SQLite checkpoint) without
 * model time.
 */
export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gapwise-bench-workflow-'));
  try {
    const slow = createScriptedReasoner({ questionLatencyMs: LATENCY_MS });
    const marks = new Map<string, number>();
    const slowService = openService(dir, slow, (event) => marks.set(event.type, performance.now()));
    // Warm-up (module loading, SQLite tables) so the measured run shows the workflow only.
    await slowService.service.createSession({ cv, jobText: jobWithGaps(1) });
    let started = performance.now();
    const { session } = await slowService.service.createSession({ cv, jobText: jobWithGaps(GAPS) });
    const batchMs = performance.now() - started;
    // From the end of the analysis to the last question: the parallel fan-out alone.
    const fanOutMs = (marks.get('question.generated') ?? 0) - (marks.get('analysis.done') ?? 0);

    const gaps: Gap[] = session.report.gaps;
    const context = {
      sessionId: 'bench',
      cv,
      job: { requirements: gaps.map((gap) => gap.requirement), rawText: '' },
    };
    started = performance.now();
    for (const gap of gaps) await slow.generateQuestion({ context, gap });
    const sequentialMs = performance.now() - started;
    await slowService.close();

    const fast = createScriptedReasoner();
    const fastDir = mkdtempSync(join(dir, 'fast-'));
    const { service, close } = openService(fastDir, fast);
    const created = await service.createSession({ cv, jobText: jobWithGaps(3) });
    const [q1, q2, q3] = created.session.questions.map((question) => question.id);
    const strongCalls = await callsDuring(fast, () =>
      service.submitAnswer(created.sessionId, q1 ?? '', {
        answer: `I rolled out ${created.session.questions[0]?.requirement.keywords[0]} to 12 services at Acme, saving 30 hours a month`,
      }),
    );
    const thinCalls = await callsDuring(fast, () =>
      service.submitAnswer(created.sessionId, q2 ?? '', { answer: 'a bit' }),
    );
    const gapCalls = await callsDuring(fast, () =>
      service.submitAnswer(created.sessionId, q3 ?? '', { answer: 'I have no experience with it' }),
    );
    const overhead = await stepOverheadMs(service);
    await close();

    return [
      {
        name: 'workflow.batch_questions.wall_time',
        value: Math.round(batchMs),
        unit: 'ms',
        note: `createSession with ${gaps.length} gaps, model latency L=${LATENCY_MS} ms per question (target ≈ L; includes job parsing, gap analysis, checkpoint commit and reading the session back)`,
      },
      {
        name: 'workflow.batch_questions.fan_out_time',
        value: Math.round(fanOutMs),
        unit: 'ms',
        note: `analysis done → last of ${gaps.length} questions generated (target ≈ L = ${LATENCY_MS} ms)`,
      },
      {
        name: 'workflow.batch_questions.sequential_time',
        value: Math.round(sequentialMs),
        unit: 'ms',
        note: `the same ${gaps.length} questions generated one after another (N × L)`,
      },
      {
        name: 'workflow.batch_questions.ratio_to_latency',
        value: Number((batchMs / LATENCY_MS).toFixed(2)),
        unit: 'x L',
        note: 'wall time of the parallel batch divided by one model latency',
      },
      {
        name: 'workflow.answer_wait.sequential_calls.bullet',
        value: strongCalls.length,
        unit: 'calls',
        note: `strong answer, first bullet passes: ${strongCalls.join(' → ')}`,
      },
      {
        name: 'workflow.answer_wait.sequential_calls.follow_up',
        value: thinCalls.length,
        unit: 'calls',
        note: `thin answer: ${thinCalls.join(' → ')}`,
      },
      {
        name: 'workflow.answer_wait.sequential_calls.true_gap',
        value: gapCalls.length,
        unit: 'calls',
        note: `"no experience": ${gapCalls.join(' → ')}`,
      },
      {
        name: 'workflow.step_overhead.p50',
        value: Number(overhead.toFixed(2)),
        unit: 'ms',
        note: `one answer step (lock, staged graph run, SQLite checkpoint commit, version CAS) with an instant reasoner, median of ${STEP_SAMPLES}`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `tsx bench/workflow-bench.ts` prints the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run())
    console.log(`${result.name}: ${result.value} ${result.unit}${result.note ? ` (${result.note})` : ''}`);
}
