import { describe, expect, it } from 'vitest';
import type { Resume } from '../../domain/index.js';
import { analyseGapsWith } from './analyse-gaps.js';
import { cvFrom, jobWith, requirement, TEST_NOW } from './test-documents.js';
import { createTestSkillLookup } from './test-skill-lookup.js';

const skills = createTestSkillLookup();

function coverageOf(
  resume: Resume,
  keyword: string,
  overrides: Parameters<typeof requirement>[0] | object = {},
) {
  const job = jobWith(
    requirement({ id: 'req-1', text: `Experience with ${keyword}`, keywords: [keyword], ...overrides }),
  );
  const report = analyseGapsWith({ cv: cvFrom(resume), job, now: TEST_NOW, skills });
  return report.requirements[0]!;
}

const recentRole = (highlight: string): Resume => ({
  work: [{ name: 'Acme', position: 'Engineer', startDate: '2022-01', highlights: [highlight] }],
});
const oldRole = (highlight: string): Resume => ({
  work: [
    {
      name: 'Oldco',
      position: 'Engineer',
      startDate: '2012-01',
      endDate: '2015-06',
      highlights: [highlight],
    },
  ],
});
const skillsList = (...keywords: string[]): Resume => ({ skills: [{ name: 'Tools', keywords }] });

describe('evidence strength', () => {
  it('rates a recent role bullet above an old role bullet above a lone keyword in a skills list', () => {
    const recent = coverageOf(recentRole('Built the billing service in Go'), 'Go');
    const old = coverageOf(oldRole('Built the billing service in Go'), 'Go');
    const listed = coverageOf(skillsList('Go', 'Python'), 'Go');
    expect(recent.evidence[0]?.strength).toBe('strong');
    expect(old.evidence[0]?.strength).toBe('moderate');
    expect(listed.evidence[0]?.strength).toBe('weak');
    expect(recent.coverage).toBeGreaterThan(old.coverage);
    expect(old.coverage).toBeGreaterThan(listed.coverage);
    expect(listed.coverage).toBeGreaterThan(0);
    expect(listed.explanation).toMatch(/only in your skills list/);
  });

  it('finds a skill through its alias and quotes the CV', () => {
    const found = coverageOf(recentRole('Ran our services on k8s with zero downtime'), 'Kubernetes');
    expect(found.evidence[0]).toMatchObject({
      matched: 'Kubernetes',
      section: 'work',
      entryName: 'Acme',
      quote: 'Ran our services on k8s with zero downtime',
    });
    expect(found.explanation).toMatch(/recent role at Acme/);
  });

  it('treats "no experience with Go" as negative evidence and a gap', () => {
    const resume: Resume = { basics: { summary: 'Java developer. No experience with Go yet.' } };
    const job = jobWith(requirement({ id: 'req-1', text: 'Go', keywords: ['Go'], priority: 'CRITICAL' }));
    const report = analyseGapsWith({ cv: cvFrom(resume), job, now: TEST_NOW, skills });
    expect(report.requirements[0]?.coverage).toBe(0);
    expect(report.requirements[0]?.evidence[0]?.strength).toBe('negative');
    expect(report.gaps[0]).toMatchObject({ id: 'req-1', status: 'missing' });
    expect(report.gaps[0]?.reason).toBe('Your CV says you have no experience with Go.');
  });

  it('treats "would like to learn Kubernetes" as negative, without crediting related skills', () => {
    const resume: Resume = {
      basics: { summary: 'I would like to learn Kubernetes.' },
      work: [{ name: 'Acme', startDate: '2022-01', highlights: ['Packaged every service with Docker'] }],
    };
    const found = coverageOf(resume, 'Kubernetes');
    expect(found.coverage).toBe(0);
    expect(found.evidence.map((evidence) => evidence.strength)).toEqual(['negative']);
  });

  it('halves direct evidence when the CV elsewhere says the candidate lacks the skill', () => {
    const plain = coverageOf(skillsList('Go'), 'Go');
    const contradicted = coverageOf(
      { ...skillsList('Go'), basics: { summary: 'Not much experience with Go.' } },
      'Go',
    );
    expect(contradicted.coverage).toBeLessThan(plain.coverage);
  });

  it('lowers a hedged mention ("basic knowledge of Python") by one step', () => {
    const plain = coverageOf(recentRole('Automated reports with Python'), 'Python');
    const hedged = coverageOf(recentRole('Basic knowledge of Python for reporting'), 'Python');
    expect(plain.evidence[0]?.strength).toBe('strong');
    expect(hedged.evidence[0]?.strength).toBe('moderate');
  });

  it('does not read a negation across a sentence boundary', () => {
    const found = coverageOf(
      recentRole('No experience with mainframes. Built the API in Node.js and TypeScript'),
      'Node.js',
    );
    expect(found.evidence[0]?.strength).toBe('strong');
  });

  it('does not match Java inside JavaScript', () => {
    const found = coverageOf(recentRole('Wrote the front end in JavaScript'), 'Java');
    expect(found.coverage).toBe(0);
    expect(found.explanation).toMatch(/not mentioned/);
  });

  it('counts a related skill as weak partial evidence', () => {
    const found = coverageOf(recentRole('Packaged every service with Docker'), 'Kubernetes');
    expect(found.coverage).toBeGreaterThan(0);
    expect(found.coverage).toBeLessThan(0.6);
    expect(found.evidence[0]).toMatchObject({ matched: 'Docker', strength: 'weak' });
    expect(found.explanation).toMatch(/related skill Docker/);
  });

  it('falls back to the plain text when the structure shows nothing, as weak evidence', () => {
    const cv = { sourceType: 'text' as const, resume: {}, plainText: 'Maya\nWorked with Terraform daily' };
    const job = jobWith(requirement({ id: 'req-1', text: 'Terraform', keywords: ['Terraform'] }));
    const report = analyseGapsWith({ cv, job, now: TEST_NOW, skills });
    expect(report.requirements[0]?.evidence[0]).toMatchObject({ section: 'other', strength: 'weak' });
  });
});

