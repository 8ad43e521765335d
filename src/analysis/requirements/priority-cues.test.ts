import { describe, expect, it } from 'vitest';
import { splitClauses } from './clause-split.js';
import { priorityCue, resolvePriority } from './priority-cues.js';

describe('priorityCue', () => {
  it.each([
    ['Python is required', 'strong'],
    ['You must know Go', 'strong'],
    ['Strong SQL skills', 'strong'],
    ['Proven track record in sales', 'strong'],
    ['5+ years of Java', 'strong'],
    ['Essential: Excel', 'strong'],
    ['Sehr gute Python-Kenntnisse', 'strong'],
    ['Kafka is a plus', 'nice'],
    ['AWS preferred', 'nice'],
    ['Nice to have: Rust', 'nice'],
    ['Familiarity with Terraform', 'nice'],
    ['Ideally you know Scala', 'nice'],
    ['Bonus: GraphQL', 'nice'],
    ['Kenntnisse in Kafka von Vorteil', 'nice'],
    ['Experience with React', undefined],
    ['Web Development (Master): HTML, CSS', 'strong'],
    ['Database Management (Intermediate): SQL, MongoDB', 'moderate'],
    ['Design (Beginner): Figma', 'nice'],
  ])('reads "%s" as %s', (clause, cue) => {
    expect(priorityCue(clause)).toBe(cue);
  });

  it('lets a nice cue win over a strong word in the same clause', () => {
    expect(priorityCue('Strong Rust skills are a plus')).toBe('nice');
  });

  it('does not take "as required" for a requirement', () => {
    expect(priorityCue('Coach others as required')).toBeUndefined();
  });
});

describe('resolvePriority', () => {
  it('defaults by section', () => {
    expect(resolvePriority('requirements', undefined)).toBe('CRITICAL');
    expect(resolvePriority('nice-to-have', undefined)).toBe('NICE_TO_HAVE');
    expect(resolvePriority('responsibilities', undefined)).toBe('IMPORTANT');
    expect(resolvePriority('general', undefined)).toBe('IMPORTANT');
  });

  it('lets words move the priority within what the section allows', () => {
    expect(resolvePriority('general', 'strong')).toBe('CRITICAL');
    expect(resolvePriority('requirements', 'nice')).toBe('NICE_TO_HAVE');
    expect(resolvePriority('responsibilities', 'strong')).toBe('IMPORTANT');
    expect(resolvePriority('nice-to-have', 'strong')).toBe('NICE_TO_HAVE');
    expect(resolvePriority('requirements', 'moderate', { index: 0, count: 2, strict: true })).toBe(
      'IMPORTANT',
    );
  });
});

describe('splitClauses', () => {
  it('splits contrasts that carry their own priority', () => {
    expect(splitClauses('Fluent English is a must, while German is an advantage')).toEqual([
      'Fluent English is a must,',
      'German is an advantage',
    ]);
    expect(splitClauses("Bachelor's degree (MBA preferred)")).toEqual(["Bachelor's degree", 'MBA preferred']);
    expect(splitClauses('CI/CD experience, ideally with GitHub Actions')).toEqual([
      'CI/CD experience',
      'ideally with GitHub Actions',
    ]);
  });

  it('keeps a plain list whole', () => {
    expect(splitClauses('Languages such as HTML, CSS, and JavaScript')).toEqual([
      'Languages such as HTML, CSS, and JavaScript',
    ]);
  });
});
