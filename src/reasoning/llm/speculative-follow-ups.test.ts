import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LanguageModelV3CallOptions, LanguageModelV3GenerateResult } from '@ai-sdk/provider';
import { wrapLanguageModel } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnswerEvaluation, AnswerTurn, RubricElement } from '../../domain/index.js';
import { ConcurrencyLimiter } from '../../model-calls/concurrency-limiter.js';
import { openSqliteBackend, type StateBackend } from '../../state/state-backend.js';
import { createInterviewService } from '../../workflow/interview-service.js';
import { DEFAULT_WORKFLOW_CONFIG } from '../../workflow/workflow-config.js';
import { createOfflineEngine } from '../offline/offline-engine.js';
import { createLlmEngine } from './llm-engine.js';
import {
  engineWithOfflineRules,
  jsonReply,
  stepOfCall,
  TEST_ANSWERS,
  TEST_CV,
  TEST_GAP,
  TEST_QUESTION,
  testContext,
  VALID_REPLIES,
} from './llm-test-support.js';
import type { PromptId } from './prompts/prompt-definition.js';
import type { SpeculationEvent } from './speculation-event.js';
import { planSpeculativeFollowUps } from './speculative-follow-ups.js';

/** The offline engine reads this as thin (4/10, missing impact, ownership, specificity, clarity). */
const THIN: AnswerTurn[] = [{ prompt: TEST_QUESTION.text, answer: 'I used AWS Lambda a bit.' }];
const thinInput = { context: testContext('s-follow'), gap: TEST_GAP, question: TEST_QUESTION, answers: THIN };

type Rubric = AnswerEvaluation['rubric'];
/** A model evaluation with these points and this `missing` list. */
const judged = (rubric: Rubric, missing: RubricElement[]) => () =>
  jsonReply({ rubric, missing, noExperience: false, feedback: 'Say more.' });

/** What the deep-dive prompt asked for, read back from the call ("Missing rubric elements: …"). */
function askedElements(params: LanguageModelV3CallOptions): RubricElement[] {
  const text = JSON.stringify(params.prompt);
  const listed = /Missing rubric elements: ([a-z, ]+)/.exec(text)?.[1] ?? '';
  return listed.split(', ').filter(Boolean) as RubricElement[];
}

/** A well-behaved model's deep-dive: one follow-up per element it was asked about, at most three. */
const followUpsAsAsked = (params: LanguageModelV3CallOptions) =>
  jsonReply({
    followUps: askedElements(params)
      .slice(0, 3)
      .map((element) => ({ element, text: `Model asks about ${element}?` })),
  });

type Reply = (params: LanguageModelV3CallOptions) => LanguageModelV3GenerateResult;

/**
 * A mock model that records when each call starts and ends, in order. While `hold` is on, every
 * call waits after starting until `release()`: whatever started before the release overlapped.
 */
function recordingModel(replies: Partial<Record<PromptId, Reply>>) {
  const log: string[] = [];
  let held = true;
  let release: () => void = () => undefined;
  let gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const model = new MockLanguageModelV3({
    provider: 'test',
    modelId: 'recording',
    doGenerate: async (params) => {
      const step = stepOfCall(params) ?? 'unknown';
      log.push(`start ${step}`);
      if (held) await gate;
      try {
        const reply = replies[step as PromptId] ?? (() => jsonReply(VALID_REPLIES[step as PromptId]));
        return reply(params);
      } finally {
        log.push(`end ${step}`);
      }
    },
  });
  return {
    model,
    log,
    release() {
      held = false;
      release();
      gate = Promise.resolve();
    },
    deepDiveAsks: () =>
      model.doGenerateCalls.filter((params) => stepOfCall(params) === 'deep-dive').map(askedElements),
  };
}

function engineWith(recording: ReturnType<typeof recordingModel>, options = {}) {
  const events: string[] = [];
  const engine = engineWithOfflineRules(recording.model, {
    onSpeculation: (event: SpeculationEvent) => events.push(`${event.step} ${event.outcome}`),
    ...options,
  });
  return { engine, events };
}

/** Evaluates while every model call is held, checks what ran beside what, then lets them finish. */
async function evaluateHeld(
  recording: ReturnType<typeof recordingModel>,
  engine: ReturnType<typeof engineWithOfflineRules>,
  input: typeof thinInput,
  expectedStarts: string[],
) {
  const evaluating = engine.evaluateAnswer(input);
  // Both calls are in flight at once before either may finish: they overlap.
  await vi.waitFor(() => expect([...recording.log].sort()).toEqual([...expectedStarts].sort()));
  recording.release();
  return evaluating;
}

