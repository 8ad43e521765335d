import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, runGapwiseCli } from '../../test/support/run-cli.js';
import { GapReportSchema } from '../domain/index.js';

/** Runs the real CLI in its own process, as a user would. */
function gapwise(...args: string[]): Promise<CliRun> {
  return runGapwiseCli(args);
}

const CV = `# Sam Rivera

Backend Engineer · sam@example.com

## Summary

Backend engineer with 7 years of experience building APIs in Node.js and TypeScript.

## Experience

### Senior Backend Engineer — Acme Payments

Jan 2021 – Present

- Built the payments API in Node.js and TypeScript on PostgreSQL
- Ran the settlement queue on Redis

### Software Engineer — Northwind

Jun 2017 – Dec 2020

- Wrote REST services in Java and Spring Boot

## Education

BSc Computer Science — University of Leeds, 2013 – 2017

## Skills

- Languages: TypeScript, JavaScript, Java
- Data: PostgreSQL, Redis
`;

const JOB = `# Senior Backend Engineer — Lumen Health

## Requirements

- 5+ years of professional experience in backend development
- Strong experience with Node.js and TypeScript
- Experience with PostgreSQL
- Hands-on experience with Kubernetes in production

## Nice to have

- Familiarity with Kafka
`;

let dir: string;
let cvPath: string;
let jobPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gapwise-cli-'));
  cvPath = join(dir, 'cv.md');
  jobPath = join(dir, 'job.md');
  await writeFile(cvPath, CV);
  await writeFile(jobPath, JOB);
  await writeFile(join(dir, 'empty.md'), '   \n\n  ');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gapwise analyze', () => {
  it('prints a readable table by default: score, requirements with evidence, gaps', async () => {
    const run = await gapwise('analyze', '--cv', cvPath, '--job', jobPath);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Match score\s+\d+\/100/);
    expect(run.stdout).toContain('REQUIREMENTS');
    // The table wraps long lines: compare with whitespace collapsed.
    expect(run.stdout.replace(/\s+/g, ' ')).toContain('Built the payments API in Node.js and TypeScript');
    expect(run.stdout).toMatch(/GAPS \(\d+\)/);
    expect(run.stdout).toContain('Kubernetes');
  });

  it('prints Markdown with a requirements table and the gaps', async () => {
    const run = await gapwise('analyze', '--cv', cvPath, '--job', jobPath, '--format', 'markdown');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^# Gap report: /);
    expect(run.stdout).toMatch(/\*\*Match score: \d+\/100\*\*/);
    expect(run.stdout).toContain('| Priority | Requirement | Coverage |');
    expect(run.stdout).toContain('## Gaps');
  });

  it('prints the GapReport as JSON, with the missing skill ranked as a gap', async () => {
    const run = await gapwise('analyze', '--cv', cvPath, '--job', jobPath, '--format', 'json');
    expect(run.code).toBe(0);
    const report = GapReportSchema.parse(JSON.parse(run.stdout));
    expect(report.matchScore).toBeGreaterThan(40);
    expect(report.requirements.length).toBeGreaterThanOrEqual(4);
    const kubernetes = report.gaps.find((gap) => gap.requirement.text.includes('Kubernetes'));
    expect(kubernetes?.status).toBe('missing');
    const nodeRequirement = report.requirements.find((item) => item.requirement.text.includes('Node.js'));
    expect(nodeRequirement?.coverage).toBeGreaterThanOrEqual(0.9);
  });

  it('exits 1 with a clear message when a file does not exist', async () => {
    const run = await gapwise('analyze', '--cv', join(dir, 'nope.pdf'), '--job', jobPath);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`error NOT_FOUND: CV file not found: ${join(dir, 'nope.pdf')}\n`);
  });

  it('exits 1 with the error code when the CV is empty', async () => {
    const run = await gapwise('analyze', '--cv', join(dir, 'empty.md'), '--job', jobPath);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error EMPTY_DOCUMENT: /);
  });

  it('exits 1 when a path is a directory', async () => {
    const run = await gapwise('analyze', '--cv', dir, '--job', jobPath);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error BAD_REQUEST: CV path is a directory/);
  });

  it('exits 2 on an unknown format', async () => {
    const run = await gapwise('analyze', '--cv', cvPath, '--job', jobPath, '--format', 'pdf');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/argument 'pdf' is invalid/);
  });

  it('exits 2 when a required option is missing', async () => {
    const run = await gapwise('analyze', '--cv', cvPath);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/required option '--job <file>' not specified/);
  });
});
