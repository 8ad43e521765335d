import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../test/support/make-docx.js';
import { GapwiseError } from '../errors/index.js';
import { readJob } from './read-job.js';

const encode = (text: string) => new TextEncoder().encode(text);

describe('readJob', () => {
  it('turns a JSON Resume job into text with headings the requirement extractor can read', async () => {
    const job = await readJob({
      bytes: encode(
        JSON.stringify({
          title: 'Web Developer',
          company: 'Microsoft',
          description: 'Build web applications.',
          responsibilities: ['Develop and maintain web applications'],
          qualifications: ['3+ years of experience in web development'],
          skills: [{ name: 'Web Development', level: 'Master', keywords: ['HTML', 'CSS'] }],
        }),
      ),
    });
    expect(job).toMatchObject({ title: 'Web Developer', company: 'Microsoft', sourceType: 'json' });
    expect(job.text).toBe(
      [
        'Web Developer at Microsoft',
        '',
        'Description',
        'Build web applications.',
        '',
        'Responsibilities',
        '- Develop and maintain web applications',
        '',
        'Qualifications',
        '- 3+ years of experience in web development',
        '',
        'Skills',
        '- Web Development (Master): HTML, CSS',
      ].join('\n'),
    );
  });

  it('reads Markdown and plain text, taking the first line as the title', async () => {
    const markdown = await readJob({ bytes: encode('# Senior Go Engineer\n\n## Requirements\n- Go\n') });
    expect(markdown).toMatchObject({ title: 'Senior Go Engineer', sourceType: 'markdown' });
    const text = await readJob({ bytes: encode('Data Analyst\r\n\r\nMust have SQL.') });
    expect(text).toEqual({
      title: 'Data Analyst',
      text: 'Data Analyst\n\nMust have SQL.',
      sourceType: 'text',
    });
  });

  it('reads a DOCX posting', async () => {
    const job = await readJob({
      bytes: makeDocx({ paragraphs: ['Backend Engineer', 'Requirements', '- Kubernetes'] }),
    });
    expect(job.sourceType).toBe('docx');
    expect(job.text).toBe('Backend Engineer\nRequirements\n• Kubernetes');
  });

  it('rejects an empty posting with EMPTY_DOCUMENT', async () => {
    await expect(readJob({ bytes: encode('   \n  ') })).rejects.toMatchObject({ code: 'EMPTY_DOCUMENT' });
    await expect(readJob({ bytes: encode('{"title": "  "}') })).rejects.toBeInstanceOf(GapwiseError);
  });

  it('rejects JSON that is not a job with JOB_UNREADABLE', async () => {
    await expect(readJob({ bytes: encode('{"basics": {}}') })).rejects.toMatchObject({
      code: 'JOB_UNREADABLE',
    });
  });
});

describe('readJob titles', () => {
  it('drops a "Job Description:" prefix and gender markers from the title', async () => {
    const job = await readJob({
      bytes: encode('Stellenbeschreibung: Senior Backend Engineer (m/w/d)\n\nAufgaben'),
    });
    expect(job.title).toBe('Senior Backend Engineer');
  });
});
