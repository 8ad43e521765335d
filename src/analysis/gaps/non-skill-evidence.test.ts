import { describe, expect, it } from 'vitest';
import { getSkillTaxonomy } from '../../taxonomy/index.js';
import { analyseGapsWith } from './analyse-gaps.js';
import { createSkillLookup } from './skill-lookup.js';
import { cvFrom, jobWith, requirement, TEST_NOW } from './test-documents.js';
import { createTestSkillLookup } from './test-skill-lookup.js';

const role = (...highlights: string[]) =>
  cvFrom({ work: [{ name: 'Acme', position: 'Consultant', startDate: '2023-01', highlights }] });

describe('names inside phrases that only look like skills', () => {
  it('does not count "go-live" as evidence of Go', () => {
    const job = jobWith(requirement({ id: 'req-1', text: 'Experience with Go', keywords: ['Go'] }));
    const skills = createTestSkillLookup();
    const report = analyseGapsWith({
      cv: role('Managed the go-live of SAP in 12 plants'),
      job,
      now: TEST_NOW,
      skills,
    });
    expect(report.requirements[0]!.coverage).toBe(0);
    const real = analyseGapsWith({ cv: role('Built the billing service in Go'), job, now: TEST_NOW, skills });
    expect(real.requirements[0]!.coverage).toBe(1);
  });

  it('does not count "communication between frontend and backend" as the soft skill, with the shipped taxonomy', () => {
    const skills = createSkillLookup(getSkillTaxonomy());
    const job = jobWith(
      requirement({
        id: 'req-1',
        text: 'Excellent communication skills',
        kind: 'soft-skill',
        keywords: ['Communication'],
      }),
    );
    const technical = role('Set up communication between frontend and backend');
    expect(analyseGapsWith({ cv: technical, job, now: TEST_NOW, skills }).requirements[0]!.coverage).toBe(0);
    const human = role('Led weekly communication with clients and stakeholders');
    expect(
      analyseGapsWith({ cv: human, job, now: TEST_NOW, skills }).requirements[0]!.coverage,
    ).toBeGreaterThan(0.6);
  });
});
