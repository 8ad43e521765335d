import { describe, expect, it } from 'vitest';
import { getSkillTaxonomy } from './index.js';
import type { SkillRow } from './skill-row.js';
import { buildSkillTaxonomy } from './skill-taxonomy.js';

const taxonomy = getSkillTaxonomy();
const found = (text: string) => taxonomy.findMentions(text).map((mention) => mention.skill.name);
const surfaces = (text: string) => taxonomy.findMentions(text).map((mention) => mention.surface);

describe('get', () => {
  it.each([
    ['k8s', 'Kubernetes'],
    ['JS', 'JavaScript'],
    ['Postgres', 'PostgreSQL'],
    ['psql', 'PostgreSQL'],
    ['.NET', '.NET'],
    ['dotnet', '.NET'],
    ['C#', 'C#'],
    ['csharp', 'C#'],
    ['C++', 'C++'],
    ['cpp', 'C++'],
    ['Node', 'Node.js'],
    ['Node.js', 'Node.js'],
    ['nodejs', 'Node.js'],
    ['node js', 'Node.js'],
    ['React.js', 'React'],
    ['ReactJS', 'React'],
    ['GCP', 'Google Cloud Platform'],
    ['Google Cloud', 'Google Cloud Platform'],
    ['ML', 'Machine Learning'],
    ['ci/cd', 'CI/CD'],
    ['CICD', 'CI/CD'],
    ['A/B testing', 'A/B Testing'],
    ['scikit learn', 'scikit-learn'],
    ['golang', 'Go'],
    ['Englisch', 'English'],
    ['Projektmanagement', 'Project Management'],
    ['maschinelles Lernen', 'Machine Learning'],
    ['PMP', 'PMP'],
    ['Scrum Master', 'Certified ScrumMaster'],
  ])('resolves %s to %s', (alias, name) => {
    expect(taxonomy.get(alias)?.name).toBe(name);
  });

  it('ignores case, spacing and punctuation variants', () => {
    expect(taxonomy.get('  KUBERNETES ')?.name).toBe('Kubernetes');
    expect(taxonomy.get('Vue.JS')?.name).toBe('Vue.js');
    expect(taxonomy.get('Objective C')?.name).toBe('Objective-C');
  });

  it('returns undefined for unknown names and for blocker phrases', () => {
    expect(taxonomy.get('underwater basket weaving')).toBeUndefined();
    expect(taxonomy.get('C-level')).toBeUndefined();
    expect(taxonomy.get('')).toBeUndefined();
  });
});

describe('findMentions', () => {
  it('finds mentions in text order with offsets and surfaces', () => {
    const text = 'Deployed Node.js services on k8s with Postgres.';
    const mentions = taxonomy.findMentions(text);
    expect(mentions.map((mention) => mention.skill.name)).toEqual(['Node.js', 'Kubernetes', 'PostgreSQL']);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.surface);
  });

  it('prefers the longest alias', () => {
    expect(found('Spring Boot and Amazon Web Services Lambda')).toEqual([
      'Spring Boot',
      'Amazon Web Services',
      'AWS Lambda',
    ]);
    expect(found('Ruby on Rails')).toEqual(['Ruby on Rails']);
    expect(found('Microsoft Excel')).toEqual(['Microsoft Excel']);
  });

  it('respects word boundaries', () => {
    expect(found('JavaScript')).toEqual(['JavaScript']);
    expect(found('Javanese cuisine')).toEqual([]);
    expect(found('TypeScript')).toEqual(['TypeScript']);
    expect(found('Gorgeous Rusty Expressions')).toEqual([]);
  });

  it('handles punctuation inside skill names', () => {
    expect(surfaces('C++, C#, .NET, Node.js, CI/CD, A/B testing, scikit-learn, ASP.NET Core')).toEqual([
      'C++',
      'C#',
      '.NET',
      'Node.js',
      'CI/CD',
      'A/B testing',
      'scikit-learn',
      'ASP.NET Core',
    ]);
    expect(found('C++, C#, .NET')).toEqual(['C++', 'C#', '.NET']);
  });

  it('reads German compounds joined with hyphens', () => {
    expect(found('Python\u2011Kenntnisse und CI/CD\u2011Pipelines mit GitHub Actions')).toEqual([
      'Python',
      'CI/CD',
      'GitHub Actions',
    ]);
  });

  it('finds soft skills, certifications and spoken languages', () => {
    expect(
      found(
        'Strong communication skills, a team player, fluent in German and French. PMP and CISSP certified.',
      ),
    ).toEqual(['Communication', 'Teamwork', 'German', 'French', 'PMP', 'CISSP']);
  });

  it('does not report skills inside URLs or e-mail addresses', () => {
    expect(found('Portfolio: https://github.io/my-react-app.js — contact: java@example.com')).toEqual([]);
  });
});

