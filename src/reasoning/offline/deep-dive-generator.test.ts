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

describe('offline follow-ups on skills that are not tools', () => {
  const gapFor = (keyword: string, text: string) => ({
    ...LAMBDA_GAP,
    requirement: { ...LAMBDA_GAP.requirement, text, keywords: [keyword] },
    evidence: [],
  });

  it('asks about the situation, not "that Teamwork work" and its tools', () => {
    const gap = gapFor('Teamwork', 'Excellent teamwork skills');
    const answers = [turn('I did teamwork a bit.')];
    const evaluation = evaluateOfflineAnswer({ gap, answers });
    const texts = generateOfflineDeepDive({ gap, answers, evaluation }).followUps.map((f) => f.text);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      // Before: "What changed because of that Teamwork work?", "the tools you used alongside Teamwork".
      expect(text).not.toMatch(/Teamwork work|tools|versions/);
    }
  });

  it('asks for product and market scale, not tool versions, for a business practice', () => {
    const gap = gapFor('Pricing Strategy', 'Set pricing to meet revenue goals');
    const answers = [turn('I did some pricing work once.')];
    const evaluation = { ...evaluateOfflineAnswer({ gap, answers }), missing: ['specificity' as const] };
    const [followUp] = generateOfflineDeepDive({ gap, answers, evaluation }).followUps;
    expect(followUp?.text).not.toMatch(/tools|versions/);
    expect(followUp?.text).toMatch(/product, market or client/);
  });
});

describe('German offline follow-ups on a trait', () => {
  it('neither quotes a hedge as the work nor asks for tools', () => {
    const gap = {
      ...LAMBDA_GAP,
      requirement: { ...LAMBDA_GAP.requirement, text: 'Teamfähigkeit', keywords: ['Teamwork'] },
      evidence: [],
    };
    const answers = [turn('Ich habe ein bisschen im Team gearbeitet.')];
    const evaluation = evaluateOfflineAnswer({ gap, answers, language: 'de' });
    const texts = generateOfflineDeepDive({ gap, answers, evaluation, language: 'de' }).followUps.map(
      (f) => f.text,
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      // Before: "Was hat sich durch ein bisschen verändert?", "…mit Teamfähigkeit oder einem ähnlichen Werkzeug".
      expect(text).not.toMatch(/durch ein bisschen|Werkzeug|Arbeit mit Teamfähigkeit/);
    }
  });
});
