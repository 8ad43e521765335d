import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements.js';
import { readSeniorityAsk, SENIORITY_KEYWORD } from './seniority-ask.js';

describe('the level a job title asks for', () => {
  it.each([
    ['Senior Backend Engineer', { level: 'senior', minYears: 5 }],
    ['Sr. Java Developer', { level: 'senior', minYears: 5 }],
    ['Lead Developer', { level: 'lead', minYears: 7 }],
    ['Junior Frontend Developer', { level: 'junior', minYears: 0, maxYears: 3 }],
    ['Junior Level Software Developer (1-4 years experience)', { level: 'junior', minYears: 1, maxYears: 4 }],
    ['Product Manager (10+ Years of Experience)', { level: undefined, minYears: 10 }],
  ])('reads "%s"', (title, expected) => {
    expect(readSeniorityAsk(title)).toEqual(expected);
  });

  it.each(['Software Developer', 'Backend Software Developer', 'Seniorenbetreuer', 'Leading Engineer'])(
    'finds no level in "%s"',
    (title) => {
      expect(readSeniorityAsk(title)).toBeUndefined();
    },
  );
});

describe('extracting the level as a requirement', () => {
  const jobText = '## Requirements\n- Strong Python\n- Experience with PostgreSQL';

  it('makes the title level a CRITICAL experience requirement with its minimum years', () => {
    const job = extractRequirements({ jobText, title: 'Senior Backend Engineer' });
    const level = job.requirements.find((item) => item.keywords.includes(SENIORITY_KEYWORD));
    expect(level).toMatchObject({
      kind: 'experience',
      priority: 'CRITICAL',
      text: 'Senior Backend Engineer',
      minYears: 5,
    });
  });

  it('adds nothing for a title without a level, nor for a first line the extractor only guessed', () => {
    expect(
      extractRequirements({ jobText, title: 'Backend Engineer' }).requirements.some((item) =>
        item.keywords.includes(SENIORITY_KEYWORD),
      ),
    ).toBe(false);
    expect(
      extractRequirements({ jobText: `Senior Backend Engineer\n${jobText}` }).requirements.some((item) =>
        item.keywords.includes(SENIORITY_KEYWORD),
      ),
    ).toBe(false);
  });

  it('adds nothing when the body restates the title years with what they are of', () => {
    const job = extractRequirements({
      jobText: '## Requirements\n- 10+ years of experience in product management',
      title: 'Product Manager (10+ Years of Experience)',
    });
    expect(job.requirements.some((item) => item.keywords.includes(SENIORITY_KEYWORD))).toBe(false);
    expect(job.requirements[0]).toMatchObject({ kind: 'experience', minYears: 10 });
  });

  it('keeps the years that a run-on posting puts after a degree, and a years ask that names nothing else', () => {
    const job = extractRequirements({
      jobText:
        "## Basic Qualifications\nBachelor's degree in Computer Science or related field Minimum of 2 years' experience developing software applications in Java\n" +
        '## Required Experience\n- Minimum 3 years experience',
    });
    expect(job.requirements.find((item) => item.kind === 'education')).toBeDefined();
    expect(
      job.requirements.find((item) => item.kind === 'experience' && item.minYears === 2)?.keywords,
    ).toEqual(['Java']);
    expect(job.requirements.find((item) => item.kind === 'experience' && item.minYears === 3)).toMatchObject({
      keywords: [],
      text: 'Minimum 3 years experience',
    });
  });
});