describe('years of experience', () => {
  const twoJobs: Resume = {
    work: [
      { name: 'Acme', startDate: '2023-01', highlights: ['Java services'] },
      { name: 'Beta', startDate: '2021-01', endDate: '2023-06', highlights: ['Java batch jobs'] },
      { name: 'Gamma', startDate: '2015-01', endDate: '2016-12', highlights: ['PHP sites'] },
    ],
  };

  it('counts merged date ranges of the roles that mention the skill', () => {
    const found = coverageOf(twoJobs, 'Java', { minYears: 3 });
    // 2021-01 .. 2025-06 merged = 4.5 years; Gamma does not mention Java.
    expect(found.evidence[0]?.years).toBe(4.5);
    expect(found.coverage).toBe(1);
  });

  it('lowers coverage and says so when the roles show fewer years than asked', () => {
    const job = jobWith(
      requirement({
        id: 'req-1',
        text: '8+ years of Java',
        keywords: ['Java'],
        minYears: 8,
        priority: 'CRITICAL',
      }),
    );
    const report = analyseGapsWith({ cv: cvFrom(twoJobs), job, now: TEST_NOW, skills });
    const [assessment] = report.requirements;
    expect(assessment?.coverage).toBeLessThan(0.6);
    expect(report.gaps[0]?.reason).toBe('Your CV shows 4.5 years with Java; the job asks for 8+.');
  });

  it('uses the injected date to close open ranges', () => {
    const later = analyseGapsWith({
      cv: cvFrom(twoJobs),
      job: jobWith(requirement({ id: 'req-1', text: 'Java', keywords: ['Java'], minYears: 8 })),
      now: new Date('2029-01-15T00:00:00Z'),
      skills,
    });
    expect(later.requirements[0]?.evidence.find((evidence) => evidence.years)?.years).toBe(8.1);
  });

  it('credits total work years for a general experience requirement', () => {
    const job = jobWith(
      requirement({
        id: 'req-1',
        text: '5+ years of professional experience',
        kind: 'experience',
        minYears: 5,
      }),
    );
    const report = analyseGapsWith({ cv: cvFrom(twoJobs), job, now: TEST_NOW, skills });
    // 2015-01..2016-12 (2 years) + 2021-01..2025-06 (4.5 years) = 6.5 years
    expect(report.requirements[0]?.coverage).toBe(1);
    expect(report.requirements[0]?.explanation).toMatch(/6\.5 years of work/);
  });
});