describe('LLM engine: follow-ups are written while a thin answer is evaluated', () => {
  it('asks the model for the follow-ups beside the evaluation and uses them: one round of calls', async () => {
    const recording = recordingModel({
      'evaluate-answer': judged({ relevance: 2, specificity: 0, ownership: 0, impact: 0, clarity: 1 }, [
        'impact',
        'ownership',
        'specificity',
      ]),
      'deep-dive': followUpsAsAsked,
    });
    const { engine, events } = engineWith(recording);

    const evaluation = await evaluateHeld(recording, engine, thinInput, [
      'start deep-dive',
      'start evaluate-answer',
    ]);
    expect(evaluation.score).toBe(3);
    const deepDive = await engine.generateDeepDive({ ...thinInput, evaluation });

    // Written from the offline reading: the thin answer lacks impact, ownership and specificity.
    expect(recording.deepDiveAsks()).toEqual([['impact', 'ownership', 'specificity', 'clarity']]);
    expect(deepDive.followUps.map((followUp) => followUp.element)).toEqual([
      'impact',
      'ownership',
      'specificity',
    ]);
    expect(deepDive.followUps[0]?.text).toBe('Model asks about impact?');
    // No call after the evaluation: the candidate waited for one model latency.
    expect(recording.log.slice(2).every((entry) => entry.startsWith('end'))).toBe(true);
    expect(recording.model.doGenerateCalls).toHaveLength(2);
    expect(events).toEqual(['deep-dive started', 'deep-dive used']);
  });

  it('discards the follow-ups when the evaluation says the answer passed', async () => {
    const recording = recordingModel({ 'deep-dive': followUpsAsAsked }); // the evaluation scores 9/10
    const { engine, events } = engineWith(recording);

    const evaluation = await evaluateHeld(recording, engine, thinInput, [
      'start deep-dive',
      'start evaluate-answer',
    ]);
    expect(evaluation.score).toBeGreaterThanOrEqual(DEFAULT_WORKFLOW_CONFIG.answerThreshold);
    expect(events).toEqual(['deep-dive started', 'deep-dive discarded']);

    // Gone: were follow-ups asked for these answers after all, they would be written anew.
    await engine.generateDeepDive({ ...thinInput, evaluation });
    expect(recording.deepDiveAsks()).toHaveLength(2);
    expect(events).toHaveLength(2);
  });

  it('makes the regular call when the follow-ups miss what the evaluation found missing', async () => {
    const recording = recordingModel({
      // The model finds relevance and clarity thin, which the offline reading did not put first.
      'evaluate-answer': judged({ relevance: 1, specificity: 2, ownership: 2, impact: 1, clarity: 0 }, [
        'relevance',
        'clarity',
      ]),
      'deep-dive': followUpsAsAsked,
    });
    const { engine, events } = engineWith(recording);

    const evaluation = await evaluateHeld(recording, engine, thinInput, [
      'start deep-dive',
      'start evaluate-answer',
    ]);
    expect(evaluation.missing).toEqual(['relevance', 'clarity', 'impact']);
    const deepDive = await engine.generateDeepDive({ ...thinInput, evaluation });

    expect(recording.deepDiveAsks()).toEqual([
      ['impact', 'ownership', 'specificity', 'clarity'],
      ['relevance', 'clarity', 'impact'],
    ]);
    expect(deepDive.followUps.map((followUp) => followUp.element)).toEqual([
      'relevance',
      'clarity',
      'impact',
    ]);
    // The regular call ran after the evaluation, as before speculation.
    expect(recording.log.slice(-2)).toEqual(['start deep-dive', 'end deep-dive']);
    expect(events).toEqual(['deep-dive started', 'deep-dive regenerated']);
  });

  it('completes a follow-up from the offline engine when the speculation missed one element', async () => {
    const recording = recordingModel({
      'evaluate-answer': judged({ relevance: 2, specificity: 2, ownership: 1, impact: 0, clarity: 1 }, [
        'relevance',
        'impact',
        'ownership',
      ]),
      'deep-dive': followUpsAsAsked,
    });
    const { engine, events } = engineWith(recording);

    const evaluation = await evaluateHeld(recording, engine, thinInput, [
      'start deep-dive',
      'start evaluate-answer',
    ]);
    const deepDive = await engine.generateDeepDive({ ...thinInput, evaluation });

    expect(deepDive.followUps.map((followUp) => followUp.element)).toEqual([
      'relevance',
      'impact',
      'ownership',
    ]);
    expect(deepDive.followUps[0]?.text).toMatch(/AWS Lambda/); // the offline engine's question
    expect(deepDive.followUps.slice(1).map((followUp) => followUp.text)).toEqual([
      'Model asks about impact?',
      'Model asks about ownership?',
    ]);
    expect(recording.model.doGenerateCalls).toHaveLength(2);
    expect(events).toEqual(['deep-dive started', 'deep-dive adapted']);
  });

  it('makes the regular call when the speculative call failed', async () => {
    let deepDives = 0;
    const recording = recordingModel({
      'evaluate-answer': judged({ relevance: 2, specificity: 0, ownership: 0, impact: 0, clarity: 1 }, [
        'impact',
        'ownership',
        'specificity',
      ]),
      'deep-dive': (params) => {
        deepDives += 1;
        if (deepDives === 1) throw new Error('connection reset');
        return followUpsAsAsked(params);
      },
    });
    const { engine, events } = engineWith(recording);

    const evaluation = await evaluateHeld(recording, engine, thinInput, [
      'start deep-dive',
      'start evaluate-answer',
    ]);
    const deepDive = await engine.generateDeepDive({ ...thinInput, evaluation });

    expect(deepDive.followUps.map((followUp) => followUp.element)).toEqual([
      'impact',
      'ownership',
      'specificity',
    ]);
    expect(recording.deepDiveAsks()).toEqual([
      ['impact', 'ownership', 'specificity', 'clarity'],
      ['impact', 'ownership', 'specificity', 'relevance'],
    ]);
    expect(events).toEqual(['deep-dive started', 'deep-dive failed']);
  });

  it('sends the evaluation first, so a concurrency limit of one queues it ahead of the speculation', async () => {
    const recording = recordingModel({ 'deep-dive': followUpsAsAsked });
    const engine = createLlmEngine({
      model: wrapLanguageModel({
        model: recording.model,
        middleware: new ConcurrencyLimiter(1).middleware(),
      }),
      provider: 'openai',
      modelId: 'm',
      offline: createOfflineEngine(),
    });
    const evaluating = engine.evaluateAnswer(thinInput);
    await vi.waitFor(() => expect(recording.log).toEqual(['start evaluate-answer']));
    recording.release();
    await evaluating;
    await vi.waitFor(() =>
      expect(recording.log.slice(0, 3)).toEqual([
        'start evaluate-answer',
        'end evaluate-answer',
        'start deep-dive',
      ]),
    );
  });

  it('speculates on nothing that cannot come next', async () => {
    const recording = recordingModel({ 'deep-dive': followUpsAsAsked });
    recording.release();
    const { engine, events } = engineWith(recording);
    // Two follow-up rounds already asked: a bullet comes next whatever the score.
    const lastRound = [
      ...THIN,
      { prompt: 'How big?', answer: 'Small.' },
      { prompt: 'Yours?', answer: 'Partly.' },
    ];
    await engine.evaluateAnswer({ ...thinInput, answers: lastRound });
    expect(events).toEqual(['generate-bullet started']);
    // "No experience" is a true gap; a strong answer (8/10 offline) gets a bullet draft instead.
    await engine.evaluateAnswer({ ...thinInput, answers: [{ prompt: 'q', answer: 'Not really, no.' }] });
    await engine.evaluateAnswer({ ...thinInput, answers: TEST_ANSWERS });
    expect(recording.deepDiveAsks()).toEqual([]);
    expect(events).toEqual(['generate-bullet started', 'generate-bullet started']);

    const off = engineWith(recording, { speculateFollowUpBelow: false });
    await off.engine.evaluateAnswer({ ...thinInput, context: testContext('s-off') });
    expect(recording.deepDiveAsks()).toEqual([]);
  });
});

