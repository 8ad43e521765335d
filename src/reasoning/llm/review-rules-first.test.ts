import { describe, expect, it } from 'vitest';
import {
  engineWithOfflineRules,
  stepModel,
  stepOfCall,
  TEST_ANSWERS,
  TEST_GAP,
  TEST_QUESTION,
  testContext,
} from './llm-test-support.js';

const base = {
  context: testContext('s-review'),
  gap: TEST_GAP,
  question: TEST_QUESTION,
  answers: TEST_ANSWERS,
};

describe('LLM engine: bullets are reviewed by the rules first', () => {
  it('passes a grounded, well-formed bullet without a model call', async () => {
    const model = stepModel();
    const engine = engineWithOfflineRules(model);
    const review = await engine.reviewBullet({
      ...base,
      bullet: {
        text: 'Moved the nightly settlement jobs at Acme Payments to AWS Lambda, running twice as fast',
        skills: ['AWS Lambda'],
      },
    });
    expect(review.passed).toBe(true);
    expect(review.grounded).toBe(true);
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it('asks the model about a bullet the rules fail, and the grounding gate still holds', async () => {
    const model = stepModel();
    const engine = engineWithOfflineRules(model);
    const review = await engine.reviewBullet({
      ...base,
      bullet: {
        text: 'Moved 40 settlement jobs at Acme Payments to AWS Lambda, saving $2M a year',
        skills: ['AWS Lambda'],
      },
    });
    expect(model.doGenerateCalls.map((params) => stepOfCall(params))).toEqual(['review-bullet']);
    expect(review.grounded).toBe(false);
    expect(review.passed).toBe(false);
    expect(review.score).toBe(0);
  });
});
