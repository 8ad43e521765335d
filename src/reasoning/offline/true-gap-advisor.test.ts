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

describe('offline adviseTrueGap for skills that are not tools', () => {
  const gapFor = (keyword: string, text: string) => ({
    ...RUST_GAP,
    requirement: { ...RUST_GAP.requirement, text, keywords: [keyword] },
  });

  it('sends a business practice to a course and real work, not to "its official documentation"', () => {
    const advice = adviseOfflineTrueGap({
      cv: cvOf(),
      gap: gapFor('Pricing Strategy', 'Set pricing to meet revenue and profitability goals.'),
      answers: [turn("I don't have any experience with that.")],
    });
    // Before: "The fundamentals of Pricing Strategy, from its official documentation or tutorial".
    expect(advice.toLearn.join(' ')).not.toMatch(/official documentation|tutorial/);
    expect(advice.toLearn.join(' ')).toContain('Pricing Strategy');
    expect(advice.summary).toMatch(/^You have not worked on Pricing Strategy yet/);
  });

  it('does not tell the candidate they have "not used" a trait', () => {
    const advice = adviseOfflineTrueGap({
      cv: cvOf(),
      gap: gapFor('Problem Solving', 'Good problem-solving skills.'),
      answers: [turn("I don't have any experience with that.")],
    });
    // Before: "You have not used Problem Solving yet, …".
    expect(advice.summary).toMatch(/^You have no example of Problem Solving to give yet/);
    expect(advice.summary).not.toMatch(/hands-on project/);
  });
});

describe('German offline adviseTrueGap for a business practice', () => {
  it('does not send the candidate to "der offiziellen Dokumentation"', () => {
    const advice = adviseOfflineTrueGap({
      cv: cvOf(),
      gap: {
        ...RUST_GAP,
        requirement: { ...RUST_GAP.requirement, text: 'Preisgestaltung', keywords: ['Pricing Strategy'] },
      },
      answers: [turn('Damit habe ich keine Erfahrung.')],
      language: 'de',
    });
    expect(advice.toLearn.join(' ')).not.toMatch(/offiziellen Dokumentation|Tutorial/);
    expect(advice.toLearn.join(' ')).toMatch(/Kurs oder ein Fachbuch/);
  });
});