describe('planSpeculativeFollowUps', () => {
  const followUps = (elements: RubricElement[]) => ({
    followUps: elements.map((element) => ({ element, text: `${element}?` })),
  });

  it('uses follow-ups that cover the first three missing elements, in the evaluation order', () => {
    expect(
      planSpeculativeFollowUps(followUps(['impact', 'ownership', 'specificity']), {
        missing: ['specificity', 'impact', 'ownership', 'clarity'],
      }),
    ).toEqual({ outcome: 'used', followUps: followUps(['specificity', 'impact', 'ownership']).followUps });
  });

  it('never keeps a follow-up about something the evaluation did not find missing', () => {
    expect(planSpeculativeFollowUps(followUps(['impact', 'clarity']), { missing: ['impact'] })).toEqual({
      outcome: 'used',
      followUps: followUps(['impact']).followUps,
    });
  });

  it('adapts when one element is uncovered, regenerates when more are or nothing is', () => {
    const plan = planSpeculativeFollowUps(followUps(['impact', 'ownership']), {
      missing: ['relevance', 'impact', 'ownership'],
    });
    expect(plan.outcome).toBe('adapted');
    expect(plan.outcome === 'adapted' && plan.written.map((followUp) => followUp?.element)).toEqual([
      undefined,
      'impact',
      'ownership',
    ]);
    expect(
      planSpeculativeFollowUps(followUps(['impact']), { missing: ['relevance', 'clarity', 'impact'] })
        .outcome,
    ).toBe('regenerated');
    expect(planSpeculativeFollowUps(followUps(['impact']), { missing: ['relevance'] }).outcome).toBe(
      'regenerated',
    );
    expect(
      planSpeculativeFollowUps(
        followUps(['impact', 'ownership']),
        { missing: ['relevance', 'impact'] },
        {
          maxAdapted: 0,
        },
      ).outcome,
    ).toBe('regenerated');
  });
});

