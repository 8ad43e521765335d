import { describe, expect, it } from 'vitest';
import { TrueGapAdviceSchema } from '../../domain/index.js';
import { cvOf, LAMBDA_GAP, RUST_GAP, turn } from './offline-test-fixtures.js';
import { adviseOfflineTrueGap } from './true-gap-advisor.js';

describe('offline adviseTrueGap', () => {
  it('names the related experience the CV really shows, and what to learn', () => {
    const advice = adviseOfflineTrueGap({
      cv: cvOf(),
      gap: LAMBDA_GAP,
      answers: [turn('No, never used it.')],
    });
    expect(TrueGapAdviceSchema.parse(advice)).toEqual(advice);
    expect(advice.transferable).toEqual(['Amazon Web Services (at Acme Payments)']);
    expect(advice.toLearn.join(' ')).toContain('AWS Lambda');
    expect(advice.summary).toMatch(/not used AWS Lambda/);
    expect(advice.summary).toContain('Amazon Web Services');
  });

  it('invents nothing when nothing is related', () => {
    const advice = adviseOfflineTrueGap({ cv: cvOf(), gap: RUST_GAP, answers: [turn('No.')] });
    expect(advice.transferable).toEqual([]);
    expect(advice.summary).toMatch(/nothing in your CV is closely related/);
    expect(advice.toLearn.length).toBeGreaterThan(0);
  });
});
