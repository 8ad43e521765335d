import { describe, expect, it } from 'vitest';
import {
  engineWithOfflineRules,
  jsonReply,
  stepModel,
  stepOfCall,
  TEST_ANSWERS,
  TEST_GAP,
  TEST_QUESTION,
  testContext,
} from './llm-test-support.js';
import { SpeculativeDrafts } from './speculative-drafts.js';

const input = {
  context: testContext('s-spec'),
  gap: TEST_GAP,
  question: TEST_QUESTION,
  answers: TEST_ANSWERS,
};
const stepsCalled = (model: ReturnType<typeof stepModel>) =>
  model.doGenerateCalls.map((params) => stepOfCall(params));

describe('LLM engine: the bullet is drafted while a good answer is evaluated', () => {
  it('starts the draft beside the evaluation, and the bullet step then costs no new call', async () => {
    const model = stepModel();
    const engine = engineWithOfflineRules(model);

    await engine.evaluateAnswer(input);
    expect(stepsCalled(model).sort()).toEqual(['evaluate-answer', 'generate-bullet']);

    const bullet = await engine.generateBullet(input);
    expect(bullet.text).toContain('AWS Lambda');
    expect(stepsCalled(model)).toHaveLength(2);
  });

  it('drafts nothing for a thin answer, and drafts again only for new answers', async () => {
    const model = stepModel();
    const engine = engineWithOfflineRules(model);
    const thin = { ...input, answers: [{ prompt: TEST_QUESTION.text, answer: 'Not really, no.' }] };

    await engine.evaluateAnswer(thin);
    expect(stepsCalled(model)).toEqual(['evaluate-answer']);

    await engine.generateBullet(thin);
    expect(stepsCalled(model)).toEqual(['evaluate-answer', 'generate-bullet']);
  });

  it('drafts the bullet for a thin answer once no follow-up round is left, and uses it', async () => {
    const model = stepModel({
      'evaluate-answer': () =>
        jsonReply({
          rubric: { relevance: 2, specificity: 0, ownership: 1, impact: 0, clarity: 1 },
          missing: ['impact', 'specificity'],
          noExperience: false,
          feedback: 'Still thin.',
        }),
    });
    const engine = engineWithOfflineRules(model);
    // The main answer and two follow-up rounds (the default budget): the bullet comes next.
    const lastRound = {
      ...input,
      answers: [
        { prompt: TEST_QUESTION.text, answer: 'I used AWS Lambda a bit.' },
        { prompt: 'How big was it?', answer: 'Small.' },
        { prompt: 'What was yours?', answer: 'Some of it.' },
      ],
    };

    const evaluation = await engine.evaluateAnswer(lastRound);
    expect(evaluation.score).toBeLessThan(7);
    expect(stepsCalled(model).sort()).toEqual(['evaluate-answer', 'generate-bullet']);
    await engine.generateBullet(lastRound);
    expect(stepsCalled(model)).toHaveLength(2);
  });

  it('can be turned off', async () => {
    const model = stepModel();
    const engine = engineWithOfflineRules(model, { speculateBulletAbove: false });
    await engine.evaluateAnswer(input);
    expect(stepsCalled(model)).toEqual(['evaluate-answer']);
  });
});

describe('SpeculativeDrafts', () => {
  it('keeps one draft per input, replaces a failed one, and hands each out once', async () => {
    const drafts = new SpeculativeDrafts<string>();
    expect(drafts.start(input, () => Promise.reject(new Error('model down')))).toBe(true);
    await new Promise((settled) => setImmediate(settled)); // every microtask has run: the failure is in
    // Failed: a new draft for the same input replaces it; a running one is not started twice.
    expect(drafts.start(input, async () => 'second')).toBe(true);
    expect(drafts.start(input, async () => 'third')).toBe(false);
    expect(await drafts.take(input)).toBe('second');
    expect(drafts.take(input)).toBeUndefined();

    drafts.start(input, () => {
      throw new Error('thrown before any await');
    });
    expect(await drafts.take(input)).toBeUndefined();

    drafts.start(input, async () => 'unused');
    expect(drafts.discard(input)).toBe(true);
    expect(drafts.take(input)).toBeUndefined();
    // Other answers are another input.
    drafts.start(input, async () => 'mine');
    expect(drafts.take({ ...input, answers: [{ prompt: 'q', answer: 'other' }] })).toBeUndefined();
  });
});
