import { describe, expect, it } from 'vitest';
import type { Resume } from '../../domain/index.js';
import { analyseGaps, extractRequirements } from '../index.js';
import { SENIORITY_KEYWORD } from '../requirements/seniority-ask.js';
import { cvFrom, TEST_NOW } from './test-documents.js';

const JOB_TEXT = '## Requirements\n- Strong Python\n- Experience with PostgreSQL';

/** A CV whose only dated role, `start` to now (2025-06), builds services in Python. */
const pythonSince = (start: string, extra: Resume['work'] = []): Resume => ({
  work: [
    {
      name: 'Acme',
      position: 'Engineer',
      startDate: start,
      highlights: ['Built billing services in Python'],
    },
    ...(extra ?? []),
  ],
});

function levelOf(title: string, resume: Resume, language: 'en' | 'de' = 'en') {
  const job = extractRequirements({ jobText: JOB_TEXT, title });
  const report = analyseGaps({ cv: cvFrom(resume), job, now: TEST_NOW, language });
  const assessment = report.requirements.find((item) =>
    item.requirement.keywords.includes(SENIORITY_KEYWORD),
  );
  const gap = report.gaps.find((item) => item.requirement.keywords.includes(SENIORITY_KEYWORD));
  return { assessment: assessment!, gap, score: report.matchScore };
}

describe('the seniority a job title asks for', () => {
  it('gives a candidate below a senior level a gap that says both figures', () => {
    // 2023-01..2025-06: 2.5 years
    const { assessment, gap } = levelOf('Senior Backend Engineer', pythonSince('2023-01'));
    expect(assessment.coverage).toBe(0.5);
    expect(gap?.reason).toBe(
      "The job title asks for a senior level (5+ years); your roles that show the job's core skills span 2.5 years.",
    );
  });

  it('says it in German in a German session', () => {
    const { gap } = levelOf('Senior Backend Engineer', pythonSince('2023-01'), 'de');
    expect(gap?.reason).toBe(
      'Der Stellentitel verlangt Senior-Niveau (mindestens 5 Jahre); Ihre Positionen mit den Kernkompetenzen der Stelle umfassen 2,5 Jahre.',
    );
  });

  it('meets the level with enough years in roles that show the core skills, and scores above a shorter career', () => {
    const long = levelOf('Senior Backend Engineer', pythonSince('2018-01'));
    const short = levelOf('Senior Backend Engineer', pythonSince('2023-01'));
    expect(long.assessment.coverage).toBe(1);
    expect(long.gap).toBeUndefined();
    expect(long.score).toBeGreaterThan(short.score);
  });

  it('counts other work at half: years in roles without the core skills are not years at this level', () => {
    const elsewhere = levelOf('Senior Backend Engineer', {
      work: [
        { name: 'Shop', position: 'Store manager', startDate: '2015-01', highlights: ['Ran the store'] },
      ],
    });
    // 10.5 years of other work: 0.5 × min(1, 10.5 / 5)
    expect(elsewhere.assessment.coverage).toBe(0.5);
    expect(elsewhere.assessment.explanation).toBe(
      "The job title asks for a senior level (5+ years); none of your dated roles shows the job's core skills (10.5 years of work in total).",
    );
  });

  it('lowers the fit a little, without a gap, far above a junior level', () => {
    const veteran = levelOf('Junior Level Software Developer (1-4 years experience)', pythonSince('2010-01'));
    const fitting = levelOf('Junior Level Software Developer (1-4 years experience)', pythonSince('2022-01'));
    expect(veteran.assessment.coverage).toBe(0.8);
    expect(veteran.gap).toBeUndefined();
    expect(veteran.assessment.explanation).toMatch(/15\.5 years, well above it/);
    expect(fitting.assessment.coverage).toBe(1);
  });

  it('asks the question when the CV has no dated roles', () => {
    const { assessment, gap } = levelOf('Lead Developer', {
      skills: [{ name: 'Tools', keywords: ['Python'] }],
    });
    expect(assessment.coverage).toBe(0);
    expect(gap?.reason).toBe('The job title asks for a lead level (7+ years); your CV shows no dated roles.');
  });
});

describe('a years ask that names nothing else', () => {
  it('counts the years of roles that show the job’s core skills', () => {
    const job = extractRequirements({ jobText: `${JOB_TEXT}\n- Minimum 3 years experience` });
    const report = analyseGaps({ cv: cvFrom(pythonSince('2024-01')), job, now: TEST_NOW });
    const years = report.requirements.find((item) => item.requirement.minYears === 3);
    expect(years?.coverage).toBe(0.5);
    expect(years?.explanation).toBe(
      "The job asks for 3+ years; your roles that show the job's core skills span 1.5 years.",
    );
  });
});
