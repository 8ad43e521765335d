import { describe, expect, it } from 'vitest';
import { isGapwiseError } from '../errors/index.js';
import { importJsonResume } from './json-resume-import.js';
import { resumeToPlainText } from './resume-plain-text.js';

function importError(value: unknown): unknown {
  try {
    importJsonResume(value);
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('importJsonResume', () => {
  it('keeps a v1.0.0 resume as it is and drops unknown keys', () => {
    const resume = importJsonResume({
      $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
      basics: {
        name: 'Richard Hendriks',
        url: 'http://example.com',
        profiles: [{ network: 'Twitter', username: 'rh' }],
      },
      work: [
        {
          name: 'Pied Piper',
          position: 'CEO',
          startDate: '2013-12-01',
          endDate: '2014-12-01',
          description: 'Compression company',
          highlights: ['Won Techcrunch Disrupt'],
        },
      ],
      skills: [{ name: 'Web Development', level: 'Master', keywords: ['HTML', 'CSS'] }],
      meta: { version: 'v1.0.0' },
    });
    expect(resume).toEqual({
      basics: {
        name: 'Richard Hendriks',
        url: 'http://example.com',
        profiles: [{ network: 'Twitter', username: 'rh' }],
      },
      work: [
        {
          name: 'Pied Piper',
          position: 'CEO',
          startDate: '2013-12-01',
          endDate: '2014-12-01',
          summary: 'Compression company',
          highlights: ['Won Techcrunch Disrupt'],
        },
      ],
      skills: [{ name: 'Web Development', level: 'Master', keywords: ['HTML', 'CSS'] }],
    });
  });

  it('maps the pre-1.0 schema: company, website, picture, gpa, bio and object-valued contacts', () => {
    const resume = importJsonResume({
      bio: {
        firstName: 'Carlos',
        lastName: 'Riera',
        email: { work: 'carlos@work.example', personal: 'carlos@home.example' },
        phone: { mobile: '+58 426 5131093' },
        summary: 'Fast learner.',
        website: 'http://1987cr.github.io',
        picture: 'me.png',
        location: { city: 'Caracas', countryCode: 'VE' },
        profiles: { github: 'carlos' },
      },
      work: [
        {
          company: 'Teravision',
          position: 'Developer',
          website: 'http://tera.example',
          startDate: '2017-05-01',
        },
      ],
      volunteer: [{ organization: 'CoderDojo', position: 'Teacher' }],
      education: [{ institution: 'UCV', area: 'Computer Science', studyType: 'Bachelor', gpa: '3.9' }],
      skills: [{ name: 'JavaScript', level: 'Advanced', keywords: ['React'] }],
      references: [{ name: 'Jane', reference: 'Great' }],
    });
    expect(resume.basics).toEqual({
      name: 'Carlos Riera',
      image: 'me.png',
      email: 'carlos@work.example',
      phone: '+58 426 5131093',
      url: 'http://1987cr.github.io',
      summary: 'Fast learner.',
      location: { city: 'Caracas', countryCode: 'VE' },
      profiles: [{ network: 'github', username: 'carlos' }],
    });
    expect(resume.work).toEqual([
      { name: 'Teravision', position: 'Developer', url: 'http://tera.example', startDate: '2017-05-01' },
    ]);
    expect(resume.education?.[0]).toMatchObject({
      area: 'Computer Science',
      studyType: 'Bachelor',
      score: '3.9',
    });
    expect(resume.skills?.[0]).toEqual({ name: 'JavaScript', level: 'Advanced', keywords: ['React'] });
    expect(resume).not.toHaveProperty('references');
  });

  it('maps basics.website and work[].company of a pre-1.0 basics block', () => {
    const resume = importJsonResume({
      basics: { name: 'Ada', website: 'https://ada.dev' },
      work: [{ company: 'Acme' }],
    });
    expect(resume.basics?.url).toBe('https://ada.dev');
    expect(resume.work?.[0]?.name).toBe('Acme');
  });

  it('rejects JSON that is not a resume, and text that is not JSON, with CV_UNREADABLE', () => {
    expect(isGapwiseError(importError({ title: 'Web Developer' }), 'CV_UNREADABLE')).toBe(true);
    expect(isGapwiseError(importError([1, 2, 3]), 'CV_UNREADABLE')).toBe(true);
    expect(isGapwiseError(importError('{"basics": '), 'CV_UNREADABLE')).toBe(true);
  });

  it('ignores values of the wrong type instead of passing them on', () => {
    const resume = importJsonResume({
      basics: { name: 42, email: ['x'] },
      work: [{ name: 'Acme', highlights: 'Led a team' }],
      skills: 'nope',
    });
    expect(resume.basics).toEqual({ name: '42' });
    expect(resume.work?.[0]?.highlights).toEqual(['Led a team']);
    expect(resume.skills).toBeUndefined();
  });
});

describe('resumeToPlainText', () => {
  it('writes the resume as readable text with section headings', () => {
    const text = resumeToPlainText({
      basics: { name: 'Ada Lovelace', email: 'ada@example.com', summary: 'Engineer.' },
      work: [{ name: 'Acme', position: 'Engineer', startDate: '2019-01', highlights: ['Built X'] }],
      skills: [{ name: 'Languages', keywords: ['Go', 'Python'] }],
    });
    expect(text).toBe(
      [
        'Ada Lovelace',
        'ada@example.com',
        '',
        'SUMMARY',
        'Engineer.',
        '',
        'EXPERIENCE',
        'Engineer | Acme | 2019-01 – Present',
        '• Built X',
        '',
        'SKILLS',
        'Languages: Go, Python',
      ].join('\n'),
    );
  });
});
