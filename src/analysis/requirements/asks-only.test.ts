import { describe, expect, it } from 'vitest';
import type { Requirement } from '../../domain/index.js';
import { describesCompany } from './company-description.js';
import { extractRequirements } from './extract-requirements.js';
import { isWorkingCondition } from './working-condition.js';

const keywordsOf = (requirements: readonly Requirement[]) =>
  requirements.flatMap((requirement) => requirement.keywords);

const PM_JOB = `Product Manager
Acme Robotics is a fast paced, dynamic, and entrepreneurial organization.
This company provides best in class software as a service.

Responsibilities
• Define the product strategy and roadmap.
• Optimize the platform for maximum speed and scalability.
• Participate in the on-call rotation.

Requirements
• 5+ years of experience in product management.
• Must be able to travel 20%.
• Willingness to relocate to Berlin.
• Fluent English and willingness to travel internationally.
• Proof of U.S. citizenship is required.
• Experience with SQL.
`;

describe('only what a candidate must show becomes a requirement', () => {
  const { requirements } = extractRequirements({ jobText: PM_JOB });
  const keywords = keywordsOf(requirements).map((keyword) => keyword.toLowerCase());

  it('keeps the real asks', () => {
    expect(keywords).toEqual(expect.arrayContaining(['product management', 'sql', 'english']));
  });

  it('does not turn travel, relocation or citizenship into requirements', () => {
    for (const requirement of requirements) {
      expect(requirement.keywords.join(' ')).not.toMatch(/travel|relocat|citizen|berlin/i);
    }
  });

  it('does not turn the on-call duty into an incident-management requirement', () => {
    expect(keywords).not.toContain('incident management');
  });

  it('does not read the company describing itself as asks', () => {
    expect(keywords).not.toContain('entrepreneurship');
    expect(keywords).not.toContain('software as a service');
  });

  it('does not read the company describing itself inside a requirements section as asks', () => {
    const { requirements: inside } = extractRequirements({
      jobText:
        'Requirements: They provide data feeds and APIs to manage budgets for banks. This company provides software as a service. Python is first choice.',
    });
    const names = keywordsOf(inside).map((keyword) => keyword.toLowerCase());
    expect(names).toContain('python');
    expect(names).not.toContain('budget management');
    expect(names).not.toContain('software as a service');
  });

  it('does not read scalability as Auto Scaling', () => {
    expect(keywords).not.toContain('auto scaling');
  });
});

describe('isWorkingCondition', () => {
  it.each([
    'Must be able to travel 20%',
    'Travel up to 25% of the time',
    'Occasional travel to customer sites',
    'Willing to relocate',
    'Able to work weekends and nights',
    'Participate in an on-call rotation',
    'Able to lift 50 lbs',
    'Must be authorized to work in the US',
    'Reisebereitschaft',
  ])('reads %j as a condition', (clause) => {
    expect(isWorkingCondition(clause)).toBe(true);
  });

  it.each([
    'Experience with incident management',
    '5+ years of Java',
    'Experience in the travel industry',
    'Built a travel booking platform in React',
  ])('reads %j as an ask', (clause) => {
    expect(isWorkingCondition(clause)).toBe(false);
  });
});

describe('describesCompany', () => {
  it.each([
    'National General is a fast paced, dynamic, and entrepreneurial organization.',
    'They provide data feeds and APIs to manage the portfolio of this product.',
    'We build payment infrastructure for small businesses.',
    'A full-time position at a financial technology company that develops software.',
  ])('reads %j as the company talking', (sentence) => {
    expect(describesCompany(sentence)).toBe(true);
  });

  it.each([
    'We are looking for an engineer with 5+ years of Go.',
    'We need someone fluent in German.',
    "We'd love you to know Rust.",
    'You will build services in Go.',
    'Experience with Kubernetes.',
    'Python is the first choice.',
  ])('reads %j as an ask', (sentence) => {
    expect(describesCompany(sentence)).toBe(false);
  });
});

describe('list entries the taxonomy does not know', () => {
  it('keeps names but not generic words ("Workflows, Environments")', () => {
    const { requirements } = extractRequirements({
      jobText: [
        'Requirements',
        '- CI/CD, ideally with GitHub Actions (Workflows, Environments, OIDC)',
        '- A web framework such as JSF, Wicket, GWT or Spring MVC',
      ].join('\n'),
    });
    const keywords = keywordsOf(requirements).map((keyword) => keyword.toLowerCase());
    expect(keywords).toEqual(expect.arrayContaining(['github actions', 'wicket', 'gwt']));
    expect(keywords).not.toContain('workflows');
    expect(keywords).not.toContain('environments');
  });
});

describe('benefits outside a benefits section', () => {
  it('are not requirements, and do not swallow the asks before them', () => {
    const flattened =
      "Minimum Required Skills: Java, SQL. Preferred Qualifications: Experience with Eclipse (or similar IDE) Experience with Microsoft Windows, UNIX What's In It for You - Vacation/PTO - Medical - Dental - Vision - Relocation - Bonus - 401k. So, if you are a Software Developer with experience, please apply today!";
    const keywords = keywordsOf(extractRequirements({ jobText: flattened }).requirements);
    expect(keywords).toEqual(expect.arrayContaining(['Java', 'SQL', 'Windows', 'Unix']));

    const listed = extractRequirements({
      jobText: [
        'Requirements',
        '- 3+ years of Python',
        '- Flexible working hours and home office',
        '- Professional development opportunities and a learning budget for Kubernetes courses',
        '- Relocation package',
      ].join('\n'),
    });
    expect(keywordsOf(listed.requirements)).toEqual(['Python']);
  });
});
