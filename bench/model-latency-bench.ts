import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CvDocument, Gap } from '../src/domain/index.js';
import { type FakeModelServer, startFakeModelServer } from '../src/fake-model/fake-model-server.js';
import { approximateTokenCount } from '../src/fake-model/prompt-cache-accounting.js';
import { readCv } from '../src/ingest/index.js';
import { createReasonerFromEnv, type ReasonerDeps } from '../src/reasoning/create-reasoner.js';
import type { ModelCallUsage } from '../src/reasoning/llm/model-call-usage.js';
import type { SpeculationEvent } from '../src/reasoning/llm/speculation-event.js';
import { createOfflineEngine } from '../src/reasoning/offline/offline-engine.js';
import type { Reasoner, SessionContext } from '../src/reasoning/reasoner.js';
import { openSqliteBackend } from '../src/state/state-backend.js';
import { createInterviewService } from '../src/workflow/interview-service.js';
import { DEFAULT_WORKFLOW_CONFIG } from '../src/workflow/workflow-config.js';
import { type BenchResult, repeated } from './bench-result.js';
import {
  BENCH_CV,
  BENCH_JOB,
  scriptedModelReply,
  strongAnswer,
  thinAnswer,
} from './support/scripted-model-replies.js';

/** Repetitions of each timed figure (median and spread are reported). */
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 3);
/** Model latencies (ms). The whole-session run is scaled down (2.5 s → 0.5 s) to keep the bench short. */
const NODE_LATENCY_MS = 1000;
const QUESTION_LATENCY_MS = 2500;
const ANSWER_LATENCY_MS = Number(process.env.BENCH_ANSWER_LATENCY_MS ?? 1000);
const SESSION_LATENCY_MS = Number(process.env.BENCH_SESSION_LATENCY_MS ?? 500);
const CONCURRENCY_LIMIT = 4;

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** A fake model server whose latency can be changed between runs, remembering the first prompt's size since the last reset. */
async function startFake(): Promise<{
  fake: FakeModelServer;
  setLatency(ms: number): void;
  firstPromptTokens(): number;
  /** A cold prompt cache and counters, and the next prompt counts as the first. */
  reset(): void;
}> {
  let latency = 0;
  let first = 0;
  const fake = await startFakeModelServer({
    latencyMs: () => latency,
    respond: (request) => {
      // Same text the server's accounting counts (role, newline, text, newline per message).
      if (first === 0) {
        const prompt = (request.messages ?? [])
          .map((message) => {
            const text =
              typeof message.content === 'string'
                ? message.content
                : (message.content ?? []).map((part) => part.text ?? '').join('');
            return `${message.role}\n${text}\n`;
          })
          .join('');
        first = approximateTokenCount(prompt);
      }
      return scriptedModelReply(request);
    },
  });
  return {
    fake,
    setLatency: (ms) => {
      latency = ms;
    },
    firstPromptTokens: () => first,
    reset: () => {
      fake.reset();
      first = 0;
    },
  };
}

/** A fresh LLM reasoner (fresh response cache, so repetitions never hit an earlier run's entries). */
function llmReasoner(
  fake: FakeModelServer,
  env: Record<string, string> = {},
  deps: Pick<ReasonerDeps, 'onSpeculation' | 'onUsage'> = {},
): Reasoner {
  return createReasonerFromEnv(
    {
      OPENAI_BASE_URL: fake.url,
      GAPWISE_MODEL: 'openai-compatible:fake',
      GAPWISE_OFFLINE_FALLBACK: 'false',
      MODEL_CONCURRENCY: '64',
      ...env,
    },
    deps,
  );
}

