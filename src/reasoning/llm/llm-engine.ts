import type { LanguageModelV3 } from '@ai-sdk/provider';
import {
  type AnswerEvaluation,
  type Bullet,
  type CvDocument,
  type DeepDive,
  type GapReport,
  type InterviewLanguage,
  type Job,
  RUBRIC_MAX,
  type RubricElement,
} from '../../domain/index.js';
import { GapwiseError, isGapwiseError } from '../../errors/index.js';
import { checkGrounding as defaultCheckGrounding, type GroundingResult } from '../grounding-check.js';
import type { QuestionStepInput, Reasoner, SessionContext } from '../reasoner.js';
import { mergeBulletReview } from './merge-bullet-review.js';
import type { ModelCallUsageListener } from './model-call-usage.js';
import type { ModelProvider } from './model-provider.js';
import { asModelUnavailable } from './model-unavailable.js';
import type { GeneratedBullet } from './prompts/generate-bullet.js';
import type { PromptDefinition } from './prompts/prompt-definition.js';
import { PROMPTS, warmPromptRegistry } from './prompts/prompt-registry.js';
import { renderSessionContext } from './prompts/session-context.js';
import type { SpeculationListener, SpeculativeStep } from './speculation-event.js';
import { SpeculativeDrafts } from './speculative-drafts.js';
import { type FollowUp, planSpeculativeFollowUps } from './speculative-follow-ups.js';
import { runStructuredCall } from './structured-call.js';

/** Options of the LLM engine. */
export interface LlmEngineOptions {
  /** The model, already wrapped in the model-call middleware (caches, retries, limits). */
  model: LanguageModelV3;
  provider: ModelProvider;
  modelId: string;
  /** The offline engine: it does the gap analysis (evidence, coverage) and is the fallback. */
  offline?: Reasoner;
  /** Use the offline engine for a step when the model is unavailable (default: true when `offline` is given). */
  fallbackToOffline?: boolean;
  /** Bullet pass mark, 0..10 (DESIGN.md §3: 8). */
  bulletThreshold?: number;
  /** Let the model re-word the offline gap report's explanations (one extra call; default false). */
  explainGaps?: boolean;
  onUsage?: ModelCallUsageListener;
  /** Told when a step fell back to the offline engine, with the reason (no CV text in it). */
  onFallback?: (info: { step: string; error: GapwiseError }) => void;
  /**
   * Draft the bullet while the answer is evaluated, when the offline engine's quick reading of
   * the answer scores at least this (0..10), or when no follow-up round is left (a bullet comes
   * next whatever the score), so the candidate waits for one model call, not two. Default 6; `false` turns speculation off (a draft for an answer that then fails is wasted).
   */
  speculateBulletAbove?: number | false;
  /**
   * Write the follow-up questions while the answer is evaluated, when the offline engine's quick
   * reading scores below this (0..10), from what that reading says is missing: a thin answer then
   * waits for one model call, not two. They are used when they ask about what the model's
   * evaluation finds missing (see `planSpeculativeFollowUps`), otherwise written again. Default:
   * `answerThreshold`; `false` turns it off.
   */
  speculateFollowUpBelow?: number | false;
  /**
   * The workflow's answer pass mark and follow-up budget (DESIGN.md §3: 7 and 2). The engine only
   * uses them to tell which step follows an evaluation: what to speculate on, what to discard.
   * They must match the workflow's configuration, or speculation is wasted (never wrong).
   */
  answerThreshold?: number;
  maxDeepDiveRounds?: number;
  /** Told about every speculative call and what became of it (used, wasted, failed…). */
  onSpeculation?: SpeculationListener;
  /**
   * Review a bullet with the offline engine's rules first (grounding, action verb, keyword,
   * result, length, person) and ask the model only about bullets the rules do not pass: on the
   * happy path the candidate then waits for no review call at all. Default true.
   */
  reviewRulesFirst?: boolean;
  /** The deterministic no-fabrication gate; injectable for tests. */
  checkGrounding?: (input: { text: string; sources: readonly string[] }) => GroundingResult;
}

