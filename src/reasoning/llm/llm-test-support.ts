import type { LanguageModelV3CallOptions, LanguageModelV3GenerateResult } from '@ai-sdk/provider';
import { MockLanguageModelV3 } from 'ai/test';
import type { AnswerTurn, CvDocument, Gap, GapReport, Job, Question } from '../../domain/index.js';
import { createOfflineEngine } from '../offline/offline-engine.js';
import type { Reasoner, SessionContext } from '../reasoner.js';
import { createLlmEngine } from './llm-engine.js';
import type { PromptId } from './prompts/prompt-definition.js';

/** Test data for the LLM engine's tests: a small CV, a job, one gap, one question, one answer. */
export const TEST_CV: CvDocument = {
  sourceType: 'markdown',
  plainText:
    'Dana Reyes — Backend Engineer\nAcme Payments (2019-03 – present): Built the payments API in Node.js and TypeScript, serving 2 million requests a day.\nNorthwind (2016 – 2019): Deployed services to AWS with Docker.',
  resume: {
    basics: { name: 'Dana Reyes', label: 'Backend Engineer' },
    work: [
      {
        name: 'Acme Payments',
        position: 'Backend Engineer',
        startDate: '2019-03',
        highlights: ['Built the payments API in Node.js and TypeScript, serving 2 million requests a day.'],
      },
      { name: 'Northwind', position: 'Developer', startDate: '2016', endDate: '2019' },
    ],
  },
};

export const TEST_JOB: Job = {
  title: 'Senior Backend Engineer',
  company: 'Globex',
  rawText: 'We need a backend engineer. Must have AWS Lambda experience. Kafka is a plus.',
  requirements: [
    {
      id: 'req-1',
      text: 'AWS Lambda experience',
      kind: 'skill',
      priority: 'CRITICAL',
      keywords: ['AWS Lambda'],
    },
    { id: 'req-2', text: 'Kafka', kind: 'skill', priority: 'NICE_TO_HAVE', keywords: ['Kafka'] },
  ],
};

export const TEST_GAP: Gap = {
  id: 'req-1',
  requirement: TEST_JOB.requirements[0]!,
  status: 'weak',
  coverage: 0.3,
  evidence: [
    {
      requirementId: 'req-1',
      section: 'work',
      entryIndex: 1,
      entryName: 'Northwind',
      quote: 'Deployed services to AWS with Docker.',
      matched: 'AWS',
      strength: 'weak',
      score: 0.3,
    },
  ],
  reason: 'AWS appears, Lambda does not.',
};

export const TEST_GAP_2: Gap = {
  id: 'req-2',
  requirement: TEST_JOB.requirements[1]!,
  status: 'missing',
  coverage: 0,
  evidence: [],
  reason: 'Kafka is never mentioned.',
};

export const TEST_QUESTION: Question = {
  id: 'q-req-1',
  gapId: 'req-1',
  text: 'Did any of the Acme payments API run on AWS Lambda?',
};

export const TEST_ANSWERS: AnswerTurn[] = [
  {
    prompt: TEST_QUESTION.text,
    answer:
      'Yes, I moved the nightly settlement jobs at Acme Payments to AWS Lambda and they ran twice as fast.',
  },
];

export function testContext(sessionId = 'session-1'): SessionContext {
  return { sessionId, cv: TEST_CV, job: TEST_JOB };
}

