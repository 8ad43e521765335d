import { describe, expect, it } from 'vitest';
import { cvFrom } from '../../analysis/gaps/test-documents.js';
import { analyseGaps, extractRequirements } from '../../analysis/index.js';
import { QuestionSchema } from '../../domain/index.js';
import { createOfflineEngine } from './offline-engine.js';
import { cvOf, LAMBDA_GAP, RUST_GAP, requirementOf } from './offline-test-fixtures.js';
import { generateOfflineQuestion } from './question-generator.js';

const engine = createOfflineEngine({ now: () => new Date('2025-01-01') });
const context = { sessionId: 's-1', cv: cvOf(), job: { requirements: [], rawText: 'job' } };

describe('offline generateQuestion', () => {
  it('names the related employer and the technology the candidate does have', async () => {
    const question = await engine.generateQuestion({ context, gap: LAMBDA_GAP });
    expect(QuestionSchema.parse(question)).toEqual(question);
    expect(question.id).toBe('q-req-3');
    expect(question.gapId).toBe('req-3');
    expect(question.text).toContain('Acme Payments');
    expect(question.text).toMatch(/Amazon Web Services|AWS/);
    expect(question.text).toContain('AWS Lambda');
    expect(question.anchor).toContain('Acme Payments');
  });

  it('is deterministic for a gap, and words different gaps differently', async () => {
    const again = await engine.generateQuestion({ context, gap: LAMBDA_GAP });
    expect(again).toEqual(await engine.generateQuestion({ context, gap: LAMBDA_GAP }));
    const docker = await engine.generateQuestion({
      context,
      gap: {
        ...LAMBDA_GAP,
        id: 'req-9',
        requirement: requirementOf({
          id: 'req-9',
          text: 'Kubernetes in production',
          keywords: ['Kubernetes'],
        }),
        evidence: [],
      },
    });
    expect(docker.text).not.toBe(again.text);
    expect(docker.text).toContain('Kubernetes');
  });

  it('builds on the weak evidence when the CV already names the skill', async () => {
    const gap = {
      ...LAMBDA_GAP,
      id: 'req-4',
      status: 'weak' as const,
      requirement: requirementOf({ id: 'req-4', text: 'Strong PostgreSQL skills', keywords: ['PostgreSQL'] }),
      // What the analysis finds for it: a passing mention in the Acme Payments role.
      evidence: [
        {
          requirementId: 'req-4',
          section: 'work' as const,
          entryIndex: 0,
          entryName: 'Acme Payments',
          quote: 'Built the payments API in Node.js and PostgreSQL for 40 merchants',
          matched: 'PostgreSQL',
          strength: 'weak' as const,
          score: 0.3,
        },
      ],
    };
    const question = await engine.generateQuestion({ context, gap });
    expect(question.text).toContain('PostgreSQL');
    expect(question.text).toContain('Acme Payments');
    expect(question.text).toMatch(/mentions|list/);
  });

  it('still speaks to the candidate’s background when nothing is related', async () => {
    const question = await engine.generateQuestion({ context, gap: RUST_GAP });
    expect(question.text).toContain('Rust');
    expect(question.text).toContain('Acme Payments');
  });

  it('asks for a situation, action and result for a soft skill', async () => {
    const gap = {
      ...RUST_GAP,
      id: 'req-8',
      requirement: requirementOf({
        id: 'req-8',
        text: 'Experience mentoring junior engineers',
        kind: 'soft-skill',
        keywords: [],
      }),
    };
    const question = await engine.generateQuestion({ context, gap });
    expect(question.text).toContain('mentoring junior engineers');
    expect(question.text).toMatch(/situation/);
  });
});

describe('what a question says the CV shows', () => {
  // "Spring MVC" contains MVC, an alias of Design Patterns; the analysis does not count it.
  const cv = cvFrom({
    basics: { name: 'Jo Example' },
    work: [
      {
        name: 'ABC Company',
        position: 'Java Developer',
        startDate: '2021-01',
        highlights: ['Built the billing web application with Spring MVC and Java'],
      },
    ],
    skills: [{ name: 'Tools', keywords: ['Java', 'Hibernate', 'Maven'] }],
  });
  const job = extractRequirements({
    jobText: `Java Developer

Requirements
- Solid knowledge of design patterns
- Experience with Hibernate`,
  });
  const report = analyseGaps({ cv, job, now: new Date('2025-01-01') });
  const gapFor = (keyword: string) => {
    const gap = report.gaps.find((item) => item.requirement.keywords.includes(keyword));
    if (!gap) throw new Error(`expected a ${keyword} gap`);
    return gap;
  };

  it('never claims a skill the analysis found missing', () => {
    const gap = gapFor('Design Patterns');
    expect(gap.reason).toMatch(/not mentioned/);
    const english = generateOfflineQuestion({ cv, gap }).text;
    const german = generateOfflineQuestion({ cv, gap, language: 'de' }).text;
    expect(english).toContain('Design Patterns');
    expect(english).not.toMatch(/Your CV (?:lists|mentions)|You list/);
    expect(german).not.toMatch(/Ihr Lebenslauf (?:nennt|erwähnt)|Sie nennen/);
  });

  it('says the CV lists a skill where the analysis found it in the skills list, and names only that', () => {
    const gap = gapFor('Hibernate');
    expect(gap.reason).toMatch(/only in your skills list/);
    expect(generateOfflineQuestion({ cv, gap }).text).toMatch(
      /^Your CV lists Hibernate, but none of your roles/,
    );
    expect(generateOfflineQuestion({ cv, gap, language: 'de' }).text).toMatch(
      /^Ihr Lebenslauf nennt Hibernate,/,
    );
  });
});

