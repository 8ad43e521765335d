import { describe, expect, it } from 'vitest';
import type { Requirement, Resume } from '../../domain/index.js';
import { analyseGaps, extractRequirements } from '../index.js';
import { SENIORITY_KEYWORD } from '../requirements/seniority-ask.js';
import { cvFrom, jobWith, requirement, TEST_NOW } from './test-documents.js';

/** A candidate with one year of Java, well short of three. */
const juniorJava: Resume = {
  work: [
    {
      name: 'Acme',
      position: 'Developer',
      startDate: '2024-06',
      highlights: ['Built REST services in Java'],
    },
  ],
};
const TITLE = 'Java Developer (3 Years of Experience)';
const titleLevel = requirement({
  id: 'req-9',
  text: TITLE,
  kind: 'experience',
  priority: 'CRITICAL',
  keywords: [SENIORITY_KEYWORD],
  minYears: 3,
});
const javaYears = requirement({
  id: 'req-1',
  text: 'At least 3 years of experience with Java',
  kind: 'experience',
  priority: 'CRITICAL',
  keywords: ['Java'],
  minYears: 3,
});

const yearsAsks = (requirements: readonly { requirement: Requirement }[]) =>
  requirements.filter((item) => (item.requirement.minYears ?? 0) > 0);

describe('a years or seniority ask', () => {
  it('is one requirement and one gap when the title restates the body years', () => {
    const job = extractRequirements({
      jobText: `${TITLE}\n## Requirements\n- At least 3 years of experience with Java\n- Experience with Spring`,
      title: TITLE,
    });
    expect(job.requirements.flatMap((item) => item.keywords)).not.toContain(SENIORITY_KEYWORD);
    const report = analyseGaps({ cv: cvFrom(juniorJava), job, now: TEST_NOW });
    expect(yearsAsks(report.requirements)).toHaveLength(1);
    expect(yearsAsks(report.gaps)).toHaveLength(1);
  });

  it('measures a title level handed in beside the same body ask once, in years', () => {
    const report = analyseGaps({
      cv: cvFrom(juniorJava),
      job: jobWith(javaYears, titleLevel),
      now: TEST_NOW,
    });
    expect(report.requirements.map((item) => item.requirement.id)).toEqual(['req-1']);
    expect(report.gaps.filter((gap) => (gap.requirement.minYears ?? 0) > 0)).toHaveLength(1);
  });

  it('never searches the CV for a keyword "Seniority", whatever kind or keywords carry it', () => {
    const odd = requirement({ ...titleLevel, kind: 'skill', keywords: [SENIORITY_KEYWORD, 'Java'] });
    const twice = requirement({ ...titleLevel, id: 'req-10' });
    const report = analyseGaps({ cv: cvFrom(juniorJava), job: jobWith(odd, twice), now: TEST_NOW });
    expect(report.requirements).toHaveLength(1);
    const [level] = report.requirements;
    expect(level?.explanation).not.toMatch(/Seniority/);
    expect(level?.explanation).toMatch(/3\+ years/);
    expect(report.gaps).toHaveLength(1);
    expect(report.gaps[0]?.reason).not.toMatch(/Seniority/);
  });
});
