import { describe, expect, it } from 'vitest';
import { DeepDiveSchema } from '../../domain/index.js';
import { evaluateOfflineAnswer } from './answer-evaluator.js';
import { generateOfflineDeepDive } from './deep-dive-generator.js';
import { LAMBDA_GAP, turn } from './offline-test-fixtures.js';

describe('offline generateDeepDive', () => {
  it('asks for exactly the missing elements, naming the skill and what the candidate said', () => {
    const answers = [turn('We migrated the nightly report job to AWS Lambda last year.')];
    const evaluation = evaluateOfflineAnswer({ gap: LAMBDA_GAP, answers });
    const deepDive = generateOfflineDeepDive({ gap: LAMBDA_GAP, answers, evaluation });
    expect(DeepDiveSchema.parse(deepDive)).toEqual(deepDive);
    expect(deepDive.followUps.map((f) => f.element)).toEqual(evaluation.missing.slice(0, 3));
    expect(deepDive.followUps.length).toBeGreaterThanOrEqual(1);
    const ownership = deepDive.followUps.find((f) => f.element === 'ownership');
    expect(ownership?.text).toMatch(/the nightly report job/);
    expect(ownership?.text).toMatch(/yours|your own/);
    const impact = deepDive.followUps.find((f) => f.element === 'impact');
    expect(impact?.text).toMatch(/result|changed/);
  });

  it('asks how the skill came in when the answer is off topic', () => {
    const answers = [turn('I built a reporting dashboard in React for the finance team.')];
    const evaluation = evaluateOfflineAnswer({ gap: LAMBDA_GAP, answers });
    const deepDive = generateOfflineDeepDive({ gap: LAMBDA_GAP, answers, evaluation });
    expect(deepDive.followUps[0]?.element).toBe('relevance');
    expect(deepDive.followUps[0]?.text).toContain('AWS Lambda');
  });

  it('follows up on the neighbouring tool the candidate turned to, not on the gap skill they lack', () => {
    const answers = [
      turn(
        'I have no hands-on experience with Lambda, but I have used Google Cloud Functions in production, where I wrote 15 functions.',
      ),
    ];
    const evaluation = evaluateOfflineAnswer({ gap: LAMBDA_GAP, answers });
    const deepDive = generateOfflineDeepDive({ gap: LAMBDA_GAP, answers, evaluation });
    expect(deepDive.followUps[0]?.text).toContain('your Google Cloud Functions work');
  });
});
