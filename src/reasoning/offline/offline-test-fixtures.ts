import type { AnswerTurn, CvDocument, Gap, Requirement, Resume } from '../../domain/index.js';

/**
 * Small CVs and gaps written for the offline engine's tests (never real candidates' data).
 * Kept beside the tests so each test file builds the same candidate.
 */
export const BACKEND_RESUME: Resume = {
  basics: {
    name: 'Dana Example',
    label: 'Backend Engineer',
    summary: 'Backend engineer who likes boring, reliable systems.',
  },
  work: [
    {
      name: 'Acme Payments',
      position: 'Backend Engineer',
      startDate: '2021-03',
      highlights: [
        'Built the payments API in Node.js and PostgreSQL for 40 merchants',
        'Ran the service on AWS EC2 behind a load balancer',
      ],
    },
    {
      name: 'Globex',
      position: 'Junior Developer',
      startDate: '2018-01',
      endDate: '2021-02',
      highlights: ['Maintained internal reporting tools in Python'],
    },
  ],
  projects: [{ name: 'Shelf', description: 'A book tracking app written in React' }],
  skills: [{ name: 'Backend', keywords: ['Node.js', 'PostgreSQL', 'Python', 'Docker'] }],
};

/** The CV as ingest would hand it over: the resume plus its plain text. */
export function cvOf(resume: Resume = BACKEND_RESUME): CvDocument {
  const lines: string[] = [];
  if (resume.basics?.name) lines.push(resume.basics.name);
  if (resume.basics?.label) lines.push(resume.basics.label);
  if (resume.basics?.summary) lines.push(resume.basics.summary);
  for (const work of resume.work ?? []) {
    lines.push(
      `${work.position ?? ''} — ${work.name ?? ''} (${work.startDate ?? ''} – ${work.endDate ?? 'present'})`,
    );
    for (const highlight of work.highlights ?? []) lines.push(`- ${highlight}`);
  }
  for (const project of resume.projects ?? [])
    lines.push(`${project.name ?? ''}: ${project.description ?? ''}`);
  for (const skill of resume.skills ?? [])
    lines.push(`${skill.name ?? 'Skills'}: ${(skill.keywords ?? []).join(', ')}`);
  return { sourceType: 'json-resume', resume, plainText: lines.join('\n') };
}

/** A requirement with sensible defaults. */
export function requirementOf(partial: Partial<Requirement> & Pick<Requirement, 'id' | 'text'>): Requirement {
  return { kind: 'skill', priority: 'CRITICAL', keywords: [], ...partial };
}

/** The serverless gap of the backend CV: AWS is shown at Acme Payments (EC2), Lambda is not. */
export const LAMBDA_GAP: Gap = {
  id: 'req-3',
  requirement: requirementOf({
    id: 'req-3',
    text: 'Hands-on experience with AWS Lambda or other serverless platforms',
    keywords: ['AWS Lambda'],
  }),
  status: 'missing',
  coverage: 0.2,
  evidence: [
    {
      requirementId: 'req-3',
      section: 'work',
      entryIndex: 0,
      entryName: 'Acme Payments',
      quote: 'Ran the service on AWS EC2 behind a load balancer',
      matched: 'Amazon Web Services',
      strength: 'weak',
      score: 0.2,
    },
  ],
  reason: 'AWS Lambda is never mentioned; AWS is.',
};

/** A gap with no related experience anywhere in the backend CV. */
export const RUST_GAP: Gap = {
  id: 'req-7',
  requirement: requirementOf({
    id: 'req-7',
    text: 'Rust for systems programming',
    keywords: ['Rust'],
    priority: 'NICE_TO_HAVE',
  }),
  status: 'missing',
  coverage: 0,
  evidence: [],
  reason: 'Rust is never mentioned.',
};

/** A complete STAR answer about AWS Lambda. */
export const STRONG_LAMBDA_ANSWER =
  'At Acme Payments our refund exports were slow and ran on one EC2 box. I designed and built a serverless export pipeline on AWS Lambda and S3 that processes 2M records a day. I led two engineers on the rollout. It cut export time from 40 minutes to 3 minutes and reduced hosting costs by 35%.';

/** A vague answer: names the skill, nothing else. */
export const VAGUE_LAMBDA_ANSWER = 'Yes, we used Lambda a bit.';

/** One answer turn to the main question. */
export function turn(answer: string, prompt = 'the question'): AnswerTurn {
  return { prompt, answer };
}