describe('ambiguous words', () => {
  it.each([
    ['Languages: Java, Go, Python', 'Go'],
    ['Backend services written in Go.', 'Go'],
    ['experience as a Go developer', 'Go'],
    ['Go-Kenntnisse sind ein Plus', 'Go'],
    ['Statistical analysis in R and Python', 'R'],
    ['R programming for reporting', 'R'],
    ['C programming on microcontrollers', 'C'],
    ['Languages: C, C++ and Python', 'C'],
    ['Apps built with Swift and SwiftUI', 'Swift'],
    ['Systems code in Rust for the storage layer', 'Rust'],
    ['Advanced Excel and Power BI', 'Microsoft Excel'],
    ['Java, Spring and Hibernate', 'Spring Framework'],
    ['REST APIs with Express and Node.js', 'Express.js'],
    ['Mobile apps with Flutter and Dart', 'Dart'],
    ['Scripts in Ruby and Python', 'Ruby'],
    ['Word, Excel and PowerPoint', 'Microsoft Word'],
    ['Configuration management with Chef, Ansible', 'Configuration Management'],
    ['Experience with MySQL Hibernate Java Spring Jenkins Git', 'Spring Framework'],
    ['Skills: SOLID principles, clean code', 'Design Patterns'],
  ])('accepts the tech sense: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    'We go to market next spring.',
    'Please express interest by email.',
    'I joined in Spring 2020 as an intern.',
    'Spring 2021: graduated with honours.',
    'The less you say, the more you hear.',
    'Make sure to excel at what you do.',
    'Let us go further together.',
    'Go beyond what is asked.',
    'She was a C-level executive in Washington D.C.',
    'John C. Smith reported to the board.',
    'Rust on the old bridge.',
    'A swift response to every customer.',
    'The dart hit the board.',
    'Your word matters to us.',
    'Access to the building is free.',
    'Ruby was the team lead.',
    'We offer health insurance and a lean onboarding.',
    'SAP go-live support and Java go further.',
    'You bring solid experience and a mobile phone.',
  ])('ignores everyday English: %s', (text) => {
    const names = found(text);
    for (const ambiguous of [
      'Go',
      'Spring Framework',
      'Express.js',
      'Less',
      'Microsoft Excel',
      'C',
      'R',
      'Rust',
      'Swift',
      'Dart',
      'Microsoft Word',
      'Microsoft Access',
      'Ruby',
      'Insurance',
      'Lean',
    ]) {
      expect(names).not.toContain(ambiguous);
    }
  });

  it('does not turn product names into plurals or city names into skills', () => {
    expect(found('Canvas and storage in San Francisco, Palo Alto.')).toEqual([]);
    expect(found('Built microservices and data pipelines')).toEqual(['Microservices', 'Data Pipelines']);
  });

  it('reads go-to-market as the business skill, not Go', () => {
    expect(found('Go-to-market planning and go to market execution')).toEqual([
      'Go-to-Market Strategy',
      'Go-to-Market Strategy',
    ]);
  });
});

describe('related', () => {
  it('links neighbours both ways', () => {
    const pairs: Array<[string, string]> = [
      ['Serverless', 'AWS Lambda'],
      ['React', 'Next.js'],
      ['Docker', 'Kubernetes'],
      ['PostgreSQL', 'MySQL'],
      ['PostgreSQL', 'SQL'],
      ['MySQL', 'SQL'],
      ['TypeScript', 'JavaScript'],
      ['Spring Boot', 'Java'],
      ['PyTorch', 'TensorFlow'],
    ];
    for (const [a, b] of pairs) {
      expect(taxonomy.related(a).map((skill) => skill.name)).toContain(b);
      expect(taxonomy.related(b).map((skill) => skill.name)).toContain(a);
    }
  });

  it('accepts aliases and returns nothing for unknown names', () => {
    expect(taxonomy.related('k8s').map((skill) => skill.name)).toContain('Docker');
    expect(taxonomy.related('no such skill')).toEqual([]);
  });
});

describe('buildSkillTaxonomy', () => {
  it('reports an alias that names two skills', () => {
    const rows: SkillRow[] = [
      ['Alpha', 'tool', ['al'], []],
      ['Beta', 'tool', ['AL'], []],
    ];
    expect(buildSkillTaxonomy(rows).problems).toEqual(['alias key "al" of "Beta" already names "Alpha"']);
  });

  it('reports a related name that is not a skill', () => {
    const rows: SkillRow[] = [['Alpha', 'tool', [], ['Gamma']]];
    expect(buildSkillTaxonomy(rows).problems).toEqual(['"Alpha": related "Gamma" is not a skill']);
  });

  it('lets blocker phrases hide a skill inside them', () => {
    const { taxonomy: small } = buildSkillTaxonomy([['Alpha', 'tool', [], []]], ['alpha male']);
    expect(small.findMentions('alpha male, Alpha').map((mention) => mention.surface)).toEqual(['Alpha']);
  });

  it('builds the shared taxonomy once', () => {
    expect(getSkillTaxonomy()).toBe(taxonomy);
  });
});
