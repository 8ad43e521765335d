import { describe, expect, it } from 'vitest';
import { JobSchema, type Requirement } from '../../domain/index.js';
import { extractRequirements } from './extract-requirements.js';

const extract = (jobText: string) => extractRequirements({ jobText });

/** The requirement whose keywords include `keyword` (case-insensitive). */
function find(requirements: readonly Requirement[], keyword: string): Requirement | undefined {
  return requirements.find((requirement) =>
    requirement.keywords.some((word) => word.toLowerCase() === keyword.toLowerCase()),
  );
}

const ALL_KEYWORDS = (requirements: readonly Requirement[]) => requirements.flatMap((r) => r.keywords);

const STARTUP_JOB = `# Senior Backend Engineer

At Paystream, we build payment infrastructure for small businesses.

## What you'll do
- Design and run services in Go on Kubernetes
- Mentor other engineers

## Requirements
- 5+ years of backend development
- Experience with React, TypeScript and GraphQL
- Terraform or Pulumi
- BS/MS in Computer Science or equivalent
- Fluent German and English

## Nice to have
- Kafka
- Strong Rust skills are a plus

## Benefits
- Health insurance and Python training budget
- 30 days of vacation

We are an equal opportunity employer and value diversity. Salary: 90k.`;

describe('extractRequirements', () => {
  it('returns a valid Job with the raw text kept', () => {
    const job = extract(STARTUP_JOB);
    expect(JobSchema.parse(job)).toEqual(job);
    expect(job.rawText).toBe(STARTUP_JOB);
  });

  it('reads priority from the sections', () => {
    const { requirements } = extract(STARTUP_JOB);
    expect(find(requirements, 'React')?.priority).toBe('CRITICAL');
    expect(find(requirements, 'Apache Kafka')?.priority).toBe('NICE_TO_HAVE');
    expect(find(requirements, 'Go')?.priority).toBe('IMPORTANT');
    expect(find(requirements, 'Kubernetes')?.priority).toBe('IMPORTANT');
  });

  it('splits a list of separate skills and keeps alternatives together', () => {
    const { requirements } = extract(STARTUP_JOB);
    for (const skill of ['React', 'TypeScript', 'GraphQL']) {
      expect(find(requirements, skill)?.keywords).toEqual([skill]);
    }
    expect(find(requirements, 'Terraform')?.keywords).toEqual(['Terraform', 'Pulumi']);
  });

  it('lets examples in brackets stand in for the thing they illustrate', () => {
    const { requirements } = extract(
      'Requirements\n- Excellent knowledge of SQL and ORM technologies (JPA, Hibernate)\n- Front-end frameworks such as React or Vue',
    );
    expect(find(requirements, 'SQL')?.keywords).toEqual(['SQL']);
    expect(find(requirements, 'Hibernate')?.keywords).toContain('ORM');
    expect(find(requirements, 'React')?.keywords).toEqual(expect.arrayContaining(['React', 'Vue.js']));
  });

  it('reads years of experience', () => {
    const experience = extract(STARTUP_JOB).requirements.find((r) => r.kind === 'experience');
    expect(experience).toMatchObject({
      minYears: 5,
      priority: 'CRITICAL',
      keywords: ['Backend Development'],
    });
  });

  it('reads degrees with their fields', () => {
    const education = extract(STARTUP_JOB).requirements.find((r) => r.kind === 'education');
    expect(education?.keywords).toEqual(["bachelor's degree", "master's degree", 'Computer Science']);
  });

  it('reads spoken languages', () => {
    const languages = extract(STARTUP_JOB).requirements.filter((r) => r.kind === 'language');
    expect(languages.map((r) => r.keywords[0]).sort()).toEqual(['English', 'German']);
  });

  it('never takes a requirement from benefits, EEO or salary text', () => {
    const { requirements } = extract(STARTUP_JOB);
    expect(find(requirements, 'Python')).toBeUndefined();
    expect(requirements.some((r) => /equal opportunity|salary|vacation/i.test(r.text))).toBe(false);
  });

  it('lets a nice-to-have section win over strong words', () => {
    expect(find(extract(STARTUP_JOB).requirements, 'Rust')?.priority).toBe('NICE_TO_HAVE');
  });

  it('orders CRITICAL first with stable ids', () => {
    const { requirements } = extract(STARTUP_JOB);
    const ranks = requirements.map((r) => ['CRITICAL', 'IMPORTANT', 'NICE_TO_HAVE'].indexOf(r.priority));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(requirements.map((r) => r.id)).toEqual(requirements.map((_, index) => `req-${index + 1}`));
    expect(extract(STARTUP_JOB)).toEqual(extract(STARTUP_JOB));
  });

  it('guesses title and company, and prefers the ones given', () => {
    expect(extract(STARTUP_JOB)).toMatchObject({ title: 'Senior Backend Engineer', company: 'Paystream' });
    expect(extractRequirements({ jobText: STARTUP_JOB, title: 'Engineer', company: 'Acme' })).toMatchObject({
      title: 'Engineer',
      company: 'Acme',
    });
  });

  it('reads priority words on each line of an untitled list', () => {
    const { requirements } = extract(
      [
        'Docker is required.',
        'Experience with Ansible is a plus.',
        'Familiarity with Jenkins.',
        'Experience with Redis.',
      ].join('\n'),
    );
    expect(find(requirements, 'Docker')?.priority).toBe('CRITICAL');
    expect(find(requirements, 'Ansible')?.priority).toBe('NICE_TO_HAVE');
    expect(find(requirements, 'Jenkins')?.priority).toBe('NICE_TO_HAVE');
    expect(find(requirements, 'Redis')?.priority).toBe('IMPORTANT');
  });

  it('gives each side of a contrast its own priority', () => {
    const { requirements } = extract(
      "Requirements:\n- Fluent English is a must, while Spanish is an advantage\n- Bachelor's degree (MBA preferred)",
    );
    expect(find(requirements, 'English')).toMatchObject({ kind: 'language', priority: 'CRITICAL' });
    expect(find(requirements, 'Spanish')).toMatchObject({ kind: 'language', priority: 'NICE_TO_HAVE' });
    expect(find(requirements, "bachelor's degree")).toMatchObject({
      kind: 'education',
      priority: 'CRITICAL',
    });
    expect(find(requirements, "master's degree")).toMatchObject({
      kind: 'education',
      priority: 'NICE_TO_HAVE',
    });
  });

  it('reads certifications and soft skills', () => {
    const { requirements } = extract(
      [
        'Qualifications',
        '- AWS Certified Solutions Architect or CKA certification',
        '- Excellent communication and teamwork skills',
      ].join('\n'),
    );
    expect(requirements.find((r) => r.kind === 'certification')?.keywords).toEqual([
      'AWS Certified Solutions Architect',
      'Certified Kubernetes Administrator',
    ]);
    const soft = requirements.filter((r) => r.kind === 'soft-skill').map((r) => r.keywords[0]);
    expect(soft).toEqual(['Communication', 'Teamwork']);
  });

  it('falls back to a normalised term when the taxonomy knows nothing', () => {
    const { requirements } = extract('Requirements\n- Experience with lunar regolith sampling');
    expect(requirements).toEqual([
      expect.objectContaining({ kind: 'skill', keywords: ['lunar regolith sampling'], priority: 'CRITICAL' }),
    ]);
  });

  it('merges the same ask stated twice, keeping the higher priority and the years', () => {
    const { requirements } = extract(
      "## What you'll do\n- Build services in Go\n## Requirements\n- 3+ years of Go\n## Nice to have\n- Go",
    );
    const go = requirements.filter((r) => r.keywords.includes('Go'));
    expect(go).toEqual([expect.objectContaining({ kind: 'experience', minYears: 3, priority: 'CRITICAL' })]);
  });

  it('caps the list, keeping the most important', () => {
    const skills = ['Java', 'Python', 'Ruby', 'PHP', 'Scala', 'Kotlin', 'Swift', 'Rust', 'Perl', 'Haskell'];
    const text = [
      'Requirements',
      ...skills.map((skill) => `- ${skill}`),
      'Nice to have',
      ...['Docker', 'Kubernetes', 'Terraform', 'Ansible', 'Jenkins', 'Redis', 'MongoDB', 'MySQL'].map(
        (s) => `- ${s}`,
      ),
      'Responsibilities',
      ...['React', 'Angular', 'Vue', 'Svelte', 'jQuery', 'Django', 'Flask', 'Spring', 'Rails', 'Laravel'].map(
        (s) => `- Build features with ${s}`,
      ),
    ].join('\n');
    const { requirements } = extract(text);
    expect(requirements).toHaveLength(25);
    // A plain "Requirements" list: its first half is CRITICAL, the rest IMPORTANT.
    expect(requirements.filter((r) => r.priority === 'CRITICAL').map((r) => r.keywords[0])).toEqual(
      skills.slice(0, 5),
    );
    // The job's own nice-to-haves outrank skills only implied by its task list.
    expect(requirements.filter((r) => r.priority === 'NICE_TO_HAVE')).toHaveLength(8);
  });

  it('reads a German job', () => {
    const job = extract(
      [
        '# Stellenbeschreibung: Data Engineer (m/w/d)',
        '## Deine Aufgaben',
        '- Aufbau von Datenpipelines mit Apache Airflow',
        '## Ihr Profil',
        '- Mindestens 3 Jahre Erfahrung mit Python',
        '- Abgeschlossenes Studium der Informatik',
        '- Sehr gute Deutschkenntnisse',
        '## Wünschenswert',
        '- Erfahrung mit Snowflake',
        '## Wir bieten',
        '- Flexible Arbeitszeiten und Docker-Workshops',
      ].join('\n'),
    );
    expect(job.title).toBe('Data Engineer');
    const { requirements } = job;
    expect(find(requirements, 'Python')).toMatchObject({
      kind: 'experience',
      minYears: 3,
      priority: 'CRITICAL',
    });
    expect(requirements.find((r) => r.kind === 'education')?.keywords).toContain("bachelor's degree");
    expect(find(requirements, 'German')).toMatchObject({ kind: 'language', priority: 'CRITICAL' });
    expect(find(requirements, 'Snowflake')?.priority).toBe('NICE_TO_HAVE');
    expect(find(requirements, 'Apache Airflow')?.priority).toBe('IMPORTANT');
    expect(find(requirements, 'Docker')).toBeUndefined();
  });

  it('reads a job with no headings at all', () => {
    const { requirements } = extract(
      'We are a fast-growing logistics startup in Hamburg. We are looking for a developer with at least 4 years ' +
        'of experience in Java who has worked with Spring Boot and PostgreSQL. Knowledge of Kafka is a plus. ' +
        'We offer a great team, free lunch and a competitive salary.',
    );
    expect(find(requirements, 'Java')).toMatchObject({
      kind: 'experience',
      minYears: 4,
      priority: 'CRITICAL',
    });
    expect(find(requirements, 'Apache Kafka')?.priority).toBe('NICE_TO_HAVE');
    expect(ALL_KEYWORDS(requirements).join(' ')).not.toMatch(/lunch|salary|team/i);
  });

  it('returns no requirements for a text with no asks', () => {
    expect(extract('We are a friendly company. Our office is in Berlin.').requirements).toEqual([]);
  });
});
