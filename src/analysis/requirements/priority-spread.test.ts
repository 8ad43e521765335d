import { describe, expect, it } from 'vitest';
import type { Priority, Requirement } from '../../domain/index.js';
import { extractRequirements } from './extract-requirements.js';
import { splitJobSections } from './job-sections.js';
import { leadingMusts } from './priority-cues.js';
import { weighRepeatedAsks } from './repeated-asks.js';
import type { RequirementDraft } from './requirement-draft.js';

function priorityOf(requirements: readonly Requirement[], keyword: string): Priority | undefined {
  return requirements.find((requirement) =>
    requirement.keywords.some((word) => word.toLowerCase() === keyword.toLowerCase()),
  )?.priority;
}

const BACKEND_JOB = `Backend Engineer

Responsibilities
- Build services in Go on Kubernetes
- Keep PostgreSQL fast

Requirements
- Experience with Go
- Experience with gRPC
- Experience with Redis
- Experience with Terraform
- Experience with PostgreSQL
- Experience with Jenkins
- Must have experience with Linux
- Familiarity with Kafka
- Excellent communication skills

Nice to have
- GraphQL`;

describe('priority from the posting as a whole', () => {
  const { requirements } = extractRequirements({ jobText: BACKEND_JOB });

  it('gives a typical posting all three priorities', () => {
    const counts = new Map<Priority, number>();
    for (const { priority } of requirements) counts.set(priority, (counts.get(priority) ?? 0) + 1);
    expect(counts.get('CRITICAL')).toBeGreaterThan(0);
    expect(counts.get('IMPORTANT')).toBeGreaterThan(0);
    expect(counts.get('NICE_TO_HAVE')).toBeGreaterThan(0);
    expect(counts.get('CRITICAL')).toBeLessThan(requirements.length / 2 + 1);
  });

  it('makes the first half of a plain requirements list CRITICAL and the rest IMPORTANT', () => {
    expect(priorityOf(requirements, 'gRPC')).toBe('CRITICAL');
    expect(priorityOf(requirements, 'Redis')).toBe('CRITICAL');
    expect(priorityOf(requirements, 'Jenkins')).toBe('IMPORTANT');
  });

  it('lets the wording override the place', () => {
    expect(priorityOf(requirements, 'Linux')).toBe('CRITICAL');
    expect(priorityOf(requirements, 'Apache Kafka')).toBe('NICE_TO_HAVE');
    expect(priorityOf(requirements, 'GraphQL')).toBe('NICE_TO_HAVE');
  });

  it('raises a skill the job asks for in its tasks and its requirements', () => {
    // PostgreSQL stands in the second half of the list, but the tasks name it too.
    expect(priorityOf(requirements, 'PostgreSQL')).toBe('CRITICAL');
  });

  it('keeps soft skills below CRITICAL unless the job says they are a must', () => {
    expect(priorityOf(requirements, 'Communication')).toBe('IMPORTANT');
    const strict = extractRequirements({
      jobText: 'Requirements\n- Must possess excellent communication skills',
    }).requirements;
    expect(priorityOf(strict, 'Communication')).toBe('CRITICAL');
  });

  it('makes every ask under a "Must have" heading CRITICAL', () => {
    const items = ['Go', 'gRPC', 'Redis', 'Terraform', 'Jenkins', 'Linux'];
    const { requirements: musts } = extractRequirements({
      jobText: `Must have\n${items.map((item) => `- Experience with ${item}`).join('\n')}`,
    });
    expect(musts.map((requirement) => requirement.priority)).toEqual(items.map(() => 'CRITICAL'));
  });

  it('makes a skill the job title names CRITICAL wherever it is asked', () => {
    const { requirements: java } = extractRequirements({
      title: 'Java Developer',
      jobText:
        'Requirements\n- Experience with Spring\n- Experience with Maven\n- Experience with Docker\n- Experience with Jenkins\n- Experience with Java',
    });
    expect(priorityOf(java, 'Java')).toBe('CRITICAL');
    expect(priorityOf(java, 'Jenkins')).toBe('IMPORTANT');
  });
});

