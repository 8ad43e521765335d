import { describe, expect, it } from 'vitest';
import { parseCvText } from './parse-cv-text.js';

const MARKDOWN_CV = `# Jane Smith

jane.smith@example.org · +1 415 555 0100 · [GitHub](https://github.com/janesmith) · linkedin.com/in/janesmith

## Profile
Backend engineer with 8 years of experience building payment systems.

## Work Experience

### Senior Backend Engineer, Stripe — Jan 2020 – Present
- Designed an idempotent payments API in Go handling 5k requests per second
- Led the migration from MySQL to PostgreSQL

### Software Engineer, Acme GmbH — 03/2016 - 12/2019
- Built internal tooling in Python
- Introduced CI with GitHub Actions

## Education
**M.Sc. in Computer Science**, Technical University of Munich, 2014 – 2016

## Technical Skills
- Languages: Go, Python, TypeScript
- Data: PostgreSQL | Redis | Kafka

## Certifications
- AWS Certified Solutions Architect – Associate (2021)

## Languages
English (native), German (C1)
`;

const PLAIN_CV = `JOHN PUBLIC
Data Analyst
john.public@mail.com | (555) 123-4567

SUMMARY
Analyst who turns messy data into decisions.

PROFESSIONAL EXPERIENCE
Data Analyst, Northwind Traders\tJune 2021 - Present
• Built weekly revenue dashboards in Tableau used by 40 managers
• Automated reporting with SQL and Python, saving 6 hours a week

Junior Analyst
Contoso Ltd\t2019 - 2021
• Cleaned and joined CRM exports in Excel

EDUCATION
Bachelor of Arts in Economics
University of Leeds\t2015 - 2019

SKILLS
SQL, Python (pandas), Tableau, Excel, Power BI

PROJECTS
Churn Model\t2020
• Predicted customer churn with logistic regression

INTERESTS
Chess, cycling
`;

const GERMAN_CV = `Erika Musterfrau

BERUFSERFAHRUNG
Softwareentwicklerin, Beispiel GmbH\tSeit 2018
- Entwicklung von Microservices mit Java und Spring Boot

AUSBILDUNG
B.Sc. Informatik, Universität Stuttgart, 2014 - 2018

KENNTNISSE
Java, Spring Boot, Docker

SPRACHEN
Deutsch (Muttersprache), Englisch (fließend)
`;

describe('parseCvText', () => {
  it('reads a Markdown CV: basics, work with dates and bullets, education, skills, certificates, languages', () => {
    const resume = parseCvText(MARKDOWN_CV);
    expect(resume.basics).toMatchObject({
      name: 'Jane Smith',
      email: 'jane.smith@example.org',
      summary: 'Backend engineer with 8 years of experience building payment systems.',
    });
    expect(resume.basics?.profiles?.map((profile) => profile.network)).toEqual(['LinkedIn', 'GitHub']);
    expect(resume.work).toEqual([
      {
        name: 'Stripe',
        position: 'Senior Backend Engineer',
        startDate: '2020-01',
        highlights: [
          'Designed an idempotent payments API in Go handling 5k requests per second',
          'Led the migration from MySQL to PostgreSQL',
        ],
      },
      {
        name: 'Acme GmbH',
        position: 'Software Engineer',
        startDate: '2016-03',
        endDate: '2019-12',
        highlights: ['Built internal tooling in Python', 'Introduced CI with GitHub Actions'],
      },
    ]);
    expect(resume.education?.[0]).toMatchObject({
      institution: 'Technical University of Munich',
      studyType: 'M.Sc.',
      area: 'Computer Science',
      startDate: '2014',
      endDate: '2016',
    });
    expect(resume.skills).toEqual([
      { name: 'Languages', keywords: ['Go', 'Python', 'TypeScript'] },
      { name: 'Data', keywords: ['PostgreSQL', 'Redis', 'Kafka'] },
    ]);
    expect(resume.certificates).toEqual([
      { name: 'AWS Certified Solutions Architect – Associate', date: '2021' },
    ]);
    expect(resume.languages).toEqual([
      { language: 'English', fluency: 'native' },
      { language: 'German', fluency: 'C1' },
    ]);
  });

  it('reads a plain-text CV with ALL CAPS headings and titles above or beside employers', () => {
    const resume = parseCvText(PLAIN_CV);
    expect(resume.basics).toMatchObject({
      name: 'John Public',
      label: 'Data Analyst',
      email: 'john.public@mail.com',
      phone: '(555) 123-4567',
    });
    expect(resume.work).toMatchObject([
      { name: 'Northwind Traders', position: 'Data Analyst', startDate: '2021-06' },
      { name: 'Contoso Ltd', position: 'Junior Analyst', startDate: '2019', endDate: '2021' },
    ]);
    expect(resume.work?.[0]?.endDate).toBeUndefined();
    expect(resume.work?.[0]?.highlights).toHaveLength(2);
    expect(resume.education?.[0]).toMatchObject({
      institution: 'University of Leeds',
      studyType: 'Bachelor of Arts',
      area: 'Economics',
    });
    expect(resume.skills?.[0]?.keywords).toEqual(['SQL', 'Python', 'Tableau', 'Excel', 'Power BI']);
    expect(resume.projects?.[0]).toMatchObject({ name: 'Churn Model', startDate: '2020' });
    expect(resume.interests).toEqual([{ name: 'Chess' }, { name: 'cycling' }]);
  });

  it('reads German headings', () => {
    const resume = parseCvText(GERMAN_CV);
    expect(resume.basics?.name).toBe('Erika Musterfrau');
    expect(resume.work?.[0]).toMatchObject({
      name: 'Beispiel GmbH',
      position: 'Softwareentwicklerin',
      startDate: '2018',
    });
    expect(resume.education?.[0]).toMatchObject({
      studyType: 'B.Sc.',
      area: 'Informatik',
      institution: 'Universität Stuttgart',
    });
    expect(resume.skills?.[0]?.keywords).toEqual(['Java', 'Spring Boot', 'Docker']);
    expect(resume.languages?.map((language) => language.language)).toEqual(['Deutsch', 'Englisch']);
  });

  it('does not take a job title for a section heading', () => {
    const resume = parseCvText(
      'Sam Lee\n\nEXPERIENCE\nProject Manager, Initech\t2018 - 2020\n• Ran projects\n',
    );
    expect(resume.work?.[0]).toMatchObject({ position: 'Project Manager', name: 'Initech' });
    expect(resume.projects).toBeUndefined();
  });

  it('keeps a Markdown entry heading separated from its dates by a blank line', () => {
    const resume = parseCvText(
      '# Ada Kim\n\n## Experience\n\n### Staff Engineer — Borealis Energy\n\nMay 2020 – Present\n\n- Ran the grid API\n\n### Engineer — Quay Labs\n\nJan 2017 – Apr 2020\n\n- Built the billing service\n',
    );
    expect(resume.work?.map((entry) => [entry.position, entry.name])).toEqual([
      ['Staff Engineer', 'Borealis Energy'],
      ['Engineer', 'Quay Labs'],
    ]);
    expect(resume.work?.[0]?.highlights).toEqual(['Ran the grid API']);
  });

  it('returns an empty resume for text without structure rather than failing', () => {
    expect(parseCvText('just some words')).toEqual({ basics: {} });
  });
});
