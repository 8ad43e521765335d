import { describe, expect, it } from 'vitest';
import type { Resume } from '../../domain/index.js';
import { resumeToMarkdown } from './resume-markdown.js';
import { ADDITIONAL_EXPERIENCE, tailorResume } from './tailor-resume.js';

const resume: Resume = {
  basics: { name: 'Jane Doe' },
  work: [
    { name: 'Acme', position: 'Engineer', startDate: '2020', highlights: ['Built the payments API'] },
    { name: 'Globex', position: 'Developer' },
  ],
  projects: [{ name: 'Side project', highlights: [] }],
  skills: [{ name: 'Languages', keywords: ['TypeScript', 'Go'] }],
};

describe('tailorResume', () => {
  it('places each bullet in the entry its answer was about and adds only new skills', () => {
    const tailored = tailorResume(resume, [
      { text: 'Moved 12 services to Kubernetes', workIndex: 1, skills: ['Kubernetes', 'typescript'] },
      { text: 'Wrote a Kafka consumer', projectIndex: 0, skills: ['Kafka', 'kubernetes'] },
    ]);
    expect(tailored.work?.[1]?.highlights).toEqual(['Moved 12 services to Kubernetes']);
    expect(tailored.projects?.[0]?.highlights).toEqual(['Wrote a Kafka consumer']);
    expect(tailored.skills?.at(-1)).toEqual({ name: 'Additional skills', keywords: ['Kubernetes', 'Kafka'] });
    // The original is untouched.
    expect(resume.work?.[1]?.highlights).toBeUndefined();
  });

  it('puts bullets that name no CV entry under "Additional experience"', () => {
    const tailored = tailorResume(resume, [{ text: 'Ran a community meetup', skills: [] }]);
    expect(tailored.work?.at(-1)).toEqual({
      name: ADDITIONAL_EXPERIENCE,
      highlights: ['Ran a community meetup'],
    });
    expect(tailored.skills).toEqual(resume.skills);
    expect(resumeToMarkdown(tailored)).toContain(`### ${ADDITIONAL_EXPERIENCE}\n\n- Ran a community meetup`);
  });

  it('renders the CV as Markdown with experience, projects and skills', () => {
    const markdown = resumeToMarkdown(resume);
    expect(markdown).toContain('# Jane Doe');
    expect(markdown).toContain('### Engineer · Acme (2020 – present)');
    expect(markdown).toContain('- Built the payments API');
    expect(markdown).toContain('## Projects');
    expect(markdown).toContain('- **Languages**: TypeScript, Go');
  });
});