describe('requirement kinds', () => {
  it('accepts a higher degree in the field asked, and gives partial credit for another field', () => {
    const job = jobWith(
      requirement({
        id: 'req-1',
        text: "Bachelor's degree in Computer Science",
        kind: 'education',
        keywords: ['Computer Science'],
      }),
    );
    const master = analyseGapsWith({
      cv: cvFrom({ education: [{ institution: 'Leeds', studyType: 'MSc', area: 'Computer Science' }] }),
      job,
      now: TEST_NOW,
      skills,
    });
    const history = analyseGapsWith({
      cv: cvFrom({ education: [{ institution: 'Leeds', studyType: 'BA', area: 'History' }] }),
      job,
      now: TEST_NOW,
      skills,
    });
    expect(master.requirements[0]?.coverage).toBe(1);
    expect(history.requirements[0]?.coverage).toBeGreaterThan(0);
    expect(history.requirements[0]?.coverage).toBeLessThan(1);
    expect(history.gaps[0]?.reason).toMatch(/different field/);
  });

  it('finds a spoken language in the languages section, weaker at a basic level', () => {
    const job = jobWith(
      requirement({ id: 'req-1', text: 'Fluent German', kind: 'language', keywords: ['German'] }),
    );
    const fluent = analyseGapsWith({
      cv: cvFrom({ languages: [{ language: 'Deutsch', fluency: 'Muttersprache' }] }),
      job,
      now: TEST_NOW,
      skills,
    });
    const basic = analyseGapsWith({
      cv: cvFrom({ languages: [{ language: 'German', fluency: 'Basic' }] }),
      job,
      now: TEST_NOW,
      skills,
    });
    expect(fluent.requirements[0]?.coverage).toBe(1);
    expect(basic.requirements[0]?.coverage).toBeLessThan(0.6);
  });

  it('counts a certificate by name fully and the bare skill only in part', () => {
    const job = jobWith(
      requirement({
        id: 'req-1',
        text: 'Terraform Associate certification',
        kind: 'certification',
        keywords: ['Terraform'],
      }),
    );
    const certified = analyseGapsWith({
      cv: cvFrom({ certificates: [{ name: 'HashiCorp Terraform Associate' }] }),
      job,
      now: TEST_NOW,
      skills,
    });
    const skilled = analyseGapsWith({
      cv: cvFrom(recentRole('Managed all infrastructure with Terraform')),
      job,
      now: TEST_NOW,
      skills,
    });
    expect(certified.requirements[0]?.coverage).toBe(1);
    expect(skilled.requirements[0]?.coverage).toBe(0.5);
  });
});

describe('combining terms', () => {
  it('needs only one of the alternatives the job offers', () => {
    const found = coverageOf(recentRole('Ran the platform on Terraform'), 'Terraform', {
      text: 'Terraform or Pulumi',
      keywords: ['Terraform', 'Pulumi'],
    });
    expect(found.coverage).toBe(1);
  });

  it('counts every term of an all-of requirement and names the missing ones', () => {
    const job = jobWith(
      requirement({
        id: 'req-1',
        text: 'Node.js and TypeScript and Go',
        keywords: ['Node.js', 'TypeScript', 'Go'],
      }),
    );
    const report = analyseGapsWith({
      cv: cvFrom(recentRole('Built the API in Node.js and TypeScript')),
      job,
      now: TEST_NOW,
      skills,
    });
    const [assessment] = report.requirements;
    expect(assessment?.coverage).toBeGreaterThan(0.6);
    expect(assessment?.coverage).toBeLessThan(1);
    expect(assessment?.explanation).toMatch(/Not shown: Go/);
  });
});