describe('offline questions name the CV’s skills properly', () => {
  it('names the skill, not a job title, and writes it the way its maker does', async () => {
    const { readCv } = await import('../../ingest/index.js');
    const { generateOfflineQuestion } = await import('./question-generator.js');
    const { LAMBDA_GAP, requirementOf } = await import('./offline-test-fixtures.js');
    const cv = await readCv({
      bytes: new TextEncoder().encode(`# Alex Pennington
Product lead · alex@example.com

## Experience

### Senior Product Manager, Globex (2019-01 – present)
- Worked as product manager for the checkout, owning the backlog with 2 engineering teams
- Built the reporting page in Javascript for 40 account managers

## Skills
Agile, Javascript, Jira
`),
    });
    const strategy = generateOfflineQuestion({
      cv,
      gap: {
        ...LAMBDA_GAP,
        requirement: requirementOf({
          id: 'req-s',
          text: 'Define the product strategy and roadmap.',
          keywords: ['Product Strategy'],
        }),
        evidence: [],
      },
    });
    // Before: "Your CV shows Product Manager at Globex — did Product Strategy play a part …".
    expect(strategy.text).not.toMatch(/involved product manager|shows product manager|with product manager/i);
    const react = generateOfflineQuestion({
      cv,
      gap: {
        ...LAMBDA_GAP,
        requirement: requirementOf({ id: 'req-r', text: 'Experience with React', keywords: ['React'] }),
        evidence: [],
      },
    });
    // Before: "Your work on the reporting page at Globex used Javascript — …".
    expect(react.text).not.toContain('Javascript');
    expect(react.text).toContain('JavaScript');
  });
});

describe('offline questions about years of experience', () => {
  it('says plainly what the CV shows, without a riddle in brackets', async () => {
    const { generateOfflineQuestion } = await import('./question-generator.js');
    const { cvOf, LAMBDA_GAP, requirementOf } = await import('./offline-test-fixtures.js');
    const question = generateOfflineQuestion({
      cv: cvOf(),
      gap: {
        ...LAMBDA_GAP,
        requirement: requirementOf({
          id: 'req-y',
          text: '10+ years of experience in product management.',
          keywords: ['Product Management'],
          kind: 'experience',
          minYears: 10,
        }),
        evidence: [],
      },
    });
    // Before: "… and your CV does not show how long (at Acme Payments). Where else have you …".
    expect(question.text).not.toMatch(/\(at |\(in /);
    expect(question.text).toMatch(
      /^The role asks for 10\+ years of Product Management, and your CV does not show how long\. Where have you/,
    );
  });
});

describe('offline years questions claim only what the CV shows', () => {
  it('does not place the skill at an employer whose entry shows only a neighbour', async () => {
    const { generateOfflineQuestion } = await import('./question-generator.js');
    const { cvOf, LAMBDA_GAP } = await import('./offline-test-fixtures.js');
    const question = generateOfflineQuestion({
      cv: cvOf(),
      gap: { ...LAMBDA_GAP, requirement: { ...LAMBDA_GAP.requirement, kind: 'experience', minYears: 3 } },
    });
    // Before: "… does not show how long (at Acme Payments). Where else …": Acme ran on AWS, not Lambda.
    expect(question.text).toBe(
      'The role asks for 3+ years of AWS Lambda, and your CV does not show how long. Where have you used AWS Lambda — in a role, freelance or in side projects — for how long, and what did you deliver?',
    );
  });
});

describe('German offline years questions claim only what the CV shows', () => {
  it('has no bracketed place implying the skill there', async () => {
    const { generateOfflineQuestion } = await import('./question-generator.js');
    const { cvOf, LAMBDA_GAP } = await import('./offline-test-fixtures.js');
    const question = generateOfflineQuestion({
      cv: cvOf(),
      gap: { ...LAMBDA_GAP, requirement: { ...LAMBDA_GAP.requirement, kind: 'experience', minYears: 3 } },
      language: 'de',
    });
    // Before: "…; Ihr Lebenslauf zeigt nicht, wie lange (bei Acme Payments). Wo haben Sie sonst noch …".
    expect(question.text).not.toMatch(/\((?:bei|in|im) /);
    expect(question.text).toMatch(/Ihr Lebenslauf zeigt nicht, wie lange\. Wo haben Sie AWS Lambda/);
  });
});