/** Rubric elements in the order a bullet needs them most. */
const RUBRIC_PRIORITY: RubricElement[] = ['relevance', 'ownership', 'impact', 'specificity', 'clarity'];

/** The candidate's own words a bullet may draw on: the CV text and every answer. */
function groundingSources(input: QuestionStepInput): string[] {
  return [input.context.cv.plainText, ...input.answers.map((turn) => turn.answer)];
}

/** Keeps a bullet's placement only when it points at an entry that exists. */
function toBullet(generated: GeneratedBullet, cv: CvDocument): Bullet {
  const workCount = cv.resume.work?.length ?? 0;
  const projectCount = cv.resume.projects?.length ?? 0;
  const workIndex =
    generated.workIndex !== null && generated.workIndex < workCount ? generated.workIndex : undefined;
  const projectIndex =
    workIndex === undefined && generated.projectIndex !== null && generated.projectIndex < projectCount
      ? generated.projectIndex
      : undefined;
  return {
    text: generated.text.trim(),
    ...(workIndex !== undefined && { workIndex }),
    ...(projectIndex !== undefined && { projectIndex }),
    skills: [...new Set(generated.skills.map((skill) => skill.trim()).filter(Boolean))],
  };
}

/**
 * The score is the sum of the rubric points (not the model's arithmetic), and `missing` lists
 * exactly the elements below their maximum: the model's order first, then any it forgot.
 */
function reconcileEvaluation(judged: Omit<AnswerEvaluation, 'score'>): AnswerEvaluation {
  const below = (element: RubricElement) => judged.rubric[element] < RUBRIC_MAX[element];
  const missing = [...new Set(judged.missing)].filter(below);
  for (const element of RUBRIC_PRIORITY)
    if (below(element) && !missing.includes(element)) missing.push(element);
  const score = Object.values(judged.rubric).reduce((sum, points) => sum + points, 0);
  return { ...judged, score: Math.round(score * 10) / 10, missing };
}

/**
 * The LLM engine: every reasoning step is one structured call on the Vercel AI SDK, laid out for
 * provider prompt caching (system instruction → session context → step instruction → variable), with
 * the output validated against the step's Zod schema. The gap analysis stays deterministic (the
 * offline engine's), the grounding check gates every bullet, and the offline engine takes over
 * a step when the model is unavailable.
 * @example
 * const engine = createLlmEngine({ model, provider: 'google', modelId: 'gemini-2.5-flash', offline: createOfflineEngine() });
 * const question = await engine.generateQuestion({ context, gap });
 */
