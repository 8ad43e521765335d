import { describe, expect, it } from 'vitest';
import type { Resume } from '../../domain/index.js';
import { getSkillTaxonomy } from '../../taxonomy/index.js';
import { analyseGapsWith } from './analyse-gaps.js';
import { createSkillLookup } from './skill-lookup.js';
import { cvFrom, jobWith, requirement, TEST_NOW } from './test-documents.js';

const skills = createSkillLookup(getSkillTaxonomy());

function assess(resume: Resume, keyword: string) {
  const job = jobWith(requirement({ id: 'req-1', text: `Experience with ${keyword}`, keywords: [keyword] }));
  return analyseGapsWith({ cv: cvFrom(resume), job, now: TEST_NOW, skills }).requirements[0]!;
}

const role = (highlight: string): Resume => ({
  work: [{ name: 'Acme', position: 'Java Developer', startDate: '2022-01', highlights: [highlight] }],
});

describe('a specific skill as evidence of its umbrella', () => {
  it('counts MySQL in a recent role as evidence of Relational Databases, naming MySQL', () => {
    const found = assess(
      role('Designed the order schema in MySQL and tuned its indexes'),
      'Relational Databases',
    );
    expect(found.coverage).toBeGreaterThanOrEqual(0.8);
    expect(found.evidence[0]).toMatchObject({ matched: 'MySQL', strength: 'strong', entryName: 'Acme' });
    expect(found.explanation).toMatch(/MySQL/);
    expect(found.explanation).not.toMatch(/related|did any/i);
  });

  it('counts Oracle and PostgreSQL as members too', () => {
    expect(
      assess(role('Migrated reports from Oracle DB to Postgres'), 'RDBMS').coverage,
    ).toBeGreaterThanOrEqual(0.8);
  });

  it('does not count the umbrella as evidence of a specific member', () => {
    const umbrellaOnly = assess(role('Worked with relational databases every day'), 'PostgreSQL');
    const direct = assess(role('Ran PostgreSQL in production'), 'PostgreSQL');
    expect(umbrellaOnly.coverage).toBeLessThan(0.5);
    expect(direct.coverage).toBeGreaterThan(umbrellaOnly.coverage);
  });

  it('does not count one member as evidence of another', () => {
    expect(assess(role('Ran MySQL in production'), 'PostgreSQL').coverage).toBeLessThan(0.5);
  });
});