/** A generate result whose text is `value` as JSON, with the given token usage. */
export function jsonReply(
  value: unknown,
  usage: { input?: number; cacheRead?: number; cacheWrite?: number; output?: number } = {},
): LanguageModelV3GenerateResult {
  const { input = 1500, cacheRead = 0, cacheWrite = 0, output = 50 } = usage;
  return {
    content: [{ type: 'text', text: typeof value === 'string' ? value : JSON.stringify(value) }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: {
      inputTokens: { total: input, noCache: input - cacheRead, cacheRead, cacheWrite },
      outputTokens: { total: output, text: output, reasoning: 0 },
    },
    warnings: [],
  };
}

/** The step a call is for, read from the response format's name (`generate_question`…). */
export function stepOfCall(params: LanguageModelV3CallOptions): PromptId | undefined {
  const format = params.responseFormat;
  return format?.type === 'json' ? (format.name?.replaceAll('_', '-') as PromptId | undefined) : undefined;
}

/** Valid replies of every step, as a well-behaved model would give them. */
export const VALID_REPLIES: Record<PromptId, unknown> = {
  'extract-requirements': {
    title: 'Senior Backend Engineer',
    company: null,
    requirements: [
      {
        text: 'AWS Lambda experience',
        kind: 'skill',
        priority: 'CRITICAL',
        keywords: ['AWS Lambda'],
        minYears: null,
      },
      { text: '3+ years of Go', kind: 'experience', priority: 'IMPORTANT', keywords: ['Go'], minYears: 3 },
    ],
  },
  'analyse-gaps': { requirements: [], gaps: [] },
  'generate-question': {
    text: 'Your payments API at Acme ran on Node.js — did any of it run on AWS Lambda?',
    anchor: 'payments API at Acme',
  },
  'evaluate-answer': {
    rubric: { relevance: 3, specificity: 1, ownership: 2, impact: 2, clarity: 1 },
    missing: [],
    noExperience: false,
    feedback: 'Clear and relevant; say how many jobs you moved.',
  },
  'deep-dive': { followUps: [{ element: 'specificity', text: 'How many settlement jobs did you move?' }] },
  'generate-bullet': {
    text: 'Migrated nightly settlement jobs at Acme Payments to AWS Lambda, running twice as fast',
    workIndex: 0,
    projectIndex: null,
    skills: ['AWS Lambda'],
  },
  'review-bullet': {
    score: 9,
    ungroundedClaims: [],
    checks: { actionVerb: true, keyword: true, result: true, concise: true, noFirstPerson: true },
    feedback: 'Strong bullet.',
  },
  'refine-bullet': {
    text: 'Migrated nightly settlement jobs at Acme Payments to AWS Lambda',
    workIndex: 0,
    projectIndex: null,
    skills: ['AWS Lambda'],
  },
  'true-gap-advice': {
    transferable: ['Node.js services at Acme'],
    toLearn: ['Build one Lambda function'],
    summary: 'A true gap.',
  },
};

/** A mock model answering each step with `replies[step]` (default: a valid reply). */
export function stepModel(
  replies: Partial<
    Record<PromptId, (params: LanguageModelV3CallOptions) => LanguageModelV3GenerateResult>
  > = {},
  { provider = 'test', modelId = 'mock' } = {},
): MockLanguageModelV3 {
  return new MockLanguageModelV3({
    provider,
    modelId,
    doGenerate: async (params) => {
      const step = stepOfCall(params);
      if (!step) throw new Error('call without a structured-output schema');
      return replies[step]?.(params) ?? jsonReply(VALID_REPLIES[step]);
    },
  });
}

/** A stand-in offline engine: recognisable answers, so a test can tell who answered. */
export function stubOfflineEngine(): Reasoner & { calls: string[] } {
  const calls: string[] = [];
  const note = <T>(step: string, value: T) => {
    calls.push(step);
    return Promise.resolve(value);
  };
  const report: GapReport = {
    matchScore: 40,
    requirements: TEST_JOB.requirements.map((requirement) => ({
      requirement,
      evidence: [],
      coverage: 0,
      explanation: 'offline explanation',
    })),
    gaps: [TEST_GAP, TEST_GAP_2],
  };
  return {
    name: 'offline',
    calls,
    extractRequirements: () => note('extract-requirements', TEST_JOB),
    analyseGaps: () => note('analyse-gaps', report),
    generateQuestion: ({ gap }) =>
      note('generate-question', { id: `q-${gap.id}`, gapId: gap.id, text: 'offline question' }),
    evaluateAnswer: () =>
      note('evaluate-answer', {
        score: 5,
        rubric: { relevance: 2, specificity: 1, ownership: 1, impact: 0, clarity: 1 },
        missing: ['impact' as const],
        noExperience: false,
        feedback: 'offline feedback',
      }),
    generateDeepDive: () =>
      note('deep-dive', { followUps: [{ element: 'impact' as const, text: 'offline follow-up' }] }),
    generateBullet: () => note('generate-bullet', { text: 'Offline bullet', skills: [] }),
    reviewBullet: () =>
      note('review-bullet', {
        score: 8,
        grounded: true,
        ungroundedClaims: [],
        checks: { actionVerb: true, keyword: true, result: true, concise: true, noFirstPerson: true },
        passed: true,
        feedback: 'offline review',
      }),
    refineBullet: () => note('refine-bullet', { text: 'Offline refined bullet', skills: [] }),
    adviseTrueGap: () =>
      note('true-gap-advice', { transferable: [], toLearn: [], summary: 'offline advice' }),
  };
}

/** An LLM engine on `model` with the real offline engine beside it (speculation, rules-first review). */
export function engineWithOfflineRules(
  model: MockLanguageModelV3,
  options: Partial<Parameters<typeof createLlmEngine>[0]> = {},
): Reasoner {
  return createLlmEngine({
    model,
    provider: 'openai',
    modelId: 'm',
    offline: createOfflineEngine(),
    ...options,
  });
}
