import { describe, expect, it } from 'vitest';
import { GapSchema, type Resume } from '../../domain/index.js';
import { extractRequirements } from '../requirements/extract-requirements.js';
import { analyseGapsWith } from './analyse-gaps.js';
import { cvFrom, jobWith, requirement, TEST_NOW } from './test-documents.js';
import { createTestSkillLookup } from './test-skill-lookup.js';

const skills = createTestSkillLookup();

const SENTENCE = 'Excellent knowledge of relational databases, SQL, and ORM technologies (JPA, Hibernate).';

const resume: Resume = {
  work: [
    {
      name: 'Acme',
      position: 'Engineer',
      startDate: '2022-01',
      highlights: ['Built the billing service in Go on Kubernetes'],
    },
  ],
  skills: [{ name: 'Tools', keywords: ['SQL'] }],
};

describe('gaps from one sentence of the job', () => {
  const job = jobWith(
    requirement({ id: 'req-1', text: SENTENCE, priority: 'CRITICAL', keywords: ['Relational Databases'] }),
    requirement({ id: 'req-2', text: SENTENCE, priority: 'CRITICAL', keywords: ['SQL'] }),
    requirement({ id: 'req-3', text: SENTENCE, priority: 'CRITICAL', keywords: ['ORM', 'Hibernate'] }),
    requirement({ id: 'req-4', text: 'Experience with Kafka', priority: 'IMPORTANT', keywords: ['Kafka'] }),
    requirement({ id: 'req-5', text: 'Experience with Go', priority: 'IMPORTANT', keywords: ['Go'] }),
  );
  const report = analyseGapsWith({ cv: cvFrom(resume), job, now: TEST_NOW, skills });
  const fromSentence = report.gaps.filter((gap) => gap.requirement.text === SENTENCE);

  it('become one gap for the skills the CV never names, keeping each of them', () => {
    const absent = fromSentence.find((gap) => gap.requirement.keywords.includes('Hibernate'))!;
    expect(absent.requirement.keywords).toEqual(['Relational Databases', 'ORM', 'Hibernate']);
    expect(absent.status).toBe('missing');
    expect(absent.reason).toBe(
      'Relational Databases, ORM and Hibernate are not mentioned anywhere in your CV.',
    );
    expect(GapSchema.parse(absent)).toEqual(absent);
  });

  it('keep a skill the CV names thinly apart, so its question can build on what the CV shows', () => {
    expect(fromSentence).toHaveLength(2);
    const named = fromSentence.find((gap) => gap.requirement.keywords.includes('SQL'))!;
    expect(named.requirement.keywords).toEqual(['SQL']);
    expect(named.reason).toMatch(/SQL appears only in your skills list/);
    expect(named.evidence.map((item) => item.quote)).toContain('Tools: SQL');
  });

  it('keep the score per requirement and the other gaps as they were', () => {
    expect(report.requirements).toHaveLength(5);
    expect(report.gaps.map((gap) => gap.requirement.text)).toEqual([
      SENTENCE,
      SENTENCE,
      'Experience with Kafka',
    ]);
    expect(['req-1', 'req-3']).toContain(report.gaps[0]!.id);
    expect(report.gaps[1]!.id).toBe('req-2');
    expect(new Set(report.gaps.map((gap) => gap.id)).size).toBe(report.gaps.length);
  });
});

describe('gaps from a real posting', () => {
  it('asks once per bullet however many skills it names', () => {
    const job = extractRequirements({
      jobText: [
        'Requirements',
        '- Hands-on experience with AWS using EC2, S3, Lambda and CloudFront',
        '- Experience with Docker and Kubernetes',
        '- Bachelor degree in Computer Science',
      ].join('\n'),
    });
    const report = analyseGapsWith({ cv: cvFrom({ basics: { name: 'A' } }), job, now: TEST_NOW, skills });
    expect(job.requirements.length).toBeGreaterThan(report.gaps.length);
    const texts = report.gaps.map((gap) => gap.requirement.text);
    expect(new Set(texts).size).toBe(texts.length);
    const keywords = report.gaps.flatMap((gap) => gap.requirement.keywords);
    for (const requirement of job.requirements.filter((item) => item.kind !== 'education')) {
      for (const keyword of requirement.keywords) expect(keywords).toContain(keyword);
    }
  });
});

describe('the reason of a grouped gap', () => {
  it('says a shared finding once, naming every skill', () => {
    const text = 'Experience with PostgreSQL, Redis, Terraform, Kubernetes and Kafka.';
    const job = jobWith(
      ...['PostgreSQL', 'Redis', 'Terraform', 'Kubernetes', 'Kafka'].map((keyword, index) =>
        requirement({ id: `req-${index + 1}`, text, keywords: [keyword] }),
      ),
    );
    const cv = cvFrom({
      work: [
        {
          name: 'Acme',
          position: 'Engineer',
          startDate: '2022-01',
          highlights: ['Ran Docker in production'],
        },
      ],
      skills: [{ name: 'Databases', keywords: ['PostgreSQL', 'Redis'] }],
    });
    const reasons = analyseGapsWith({ cv, job, now: TEST_NOW, skills }).gaps.map((gap) => gap.reason);
    expect(reasons).toEqual([
      'Terraform and Kafka are not mentioned anywhere in your CV. Your CV shows only the related skill Docker, not Kubernetes.',
      'PostgreSQL and Redis appear only in your skills list, not in any role or project.',
    ]);
  });
});

describe('gaps from different sentences that ask for the same skill', () => {
  it('fold into the more important one, so the interview asks about the skill once', () => {
    const job = jobWith(
      requirement({
        id: 'req-1',
        text: '3+ years of Java',
        kind: 'experience',
        priority: 'CRITICAL',
        keywords: ['Java'],
        minYears: 3,
      }),
      requirement({ id: 'req-2', text: 'Insight into Java and Go internals', keywords: ['Java', 'Go'] }),
      requirement({ id: 'req-3', text: 'Experience with Terraform', keywords: ['Terraform'] }),
    );
    const gaps = analyseGapsWith({ cv: cvFrom({ basics: { name: 'A' } }), job, now: TEST_NOW, skills }).gaps;
    expect(gaps.map((gap) => gap.id)).toEqual(['req-1', 'req-3']);
    expect(gaps[0]!.requirement).toMatchObject({ kind: 'experience', minYears: 3, keywords: ['Java', 'Go'] });
    expect(gaps[0]!.reason).toBe('Java and Go are not mentioned anywhere in your CV.');
  });

  it('stay apart when the CV names the skill in one place and not in the other', () => {
    const job = jobWith(
      requirement({ id: 'req-1', text: 'Experience with Go and Terraform', keywords: ['Go'] }),
      requirement({ id: 'req-2', text: 'Experience with Go and Terraform', keywords: ['Terraform'] }),
      requirement({ id: 'req-3', text: 'Terraform at scale', keywords: ['Terraform'] }),
    );
    const cv = cvFrom({ skills: [{ name: 'Tools', keywords: ['Go'] }] });
    const gaps = analyseGapsWith({ cv, job, now: TEST_NOW, skills }).gaps;
    expect(gaps.map((gap) => gap.requirement.keywords)).toEqual([['Terraform'], ['Go']]);
  });
});
