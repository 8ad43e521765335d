import { describe, expect, it } from 'vitest';
import { splitJobSections } from './job-sections.js';
import { classifySectionHeading } from './section-kind.js';

const kinds = (text: string) =>
  splitJobSections(text).map((section) => [section.heading ?? '', section.kind]);

describe('classifySectionHeading', () => {
  it.each([
    ['Requirements', 'requirements'],
    ['Must have', 'requirements'],
    ['Minimum qualifications', 'requirements'],
    ['Basic Qualifications', 'requirements'],
    ["What we're looking for", 'requirements'],
    ['What you bring', 'requirements'],
    ['You have', 'requirements'],
    ['Skills', 'requirements'],
    ['About you', 'requirements'],
    ['Preferred qualifications', 'nice-to-have'],
    ['Nice to have', 'nice-to-have'],
    ['Bonus points', 'nice-to-have'],
    ['Desirable', 'nice-to-have'],
    ["What you'll do", 'responsibilities'],
    ['Essential Duties and Responsibilities', 'responsibilities'],
    ['About us', 'boilerplate'],
    ['Benefits & Perks', 'boilerplate'],
    ['What we offer', 'boilerplate'],
    ['Equal Opportunity Employer', 'boilerplate'],
    ['How to apply', 'boilerplate'],
    ['Anforderungen', 'requirements'],
    ['Ihr Profil', 'requirements'],
    ['Muss-Kriterien', 'requirements'],
    ['Wünschenswert', 'nice-to-have'],
    ['Wir bieten', 'boilerplate'],
    ['Deine Aufgaben', 'responsibilities'],
    ['Job Description', 'general'],
  ])('reads "%s" as %s', (heading, kind) => {
    expect(classifySectionHeading(heading)).toBe(kind);
  });

  it('gives no kind to a heading without a cue', () => {
    expect(classifySectionHeading('Tech stack')).toBeUndefined();
  });
});

describe('splitJobSections', () => {
  it('recognises Markdown, bold, ALL CAPS, colon and plain headings', () => {
    const text = [
      '## Responsibilities',
      '- Build APIs',
      '**Requirements**',
      '- Python',
      'NICE TO HAVE',
      '- Go',
      'Benefits:',
      '- Free lunch',
      'How to Apply',
      'Send us your CV.',
    ].join('\n');
    expect(kinds(text)).toEqual([
      ['Responsibilities', 'responsibilities'],
      ['Requirements', 'requirements'],
      ['NICE TO HAVE', 'nice-to-have'],
      ['Benefits', 'boilerplate'],
      ['How to Apply', 'boilerplate'],
    ]);
  });

  it('lets a cue-less sub-heading inherit its section, but not explicit markup', () => {
    const text = ['Requirements:', 'Backend:', '- Go', '## Tech stack', '- Kafka'].join('\n');
    expect(kinds(text)).toEqual([
      ['Requirements', 'requirements'],
      ['Backend', 'requirements'],
      ['Tech stack', 'general'],
    ]);
  });

  it('joins lines wrapped by a PDF and undoes hyphenation', () => {
    const text = [
      'Requirements',
      '• Develop features using frameworks like React.js, Vue.js, or Angu-',
      'lar.js.',
      '• Knowledge of relational databases and',
      'ORM tools.',
      '1',
      '• Experience with Git.',
    ].join('\n');
    const [section] = splitJobSections(text);
    expect(section?.items.map((item) => item.text)).toEqual([
      'Develop features using frameworks like React.js, Vue.js, or Angular.js.',
      'Knowledge of relational databases and ORM tools.',
      'Experience with Git.',
    ]);
  });

  it('splits prose into sentences without breaking at abbreviations or dotted names', () => {
    const [section] = splitJobSections(
      'We use Node.js, e.g. for APIs. You know .NET well. Ideally you know Go.',
    );
    expect(section?.items.map((item) => item.text)).toEqual([
      'We use Node.js, e.g. for APIs.',
      'You know .NET well.',
      'Ideally you know Go.',
    ]);
  });

  it('finds section headings pasted inside one long paragraph', () => {
    const text =
      'Primary Purpose: Development of software built on the Microsoft stack for our many internal customers and partners. ' +
      'Essential Duties and Responsibilities: Design, develop and test software applications and maintain existing systems. ' +
      'Minimum Skills and Competencies: 5+ years of experience in C# and SQL Server.';
    expect(kinds(text)).toEqual([
      ['Primary Purpose', 'general'],
      ['Essential Duties and Responsibilities', 'responsibilities'],
      ['Minimum Skills and Competencies', 'requirements'],
    ]);
  });

  it('reads "Requirements: Python, Docker" as a heading with its first item', () => {
    const [section] = splitJobSections('Requirements: Python and Docker.');
    expect(section).toEqual({
      heading: 'Requirements',
      kind: 'requirements',
      items: [{ text: 'Python and Docker.', listed: false }],
    });
  });
});
