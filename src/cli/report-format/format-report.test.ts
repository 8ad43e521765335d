import { describe, expect, it } from 'vitest';
import { type GapReport, GapReportSchema } from '../../domain/index.js';
import { formatReport } from './format-report.js';

const report: GapReport = {
  matchScore: 61,
  jobTitle: 'Backend Engineer',
  requirements: [
    {
      requirement: {
        id: 'req-1',
        text: 'Node.js | TypeScript',
        kind: 'skill',
        priority: 'CRITICAL',
        keywords: ['Node.js'],
      },
      evidence: [
        {
          requirementId: 'req-1',
          section: 'work',
          entryName: 'Acme',
          quote: 'Built the payments API in Node.js',
          matched: 'Node.js',
          strength: 'strong',
          score: 1,
        },
      ],
      coverage: 1,
      explanation: 'Node.js is shown in your recent role at Acme: "Built the payments API in Node.js".',
    },
    {
      requirement: {
        id: 'req-2',
        text: 'Kubernetes',
        kind: 'skill',
        priority: 'IMPORTANT',
        keywords: ['Kubernetes'],
      },
      evidence: [],
      coverage: 0,
      explanation: 'Kubernetes is not mentioned in your CV.',
    },
  ],
  gaps: [
    {
      id: 'req-2',
      requirement: {
        id: 'req-2',
        text: 'Kubernetes',
        kind: 'skill',
        priority: 'IMPORTANT',
        keywords: ['Kubernetes'],
      },
      status: 'missing',
      coverage: 0,
      evidence: [],
      reason: 'Kubernetes is not mentioned anywhere in your CV.',
    },
  ],
};

describe('formatReport', () => {
  it('renders a table with the score, each requirement with its evidence, and the gaps', () => {
    const text = formatReport(report, 'table', { company: 'Acme Health', width: 100 });
    expect(text).toContain('Gap report: Backend Engineer — Acme Health');
    expect(text).toMatch(/Match score\s+61\/100/);
    expect(text).toMatch(/CRITICAL\s+100%\s+Node\.js \| TypeScript/);
    expect(text.replace(/\s+/g, ' ')).toContain('"Built the payments API in Node.js"');
    expect(text).toMatch(/1\.\s+IMPORTANT\s+missing\s+Kubernetes/);
  });

  it('wraps long lines to the terminal width', () => {
    const long = {
      ...report,
      requirements: [{ ...report.requirements[1]!, explanation: 'word '.repeat(60) }],
    };
    const lines = formatReport(long, 'table', { width: 70 }).split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(70);
  });

  it('renders Markdown with a requirements table that escapes pipes, and a numbered gap list', () => {
    const markdown = formatReport(report, 'markdown');
    expect(markdown).toMatch(/^# Gap report: Backend Engineer\n/);
    expect(markdown).toContain(
      '| CRITICAL | Node.js \\| TypeScript | 100% | “Built the payments API in Node.js” |',
    );
    expect(markdown).toContain(
      '1. **IMPORTANT** — Kubernetes (missing, 0%): Kubernetes is not mentioned anywhere in your CV.',
    );
  });

  it('renders JSON that parses back into the same GapReport', () => {
    expect(GapReportSchema.parse(JSON.parse(formatReport(report, 'json')))).toEqual(report);
  });

  it('says so when the job had no requirements', () => {
    const empty = { ...report, matchScore: 0, requirements: [], gaps: [] };
    expect(formatReport(empty, 'table')).toContain('No requirements were found in the job description');
    expect(formatReport(empty, 'markdown')).toContain('No requirements were found in the job description');
  });
});