describe('interview on the LLM engine: a thin answer waits for one model call', () => {
  let dir: string | undefined;
  let backend: StateBackend | undefined;
  afterEach(async () => {
    await backend?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('asks the speculative follow-ups, and a later failed step still changes nothing', async () => {
    let failDeepDives = false;
    const recording = recordingModel({
      'evaluate-answer': (params) =>
        JSON.stringify(params.prompt).includes('a bit')
          ? judged({ relevance: 2, specificity: 0, ownership: 0, impact: 0, clarity: 1 }, [
              'impact',
              'ownership',
              'specificity',
            ])()
          : jsonReply(VALID_REPLIES['evaluate-answer']),
      'deep-dive': (params) => {
        if (failDeepDives) throw new Error('connection reset');
        return followUpsAsAsked(params);
      },
    });
    recording.release();
    const { engine, events } = engineWith(recording, { fallbackToOffline: false });
    dir = mkdtempSync(join(tmpdir(), 'gapwise-speculative-follow-ups-'));
    backend = openSqliteBackend(dir);
    const service = createInterviewService({
      reasoner: engine,
      checkpointer: backend.checkpointer,
      sessionStore: backend.sessionStore,
      config: DEFAULT_WORKFLOW_CONFIG,
    });
    const { sessionId, session } = await service.createSession({
      cv: TEST_CV,
      jobText: 'We need AWS Lambda experience and 3+ years of Go.',
    });
    const [first, second] = session.questions;
    if (!first || !second) throw new Error('expected two questions');

    const before = recording.model.doGenerateCalls.length;
    const result = await service.submitAnswer(sessionId, first.id, { answer: 'I used AWS Lambda a bit.' });
    expect(result.next.kind).toBe('follow-up');
    if (result.next.kind !== 'follow-up') return;
    expect(result.next.followUps.map((followUp) => followUp.text)).toEqual([
      'Model asks about impact?',
      'Model asks about ownership?',
      'Model asks about specificity?',
    ]);
    expect(recording.model.doGenerateCalls.slice(before).map(stepOfCall).sort()).toEqual([
      'deep-dive',
      'evaluate-answer',
    ]);
    expect(events).toEqual(['deep-dive started', 'deep-dive used']);

    // Speculation and regular call both fail: the answer is refused and nothing is recorded.
    failDeepDives = true;
    const failure = await service
      .submitAnswer(sessionId, second.id, { answer: 'I used Go a bit.' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    const unchanged = await service.getQuestion(sessionId, second.id);
    expect(unchanged.status).toBe('awaiting-answer');
    expect(unchanged.turns).toEqual([]);
  });
});