/** How many speculative calls of each step ended each way, e.g. `deep-dive used 5`. */
function speculationTally(events: readonly SpeculationEvent[]): string {
  const counts = new Map<string, number>();
  for (const { step, outcome } of events) {
    const key = `${step} ${outcome}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => `${key} ${count}`).join(', ') || 'none';
}

/** Uncached input tokens per step over `usages`, e.g. `evaluate-answer 2665 (15 calls)`. */
function uncachedByStep(usages: readonly ModelCallUsage[]): string {
  const byStep = new Map<string, { tokens: number; calls: number }>();
  for (const { step, inputTokens, cachedInputTokens } of usages) {
    const entry = byStep.get(step) ?? { tokens: 0, calls: 0 };
    entry.tokens += inputTokens - cachedInputTokens;
    entry.calls += 1;
    byStep.set(step, entry);
  }
  return [...byStep].map(([step, { tokens, calls }]) => `${step} ${tokens} (${calls} calls)`).join(', ');
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function benchContext(
  cv: CvDocument,
  sessionId: string,
): Promise<{ context: SessionContext; gaps: Gap[] }> {
  const offline = createOfflineEngine();
  const job = await offline.extractRequirements({ jobText: BENCH_JOB });
  const report = await offline.analyseGaps({ cv, job });
  return { context: { sessionId, cv, job }, gaps: report.gaps.slice(0, 10) };
}

/**
 * Model-latency figures with the fake OpenAI-compatible server (issues 6 and 9): parallel vs
 * sequential model calls, batch question generation with and without a provider concurrency
 * limit, the candidate's wait after an answer, a whole 10-gap session against its critical path,
 * and the share of input tokens the fake server counts as cached.
 */
export async function run(): Promise<BenchResult[]> {
  const { fake, setLatency, firstPromptTokens, reset } = await startFake();
  const dir = mkdtempSync(join(tmpdir(), 'gapwise-bench-model-'));
  const results: BenchResult[] = [];
  try {
    const cv = await readCv({ bytes: new TextEncoder().encode(BENCH_CV) });
    let repetition = 0;
    const fresh = async () => benchContext(cv, `bench-${repetition++}`);

    // Warm-up: module loading, the first HTTP connection and prompt rendering stay out of the figures.
    const warm = await fresh();
    await Promise.all(
      warm.gaps.slice(0, 3).map((gap) => llmReasoner(fake).generateQuestion({ context: warm.context, gap })),
    );

    // 1. Three independent workflow steps at 1.0 s each.
    setLatency(NODE_LATENCY_MS);
    const concurrentThree: number[] = [];
    const sequentialThree: number[] = [];
    for (let i = 0; i < REPETITIONS; i++) {
      const { context, gaps } = await fresh();
      const reasoner = llmReasoner(fake);
      const three = gaps.slice(0, 3);
      concurrentThree.push(
        await timed(() => Promise.all(three.map((gap) => reasoner.generateQuestion({ context, gap })))),
      );
      const again = await fresh();
      const other = llmReasoner(fake);
      sequentialThree.push(
        await timed(async () => {
          for (const gap of again.gaps.slice(0, 3))
            await other.generateQuestion({ context: again.context, gap });
        }),
      );
    }
    results.push(
      {
        name: 'three independent model steps at L=1.0 s, concurrent',
        ...repeated(concurrentThree.map((ms) => ms / 1000)),
        unit: 's',
        ideal: NODE_LATENCY_MS / 1000,
        note: 'three generateQuestion calls on the LLM engine, Promise.all',
      },
      {
        name: 'three independent model steps at L=1.0 s, one after another',
        ...repeated(sequentialThree.map((ms) => ms / 1000)),
        unit: 's',
        ideal: NODE_LATENCY_MS / 1000,
        note: 'the same calls awaited in turn: the baseline (3 × L)',
      },
    );

    // 2. Question generation for 10 gaps at 2.5 s: batch, sequential, and with a concurrency limit of 4.
    setLatency(QUESTION_LATENCY_MS);
    const batch: number[] = [];
    const limited: number[] = [];
    let gapCount = 0;
    for (let i = 0; i < REPETITIONS; i++) {
      const { context, gaps } = await fresh();
      gapCount = gaps.length;
      const reasoner = llmReasoner(fake);
      batch.push(
        await timed(() => Promise.all(gaps.map((gap) => reasoner.generateQuestion({ context, gap })))),
      );
      const again = await fresh();
      const limitedReasoner = llmReasoner(fake, { MODEL_CONCURRENCY: String(CONCURRENCY_LIMIT) });
      limited.push(
        await timed(() =>
          Promise.all(
            again.gaps.map((gap) => limitedReasoner.generateQuestion({ context: again.context, gap })),
          ),
        ),
      );
    }
    // Sequential once: it only shows the baseline (N × L) and costs 25 s per run.
    const once = await fresh();
    const sequentialReasoner = llmReasoner(fake);
    const sequentialMs = await timed(async () => {
      for (const gap of once.gaps) await sequentialReasoner.generateQuestion({ context: once.context, gap });
    });
    const limitedIdeal = Math.ceil(gapCount / CONCURRENCY_LIMIT) * (QUESTION_LATENCY_MS / 1000);
    results.push(
      {
        name: `question generation, ${gapCount} gaps at L=2.5 s, batch`,
        ...repeated(batch.map((ms) => ms / 1000)),
        unit: 's',
        ideal: QUESTION_LATENCY_MS / 1000,
        target: '≤ 1.05 × ideal',
        note: 'LLM engine through the model-call middleware (cache, breaker, limiter, retries), Promise.all as the workflow fans out',
      },
      {
        name: `question generation, ${gapCount} gaps at L=2.5 s, sequential`,
        value: round(sequentialMs / 1000),
        unit: 's',
        ideal: QUESTION_LATENCY_MS / 1000,
        repetitions: 1,
        note: 'baseline: one call after another (N × L); measured once',
      },
      {
        name: `question generation, ${gapCount} gaps at L=2.5 s, MODEL_CONCURRENCY=${CONCURRENCY_LIMIT}`,
        ...repeated(limited.map((ms) => ms / 1000)),
        unit: 's',
        ideal: limitedIdeal,
        target: '≤ 1.05 × ideal',
        note: `batch behind a provider concurrency limit of ${CONCURRENCY_LIMIT}: ideal ⌈${gapCount}/${CONCURRENCY_LIMIT}⌉ × L`,
      },
    );

    // 3 and 4. The candidate's wait after a strong answer, and a whole session, through the interview service.
    const backend = openSqliteBackend(join(dir, 'state'));
    const serviceFor = (reasoner: Reasoner) =>
      createInterviewService({
        reasoner,
        checkpointer: backend.checkpointer,
        sessionStore: backend.sessionStore,
        config: { ...DEFAULT_WORKFLOW_CONFIG, maxQuestions: 10 },
      });
    try {
      setLatency(0);
      const waitEvents: SpeculationEvent[] = [];
      const waitUsage: ModelCallUsage[] = [];
      const waitService = serviceFor(
        llmReasoner(
          fake,
          {},
          { onSpeculation: (event) => waitEvents.push(event), onUsage: (usage) => waitUsage.push(usage) },
        ),
      );
      const created = await waitService.createSession({ cv, jobText: BENCH_JOB });
      setLatency(ANSWER_LATENCY_MS);
      /** Times one answer per question (`submitAnswer` wall time) and counts the model calls it made. */
      const answerEach = async (
        questions: typeof created.session.questions,
        answerFor: (skill: string) => string,
      ) => {
        const waits: number[] = [];
        const calls: number[] = [];
        let outcome = '';
        for (const question of questions) {
          const before = fake.stats().calls;
          waits.push(
            await timed(async () => {
              const result = await waitService.submitAnswer(created.sessionId, question.id, {
                answer: answerFor(question.requirement.keywords[0] ?? question.requirement.text),
              });
              outcome = result.next.kind;
            }),
          );
          calls.push(fake.stats().calls - before);
        }
        return { waits, calls, outcome };
      };
      const {
        waits,
        calls: waitCalls,
        outcome,
      } = await answerEach(created.session.questions.slice(0, REPETITIONS), strongAnswer);
      results.push(
        {
          name: 'candidate wait after a strong answer, in model latencies',
          ...repeated(waits.map((ms) => ms / ANSWER_LATENCY_MS)),
          unit: '× L',
          ideal: 1,
          target: '≤ 1 model call',
          note: `submitAnswer wall time ÷ L (L=${ANSWER_LATENCY_MS} ms); next step: ${outcome}`,
        },
        {
          name: 'model calls made while the candidate waits after a strong answer',
          ...repeated(waitCalls, 0),
          unit: 'calls',
          note: 'all calls the fake server answered during submitAnswer, sequential or overlapped (the wait above counts only sequential ones)',
        },
      );

      // A thin answer: the workflow asks a deep-dive round (evaluate, then follow-ups).
      const weakEvents = waitEvents.length;
      const {
        waits: weakWaits,
        calls: weakCalls,
        outcome: weakOutcome,
      } = await answerEach(created.session.questions.slice(REPETITIONS, 2 * REPETITIONS), thinAnswer);
      // What a wasted speculative follow-up costs: one deep-dive call's tokens.
      const deepDiveUsage = waitUsage.filter((usage) => usage.step === 'deep-dive' && !usage.cached);
      const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
      const deepDiveInput = mean(deepDiveUsage.map((usage) => usage.inputTokens));
      const deepDiveCached = mean(deepDiveUsage.map((usage) => usage.cachedInputTokens));
      results.push(
        {
          name: 'candidate wait after a thin answer (deep-dive round), in model latencies',
          ...repeated(weakWaits.map((ms) => ms / ANSWER_LATENCY_MS)),
          unit: '× L',
          ideal: 1,
          target: '≤ 1 model call',
          note: `submitAnswer wall time ÷ L (L=${ANSWER_LATENCY_MS} ms); next step: ${weakOutcome}; follow-ups written beside the evaluation: ${speculationTally(waitEvents.slice(weakEvents))}`,
        },
        {
          name: 'model calls made while the candidate waits after a thin answer',
          ...repeated(weakCalls, 0),
          unit: 'calls',
          note: 'evaluation and follow-ups, overlapped: a third call would mean the follow-ups were written again',
        },
        {
          name: 'input tokens of one follow-up (deep-dive) call',
          value: Math.round(deepDiveInput),
          unit: 'tokens',
          repetitions: deepDiveUsage.length,
          note: `${Math.round((100 * deepDiveCached) / deepDiveInput)} % of them cached on the fake server, ${Math.round(mean(deepDiveUsage.map((usage) => usage.outputTokens)))} output tokens: the price of one follow-up speculation that is discarded`,
        },
      );

      const sessionWall: number[] = [];
      const sessionCritical: number[] = [];
      const sessionCalls: number[] = [];
      const sessionEvents: SpeculationEvent[] = [];
      const sessionUsage: ModelCallUsage[] = [];
      const cachedShare: number[] = [];
      const cachedAfterFirst: number[] = [];
      let questionsAsked = 0;
      for (let i = 0; i < REPETITIONS; i++) {
        setLatency(SESSION_LATENCY_MS);
        reset();
        sessionEvents.length = 0;
        sessionUsage.length = 0;
        const service = serviceFor(
          llmReasoner(
            fake,
            {},
            {
              onSpeculation: (event) => sessionEvents.push(event),
              onUsage: (usage) => sessionUsage.push(usage),
            },
          ),
        );
        let criticalCalls = 0;
        const wall = await timed(async () => {
          // Latencies on the critical path of a step: its wall time in whole model latencies
          // (calls the engine overlaps, like the question batch, count once).
          const latencies = (ms: number) => Math.round(ms / SESSION_LATENCY_MS);
          let createMs = performance.now();
          const session = await service.createSession({ cv, jobText: BENCH_JOB });
          createMs = performance.now() - createMs;
          const questions = session.session.questions;
          questionsAsked = questions.length;
          criticalCalls += latencies(createMs);
          for (const [index, question] of questions.entries()) {
            const skill = question.requirement.keywords[0] ?? question.requirement.text;
            // One deep-dive round on half of the questions (issue 6).
            const answers =
              index % 2 === 0 ? [thinAnswer(skill), strongAnswer(skill)] : [strongAnswer(skill)];
            for (const answer of answers) {
              const stepStarted = performance.now();
              const result = await service.submitAnswer(session.sessionId, question.id, { answer });
              criticalCalls += latencies(performance.now() - stepStarted);
              if (result.next.kind !== 'follow-up') break;
            }
            const view = await service.getQuestion(session.sessionId, question.id);
            if (view.status === 'awaiting-decision')
              await service.decide(session.sessionId, question.id, { action: 'accept' });
          }
          await service.getResult(session.sessionId);
        });
        const stats = fake.stats();
        sessionWall.push(wall / 1000);
        sessionCritical.push((criticalCalls * SESSION_LATENCY_MS) / 1000);
        sessionCalls.push(stats.calls);
        cachedShare.push((100 * stats.cachedTokens) / stats.promptTokens);
        cachedAfterFirst.push((100 * stats.cachedTokens) / (stats.promptTokens - firstPromptTokens()));
      }
      const critical = repeated(sessionCritical);
      // The ideal design: extraction, one batch of questions, one call per answer (deep-dive rounds included).
      const idealCalls = 2 + questionsAsked + Math.ceil(questionsAsked / 2);
      results.push(
        {
          name: `whole session, ${questionsAsked} gaps, scripted answers, wall time`,
          ...repeated(sessionWall),
          unit: 's',
          ideal: critical.value,
          target: '≤ 1.1 × critical path',
          note: `L=${SESSION_LATENCY_MS} ms (scaled from 2.5 s: ratios carry over); half the questions take one deep-dive round; ideal = this workflow's critical path (each step's wall time rounded to whole latencies, × L: the model time no implementation of this workflow can avoid)`,
        },
        {
          name: 'whole session: critical path of this workflow',
          ...critical,
          unit: 's',
          ideal: round((idealCalls * SESSION_LATENCY_MS) / 1000),
          note: `sequential model latencies × L; ideal = ${idealCalls} latencies (extraction, one question batch, one call per answer)`,
        },
        {
          name: 'whole session: model calls',
          ...repeated(sessionCalls, 0),
          unit: 'calls',
          note: `all calls the fake server answered (${questionsAsked} questions, ${Math.ceil(questionsAsked / 2)} deep-dive rounds); speculative calls of the last run: ${speculationTally(sessionEvents)}`,
        },
        {
          name: 'whole session: cached share of input tokens',
          ...repeated(cachedShare, 1),
          unit: '%',
          ideal: 100,
          target: '≥ 90 %',
          note: `fake server's prompt-cache accounting (longest seen prefix, 128-token blocks, ≥ 1024 tokens), all calls; uncached input tokens of the last run by step: ${uncachedByStep(sessionUsage)}`,
        },
        {
          name: 'whole session: cached share after the first call',
          ...repeated(cachedAfterFirst, 1),
          unit: '%',
          ideal: 100,
          target: '≥ 90 %',
          note: "cached tokens ÷ input tokens of every call but the session's first",
        },
      );
    } finally {
      await backend.close();
    }
    return results;
  } finally {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `tsx bench/model-latency-bench.ts` prints the figures.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run()) console.log(JSON.stringify(result));
}