export function createLlmEngine(options: LlmEngineOptions): Reasoner {
  const {
    model,
    provider,
    modelId,
    offline,
    fallbackToOffline = offline !== undefined,
    bulletThreshold = 8,
    explainGaps = false,
    onUsage,
    onFallback,
    checkGrounding = defaultCheckGrounding,
    speculateBulletAbove = 6,
    answerThreshold = 7,
    maxDeepDiveRounds = 2,
    speculateFollowUpBelow = answerThreshold,
    reviewRulesFirst = true,
    onSpeculation,
  } = options;
  const drafts = new SpeculativeDrafts<Bullet>();
  const followUpDrafts = new SpeculativeDrafts<DeepDive>();
  const speculated = (
    step: SpeculativeStep,
    outcome: Parameters<SpeculationListener>[0]['outcome'],
    input: QuestionStepInput,
  ) => onSpeculation?.({ step, outcome, sessionId: input.context.sessionId });
  warmPromptRegistry();
  // The context of a session is rendered once per (cv, job, language): same objects, same text.
  const contexts = new WeakMap<CvDocument, WeakMap<Job, Map<string, string>>>();
  const contextText = (cv: CvDocument, job: Job, language?: InterviewLanguage): string => {
    const byJob = contexts.get(cv) ?? new WeakMap<Job, Map<string, string>>();
    contexts.set(cv, byJob);
    const byLanguage = byJob.get(job) ?? new Map<string, string>();
    byJob.set(job, byLanguage);
    let text = byLanguage.get(language ?? '');
    if (text === undefined) {
      text = renderSessionContext(cv, job, language);
      byLanguage.set(language ?? '', text);
    }
    return text;
  };

  const call = <TVars, TOutput>(
    prompt: PromptDefinition<TVars, TOutput>,
    vars: TVars,
    session?: { context: string; sessionId?: string },
  ) =>
    runStructuredCall({
      model,
      provider,
      modelId,
      prompt,
      vars,
      ...(session && { context: session.context }),
      ...(session?.sessionId !== undefined && { sessionId: session.sessionId }),
      ...(onUsage && { onUsage }),
    });

  const sessionOf = (context: SessionContext) => ({
    context: contextText(context.cv, context.job, context.language),
    sessionId: context.sessionId,
  });

  /** Runs a step on the model; when the provider is unavailable, on the offline engine instead. */
  async function step<T>(
    name: string,
    run: () => Promise<T>,
    fallback: ((engine: Reasoner) => Promise<T>) | undefined,
  ) {
    try {
      return await run();
    } catch (error) {
      const unavailable = asModelUnavailable(error, name);
      if (!unavailable) throw error;
      if (!fallbackToOffline || !offline || !fallback) throw unavailable;
      onFallback?.({ step: name, error: unavailable });
      return fallback(offline);
    }
  }

  async function draftBullet(input: QuestionStepInput): Promise<Bullet> {
    const { gap, question, answers } = input;
    const generated = await call(
      PROMPTS['generate-bullet'],
      { gap, question, answers },
      sessionOf(input.context),
    );
    return toBullet(generated, input.context.cv);
  }

  function askForFollowUps(input: QuestionStepInput & { evaluation: AnswerEvaluation }): Promise<DeepDive> {
    const { gap, question, answers, evaluation } = input;
    return call(PROMPTS['deep-dive'], { gap, question, answers, evaluation }, sessionOf(input.context));
  }

  async function writeFollowUps(input: QuestionStepInput & { evaluation: AnswerEvaluation }) {
    const { evaluation } = input;
    const deepDive = await askForFollowUps(input);
    // Follow-ups must ask for what is missing; keep the model's list if it named none of them.
    const targeted = deepDive.followUps.filter((followUp) => evaluation.missing.includes(followUp.element));
    return { followUps: targeted.length > 0 ? targeted : deepDive.followUps };
  }

  /** Follow-up rounds the workflow can still ask: one answer turn per round already asked. */
  const roundsLeft = (input: QuestionStepInput) => input.answers.length - 1 < maxDeepDiveRounds;

  /**
   * Starts the likely next step beside the evaluation, from the offline engine's quick reading of
   * the answer: the bullet draft when it already looks good or no follow-up round is left, the
   * follow-ups when it looks thin (written for what the quick reading says is missing). Both, on
   * the borderline.
   */
  async function speculate(input: QuestionStepInput): Promise<void> {
    const bullet = speculateBulletAbove !== false;
    const followUp = speculateFollowUpBelow !== false && roundsLeft(input);
    if (!offline || (!bullet && !followUp)) return;
    const quick = await offline.evaluateAnswer(input).catch(() => undefined);
    if (!quick || quick.noExperience) return;
    // With no follow-up round left, a bullet comes next whatever the score (or true-gap advice).
    const bulletLikely =
      speculateBulletAbove !== false && (quick.score >= speculateBulletAbove || !roundsLeft(input));
    if (bulletLikely && drafts.start(input, () => draftBullet(input)))
      speculated('generate-bullet', 'started', input);
    if (
      followUp &&
      quick.score < speculateFollowUpBelow &&
      // Unfiltered: what counts is what the model's evaluation finds missing, checked on use.
      followUpDrafts.start(input, () => askForFollowUps({ ...input, evaluation: quick }))
    )
      speculated('deep-dive', 'started', input);
  }

  /** Drops the speculation the workflow will not ask for after this evaluation (as its router decides). */
  function discardUnneeded(input: QuestionStepInput, evaluation: AnswerEvaluation): void {
    const deepDive = !evaluation.noExperience && evaluation.score < answerThreshold && roundsLeft(input);
    const bullet = !evaluation.noExperience && !deepDive;
    if (!deepDive && followUpDrafts.discard(input)) speculated('deep-dive', 'discarded', input);
    if (!bullet && drafts.discard(input)) speculated('generate-bullet', 'discarded', input);
  }

  /**
   * The follow-ups written beside the evaluation, when they ask about what the evaluation found
   * missing (one element may be completed by the offline engine); `undefined` when the regular
   * deep-dive call must run.
   */
  async function speculativeFollowUps(
    input: QuestionStepInput & { evaluation: AnswerEvaluation },
  ): Promise<DeepDive | undefined> {
    const pending = followUpDrafts.take(input);
    if (!pending) return undefined;
    const written = await pending;
    if (!written) {
      speculated('deep-dive', 'failed', input);
      return undefined;
    }
    const plan = planSpeculativeFollowUps(written, input.evaluation, { maxAdapted: offline ? 1 : 0 });
    if (plan.outcome === 'used') {
      speculated('deep-dive', 'used', input);
      return { followUps: plan.followUps };
    }
    if (plan.outcome === 'adapted' && offline) {
      const followUps: FollowUp[] = [];
      for (const [index, element] of plan.targets.entries()) {
        const followUp = plan.written[index] ?? (await offlineFollowUp(offline, input, element));
        if (!followUp) break;
        followUps.push(followUp);
      }
      if (followUps.length === plan.targets.length) {
        speculated('deep-dive', 'adapted', input);
        return { followUps };
      }
    }
    speculated('deep-dive', 'regenerated', input);
    return undefined;
  }

  /** The offline engine's follow-up for one element, without a model call; `undefined` if it has none. */
  async function offlineFollowUp(
    engine: Reasoner,
    input: QuestionStepInput & { evaluation: AnswerEvaluation },
    element: RubricElement,
  ): Promise<FollowUp | undefined> {
    const deepDive = await engine
      .generateDeepDive({ ...input, evaluation: { ...input.evaluation, missing: [element] } })
      .catch(() => undefined);
    return deepDive?.followUps.find((followUp) => followUp.element === element);
  }

  async function analyseGaps(input: { cv: CvDocument; job: Job }): Promise<GapReport> {
    if (!offline) {
      throw new GapwiseError('INVALID_CONFIG', {
        message:
          'The LLM engine needs the offline engine for gap analysis; pass `offline` to createLlmEngine.',
      });
    }
    const report = await offline.analyseGaps(input);
    if (!explainGaps) return report;
    try {
      const explained = await call(
        PROMPTS['analyse-gaps'],
        { report },
        { context: contextText(input.cv, input.job) },
      );
      const explanations = new Map(
        explained.requirements.map((item) => [item.requirementId, item.explanation]),
      );
      const reasons = new Map(explained.gaps.map((item) => [item.gapId, item.reason]));
      return {
        ...report,
        requirements: report.requirements.map((assessment) => ({
          ...assessment,
          explanation: explanations.get(assessment.requirement.id) ?? assessment.explanation,
        })),
        gaps: report.gaps.map((gap) => ({ ...gap, reason: reasons.get(gap.id) ?? gap.reason })),
      };
    } catch (error) {
      // The explanations are wording only: the deterministic report stands on its own.
      if (isGapwiseError(error) || asModelUnavailable(error, 'analyse-gaps')) return report;
      throw error;
    }
  }

  return {
    name: `llm:${provider}:${modelId}`,

    extractRequirements: (input) =>
      step(
        'extract-requirements',
        async () => {
          const extracted = await call(PROMPTS['extract-requirements'], input);
          const title = input.title ?? extracted.title ?? undefined;
          const company = input.company ?? extracted.company ?? undefined;
          return {
            ...(title !== undefined && { title }),
            ...(company !== undefined && { company }),
            requirements: extracted.requirements.map(({ minYears, ...requirement }, index) => ({
              id: `req-${index + 1}`,
              ...requirement,
              ...(minYears !== null && { minYears }),
            })),
            rawText: input.jobText,
          };
        },
        (engine) => engine.extractRequirements(input),
      ),

    analyseGaps,

    generateQuestion: (input) =>
      step(
        'generate-question',
        async () => {
          const generated = await call(
            PROMPTS['generate-question'],
            { gap: input.gap },
            sessionOf(input.context),
          );
          return {
            id: `q-${input.gap.id}`,
            gapId: input.gap.id,
            text: generated.text.trim(),
            ...(generated.anchor && { anchor: generated.anchor }),
          };
        },
        (engine) => engine.generateQuestion(input),
      ),

    evaluateAnswer: (input) =>
      step(
        'evaluate-answer',
        async () => {
          const { gap, question, answers } = input;
          // Same rule as the offline engine, and no tokens spent on nothing.
          if (!answers.some((turn) => turn.answer.trim().length > 0)) {
            throw new GapwiseError('EMPTY_ANSWER', {
              message: 'The answer is empty: write a few sentences, or say you have no experience with it.',
            });
          }
          // The evaluation is sent first, so a busy concurrency limit queues it ahead of speculation.
          const judging = call(
            PROMPTS['evaluate-answer'],
            { gap, question, answers },
            sessionOf(input.context),
          );
          judging.catch(() => undefined); // awaited below; this only keeps a quick failure from counting as unhandled
          await speculate(input);
          const judged = await judging;
          const evaluation = reconcileEvaluation(judged);
          discardUnneeded(input, evaluation);
          return evaluation;
        },
        (engine) => engine.evaluateAnswer(input),
      ),

    generateDeepDive: (input) =>
      step(
        'deep-dive',
        async () => (await speculativeFollowUps(input)) ?? writeFollowUps(input),
        (engine) => engine.generateDeepDive(input),
      ),

    generateBullet: (input) =>
      step(
        'generate-bullet',
        async () => {
          const pending = drafts.take(input);
          if (pending !== undefined) {
            const drafted = await pending;
            speculated('generate-bullet', drafted ? 'used' : 'failed', input);
            if (drafted) return drafted;
          }
          // No draft, or a draft that failed: write the bullet now.
          return draftBullet(input);
        },
        (engine) => engine.generateBullet(input),
      ),

    reviewBullet: (input) =>
      step(
        'review-bullet',
        async () => {
          if (reviewRulesFirst && offline) {
            const byRules = await offline.reviewBullet(input);
            if (byRules.passed && byRules.score >= bulletThreshold) return byRules;
          }
          const { gap, answers, bullet } = input;
          const judged = await call(
            PROMPTS['review-bullet'],
            { gap, answers, bullet },
            sessionOf(input.context),
          );
          const sources = groundingSources(input);
          return mergeBulletReview({
            text: bullet.text,
            gap,
            judged,
            grounding: checkGrounding({ text: bullet.text, sources }),
            sources,
            threshold: bulletThreshold,
          });
        },
        (engine) => engine.reviewBullet(input),
      ),

    refineBullet: (input) =>
      step(
        'refine-bullet',
        async () => {
          const { gap, answers, bullet, review } = input;
          const generated = await call(
            PROMPTS['refine-bullet'],
            { gap, answers, bullet, review },
            sessionOf(input.context),
          );
          return toBullet(generated, input.context.cv);
        },
        (engine) => engine.refineBullet(input),
      ),

    adviseTrueGap: (input) =>
      step(
        'true-gap-advice',
        () => {
          const { gap, question, answers } = input;
          return call(PROMPTS['true-gap-advice'], { gap, question, answers }, sessionOf(input.context));
        },
        (engine) => engine.adviseTrueGap(input),
      ),
  };
}