describe('what a task implies', () => {
  const { requirements } = extractRequirements({
    jobText: [
      'Responsibilities',
      '- Work with third parties to assess partnerships',
      '- Set pricing to meet revenue goals',
      '- Build new features in React and TypeScript',
      '- Design REST APIs for partners',
    ].join('\n'),
  });

  it('keeps a technology a task names IMPORTANT', () => {
    expect(priorityOf(requirements, 'React')).toBe('IMPORTANT');
    expect(priorityOf(requirements, 'REST APIs')).toBe('IMPORTANT');
  });

  it('makes a business practice a task names a nice-to-have', () => {
    expect(priorityOf(requirements, 'Partnerships')).toBe('NICE_TO_HAVE');
    expect(priorityOf(requirements, 'Pricing Strategy')).toBe('NICE_TO_HAVE');
  });
});

describe('leadingMusts', () => {
  it('keeps short lists whole and halves longer ones', () => {
    expect([1, 2, 3, 4, 5, 8, 9].map(leadingMusts)).toEqual([1, 2, 3, 2, 3, 4, 5]);
  });
});

describe('weighRepeatedAsks', () => {
  const draft = (
    partial: Partial<RequirementDraft> & Pick<RequirementDraft, 'keywords'>,
  ): RequirementDraft => ({
    text: partial.keywords.join(', '),
    kind: 'skill',
    priority: 'IMPORTANT',
    order: 0,
    itemNumber: 0,
    section: 'requirements',
    ...partial,
  });

  it('does not raise a nice-to-have or a task, however often it is named', () => {
    const drafts = [
      draft({ keywords: ['Kafka'], itemNumber: 1, priority: 'NICE_TO_HAVE', section: 'nice-to-have' }),
      draft({ keywords: ['Kafka'], itemNumber: 2, section: 'responsibilities' }),
      draft({ keywords: ['Kafka'], itemNumber: 3, section: 'responsibilities' }),
    ];
    expect(weighRepeatedAsks(drafts).map((d) => d.priority)).toEqual([
      'NICE_TO_HAVE',
      'IMPORTANT',
      'IMPORTANT',
    ]);
  });

  it('does not count two skills of one item as repetition', () => {
    const drafts = [draft({ keywords: ['Go'], itemNumber: 4 }), draft({ keywords: ['Go'], itemNumber: 4 })];
    expect(weighRepeatedAsks(drafts).map((d) => d.priority)).toEqual(['IMPORTANT', 'IMPORTANT']);
  });
});

describe('inline headings', () => {
  it('opens a nice-to-have section at "Additional Experience (Not Required):"', () => {
    const text =
      'Required Experience Must have five years of Linux administration and shell scripting in production environments. Secret clearance Additional Experience (Not Required): Security & Networking: IPv4, IPv6, tcpdump, PKI, SSL.';
    const kinds = splitJobSections(text).map((section) => section.kind);
    expect(kinds).toContain('nice-to-have');
  });

  it('reads "Must have -" and "Nice To Haves -" left as sentences of a flattened posting as headings', () => {
    const text =
      'What You Need for this Position Must have - Experience in Test Driven Development - Knowledge of Agile practices. Nice To Haves - Experience with Docker - Experience with Drupal.';
    const { requirements } = extractRequirements({ jobText: text });
    expect(priorityOf(requirements, 'Test-Driven Development')).toBe('CRITICAL');
    expect(priorityOf(requirements, 'Docker')).toBe('NICE_TO_HAVE');
    expect(priorityOf(requirements, 'Drupal')).toBe('NICE_TO_HAVE');
  });
});

describe('a cue in brackets at the end of an item', () => {
  const { requirements } = extractRequirements({
    jobText: `Platform Engineer

Requirements
- Experience with Docker
- Experience with Ansible
- Experience with Jenkins
- Production experience with Kafka (required)
- Production experience with Elixir (required)
- Experience with Vault (preferred)`,
  });

  it('makes the whole item firm or optional, wherever it stands in the list', () => {
    expect(priorityOf(requirements, 'Apache Kafka')).toBe('CRITICAL');
    expect(priorityOf(requirements, 'Elixir')).toBe('CRITICAL');
    expect(priorityOf(requirements, 'Vault')).toBe('NICE_TO_HAVE');
  });

  it('is not shown as part of the ask', () => {
    const kafka = requirements.find((requirement) => requirement.keywords.includes('Apache Kafka'));
    expect(kafka?.text).toBe('Production experience with Kafka');
  });
});
