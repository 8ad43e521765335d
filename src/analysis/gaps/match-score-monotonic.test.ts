import { describe, expect, it } from 'vitest';
import type { Resume } from '../../domain/index.js';
import { analyseGapsWith } from './analyse-gaps.js';
import { cvFrom, jobWith, requirement, TEST_NOW } from './test-documents.js';
import { createTestSkillLookup } from './test-skill-lookup.js';

const skills = createTestSkillLookup();

const job = jobWith(
  requirement({
    id: 'req-1',
    text: '5+ years with Node.js',
    keywords: ['Node.js'],
    minYears: 5,
    priority: 'CRITICAL',
  }),
  requirement({ id: 'req-2', text: 'TypeScript and PostgreSQL', keywords: ['TypeScript', 'PostgreSQL'] }),
  requirement({
    id: 'req-3',
    text: 'Kubernetes in production',
    keywords: ['Kubernetes'],
    priority: 'CRITICAL',
  }),
  requirement({
    id: 'req-4',
    text: 'Terraform or other IaC',
    keywords: ['Terraform'],
    priority: 'NICE_TO_HAVE',
  }),
  requirement({
    id: 'req-5',
    text: "Bachelor's degree in Computer Science",
    kind: 'education',
    keywords: [],
  }),
  requirement({ id: 'req-6', text: 'Fluent German', kind: 'language', keywords: ['German'] }),
  requirement({ id: 'req-7', text: '3+ years of professional experience', kind: 'experience', minYears: 3 }),
  requirement({
    id: 'req-8',
    text: 'AWS certification',
    kind: 'certification',
    keywords: ['Amazon Web Services'],
  }),
);

/** Ways to add evidence to a CV; none of them adds a negation. */
const additions: ((resume: Resume) => void)[] = [
  (resume) => resume.skills?.push({ name: 'Tools', keywords: ['Node.js', 'Kubernetes', 'Terraform'] }),
  (resume) =>
    resume.work?.push({
      name: 'Oldco',
      startDate: '2014-01',
      endDate: '2015-06',
      highlights: ['Node.js APIs'],
    }),
  (resume) =>
    resume.work?.push({ name: 'Newco', startDate: '2024-01', highlights: ['Node.js and TypeScript'] }),
  (resume) => resume.work?.push({ name: 'Dockerco', startDate: '2023-01', highlights: ['Docker images'] }),
  (resume) => resume.projects?.push({ name: 'Side project', description: 'A PostgreSQL extension' }),
  (resume) => resume.education?.push({ institution: 'Leeds', studyType: 'BSc', area: 'History' }),
  (resume) => resume.education?.push({ institution: 'York', studyType: 'MSc', area: 'Computer Science' }),
  (resume) => resume.languages?.push({ language: 'German', fluency: 'Basic' }),
  (resume) => resume.languages?.push({ language: 'Deutsch', fluency: 'fließend' }),
  (resume) => resume.certificates?.push({ name: 'AWS Certified Developer' }),
  (resume) =>
    resume.work?.push({
      name: 'Cloudco',
      startDate: '2019-01',
      endDate: '2023-12',
      highlights: ['Ran Kubernetes'],
    }),
];

/** A small deterministic PRNG (mulberry32), so a failing order can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function score(resume: Resume): number {
  return analyseGapsWith({ cv: cvFrom(resume), job, now: TEST_NOW, skills }).matchScore;
}

describe('match score', () => {
  it('never drops when evidence is added, in any order', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const order = [...additions].sort(() => next() - 0.5);
      const resume: Resume = {
        work: [],
        skills: [],
        projects: [],
        education: [],
        languages: [],
        certificates: [],
      };
      let previous = score(resume);
      for (const [step, add] of order.entries()) {
        add(resume);
        const current = score(resume);
        expect(current, `seed ${seed}, step ${step}`).toBeGreaterThanOrEqual(previous);
        previous = current;
      }
      expect(previous).toBeGreaterThan(70);
    }
  });
});
