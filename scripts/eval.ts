/**
 * `npm run eval`: how good the offline analysis is on real documents from ../shared/fixtures.
 *
 * 1. Every CV and job there is read without error (robustness).
 * 2. The pairs listed in the fixtures README: score and top gaps; strong matches should score
 *    clearly above mismatches.
 * 3. For the vrm_cv_*.docx CVs: Spearman correlation between Gapwise's ranking of the five
 *    postings in job/vrm_5_vacancies.csv and each human annotator's ranking (reference/).
 * 4. Requirement extraction precision/recall against SkillSpan (scripts/eval-skillspan.ts).
 *
 * Skips with a message when the fixtures folder is absent. Never prints CV text beyond the
 * short gap reasons.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyseDocuments, analyseGaps, extractRequirements } from '../src/analysis/index.js';
import type { CvDocument, GapReport } from '../src/domain/index.js';
import { readCv, readJob } from '../src/ingest/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = process.env.GAPWISE_FIXTURES ?? join(root, '..', 'shared', 'fixtures');
/** The evaluation's fixed "today", so scores do not drift as the calendar moves. */
const NOW = new Date('2026-01-01T00:00:00Z');

// ---------------------------------------------------------------------------------------------
// Small pure helpers: CSV, ranks, Spearman.

/** Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim().length > 0));
}

/** Ranks (1 = best = highest value), ties sharing their average rank. */
export function ranksOf(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => b.value - a.value);
  const ranks = new Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    const average = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!.index] = average;
    i = j + 1;
  }
  return ranks;
}

/** Spearman's rho as the Pearson correlation of two rank vectors (correct with ties). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const ma = mean(a);
  const mb = mean(b);
  let covariance = 0;
  let varianceA = 0;
  let varianceB = 0;
  for (let i = 0; i < a.length; i++) {
    covariance += (a[i]! - ma) * (b[i]! - mb);
    varianceA += (a[i]! - ma) ** 2;
    varianceB += (b[i]! - mb) ** 2;
  }
  return varianceA === 0 || varianceB === 0 ? Number.NaN : covariance / Math.sqrt(varianceA * varianceB);
}

/**
 * Reads `NAME=[[2,1,4,3,5], …]` arrays from the annotations file. Each inner array lists the
 * vacancies from best (first) to worst (last); comments after `#` are ignored.
 */
export function parseAnnotations(text: string): Map<string, number[][]> {
  const withoutComments = text.replace(/#[^\n]*/g, '');
  const annotators = new Map<string, number[][]>();
  for (const match of withoutComments.matchAll(/(\w+)\s*=\s*(\[[\s\S]*?\]\s*\])/g)) {
    const parsed: unknown = JSON.parse(match[2]!.replace(/\s+/g, ''));
    if (Array.isArray(parsed)) annotators.set(match[1]!, parsed as number[][]);
  }
  return annotators;
}

/** Turns "vacancies from best to worst" into each vacancy's rank; undefined if not a permutation. */
export function orderingToRanks(ordering: readonly number[], count: number): number[] | undefined {
  if (ordering.length !== count || new Set(ordering).size !== count) return undefined;
  const ranks = new Array<number>(count).fill(0);
  ordering.forEach((vacancy, position) => {
    ranks[vacancy - 1] = position + 1;
  });
  return ranks.every((rank) => rank > 0) ? ranks : undefined;
}

function fmt(value: number, digits = 2): string {
  return Number.isNaN(value) ? 'n/a' : value.toFixed(digits);
}

// ---------------------------------------------------------------------------------------------
// Sections of the evaluation.

async function bytesOf(relativePath: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(join(fixtures, relativePath)));
}

async function checkEveryDocument(): Promise<void> {
  console.log('\n## Every fixture document reads without error');
  let failures = 0;
  const totals = new Map<string, number>();
  const cvFiles = (await readdir(join(fixtures, 'cv'))).sort();
  for (const file of cvFiles) {
    try {
      const cv = await readCv({ bytes: await bytesOf(join('cv', file)) });
      const work = cv.resume.work?.length ?? 0;
      const skills = cv.resume.skills?.reduce((sum, group) => sum + (group.keywords?.length ?? 0), 0) ?? 0;
      console.log(`  ok   cv/${file}  (${cv.sourceType}, ${work} roles, ${skills} listed skills)`);
    } catch (error) {
      failures++;
      console.log(`  FAIL cv/${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  for (const file of (await readdir(join(fixtures, 'job'))).sort().filter((name) => !name.endsWith('.csv'))) {
    try {
      const job = await readJob({ bytes: await bytesOf(join('job', file)) });
      const extracted = extractRequirements({
        jobText: job.text,
        ...(job.title ? { title: job.title } : {}),
      });
      const spread = priorityCounts(extracted.requirements);
      for (const [priority, count] of spread) totals.set(priority, (totals.get(priority) ?? 0) + count);
      console.log(
        `  ok   job/${file}  (${extracted.requirements.length} requirements: ${[...spread].map(([p, n]) => `${n} ${p}`).join(', ')})`,
      );
    } catch (error) {
      failures++;
      console.log(`  FAIL job/${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`  ${failures === 0 ? 'all documents read' : `${failures} failures`}`);
  const all = [...totals.values()].reduce((sum, count) => sum + count, 0);
  if (all > 0) {
    console.log(
      `  priority spread over these jobs: ${[...totals].map(([p, n]) => `${p} ${Math.round((100 * n) / all)}%`).join(', ')}`,
    );
  }
}

/** How many requirements of each priority, most important first. */
function priorityCounts(requirements: readonly { priority: string }[]): Map<string, number> {
  const counts = new Map<string, number>([
    ['CRITICAL', 0],
    ['IMPORTANT', 0],
    ['NICE_TO_HAVE', 0],
  ]);
  for (const { priority } of requirements) counts.set(priority, (counts.get(priority) ?? 0) + 1);
  return counts;
}

interface Pair {
  cv: string;
  job: string;
  expected: string;
}

/** The concrete pairs of the README's "Pairs worth running" table (the vrm row is handled apart). */
async function readPairs(): Promise<Pair[]> {
  const readme = await readFile(join(fixtures, 'README.md'), 'utf8');
  const pairs: Pair[] = [];
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 5) continue;
    const [, cv, job, expected] = cells;
    if (!cv || !job || !expected || !/^cv\//.test(cv) || !/^job\//.test(job)) continue;
    if (existsSync(join(fixtures, cv)) && existsSync(join(fixtures, job))) pairs.push({ cv, job, expected });
  }
  return pairs;
}

function topGaps(report: GapReport, count: number): string[] {
  return report.gaps.slice(0, count).map((gap) => `${gap.requirement.priority} ${gap.status}: ${gap.reason}`);
}

async function evaluatePairs(): Promise<void> {
  console.log('\n## Pairs from the fixtures README');
  const rows: { pair: Pair; score: number; gaps: number }[] = [];
  for (const pair of await readPairs()) {
    try {
      const started = performance.now();
      const { job, report } = await analyseDocuments({
        cvBytes: await bytesOf(pair.cv),
        jobBytes: await bytesOf(pair.job),
        now: NOW,
      });
      const ms = performance.now() - started;
      rows.push({ pair, score: report.matchScore, gaps: report.gaps.length });
      console.log(
        `\n${String(report.matchScore).padStart(3)}/100  ${basename(pair.cv)} vs ${basename(pair.job)}  — expected: ${pair.expected}`,
      );
      console.log(
        `         ${job.requirements.length} requirements, ${report.gaps.length} gaps, ${ms.toFixed(0)} ms`,
      );
      for (const gap of topGaps(report, 4)) console.log(`         - ${gap}`);
    } catch (error) {
      console.log(
        `\nFAIL ${pair.cv} vs ${pair.job}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const isMismatch = (row: { pair: Pair }) => /mismatch/i.test(row.pair.expected);
  const isMatch = (row: { pair: Pair }) =>
    /\bmatch\b/i.test(row.pair.expected) && !isMismatch(row) && !/partial/i.test(row.pair.expected);
  const matches = rows.filter(isMatch).map((row) => row.score);
  const mismatches = rows.filter(isMismatch).map((row) => row.score);
  if (matches.length > 0 && mismatches.length > 0) {
    console.log(
      `\n  matches: min ${Math.min(...matches)}, mean ${fmt(matches.reduce((a, b) => a + b, 0) / matches.length, 1)}` +
        `;  mismatches: max ${Math.max(...mismatches)}, mean ${fmt(mismatches.reduce((a, b) => a + b, 0) / mismatches.length, 1)}` +
        `;  separation (min match − max mismatch): ${Math.min(...matches) - Math.max(...mismatches)}`,
    );
  }
  // Each gap becomes one interview question: fewer, non-repeating gaps on good matches is better.
  const asked = rows.filter((row) => !isMismatch(row)).reduce((sum, row) => sum + row.gaps, 0);
  console.log(`  gaps (= interview questions) over the match and partial pairs: ${asked}`);
}

async function evaluateVacancyRanking(): Promise<void> {
  console.log('\n## Ranking the five vrm postings per CV (Spearman with human annotators)');
  const csvPath = join(fixtures, 'job', 'vrm_5_vacancies.csv');
  const annotationsPath = join(fixtures, 'reference', 'vrm_annotations-for-the-first-30-vacancies.txt');
  if (!existsSync(csvPath) || !existsSync(annotationsPath)) {
    console.log('  skipped: vrm_5_vacancies.csv or the annotations file is missing');
    return;
  }
  const [header, ...records] = parseCsv(await readFile(csvPath, 'utf8'));
  const column = (name: string) => header?.indexOf(name) ?? -1;
  const descriptionColumn = column('job_description');
  const titleColumn = column('job_title');
  const jobs = records.map((record) =>
    extractRequirements({
      jobText: record[descriptionColumn] ?? '',
      ...(record[titleColumn] ? { title: record[titleColumn] } : {}),
    }),
  );
  console.log(
    `  postings: ${jobs.map((job, index) => `${index + 1}. ${job.title ?? '?'} (${job.requirements.length} req.)`).join('; ')}`,
  );
  // The level and years each posting asks for: what the seniority fit measures (docs/scoring.md).
  for (const [index, job] of jobs.entries()) {
    const asks = job.requirements
      .filter((requirement) => requirement.kind === 'experience' && requirement.minYears !== undefined)
      .map(
        (requirement) =>
          `${requirement.keywords.includes('Seniority') ? 'title level' : requirement.keywords.join('/') || 'years'} ${requirement.minYears}+`,
      );
    console.log(`  ${index + 1}. years asked: ${asks.length > 0 ? asks.join('; ') : 'none'}`);
  }
  const annotators = parseAnnotations(await readFile(annotationsPath, 'utf8'));
  const cvFiles = (await readdir(join(fixtures, 'cv')))
    .filter((file) => /^vrm_cv_\d+\.docx$/.test(file))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const rhos = new Map<string, number[]>();
  const scoresByCv = new Map<string, number[]>();
  for (const file of cvFiles) {
    const cvNumber = Number(/\d+/.exec(file)![0]);
    let cv: CvDocument;
    try {
      cv = await readCv({ bytes: await bytesOf(join('cv', file)) });
    } catch (error) {
      console.log(`  FAIL ${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const scores = jobs.map((job) => analyseGaps({ cv, job, now: NOW }).matchScore);
    scoresByCv.set(file, scores);
    const ours = ranksOf(scores);
    const parts = [
      `  ${file.padEnd(16)} scores ${scores.map((score) => String(score).padStart(3)).join(' ')}`,
    ];
    for (const [name, rankings] of annotators) {
      const ordering = rankings[cvNumber - 1];
      const theirs = ordering ? orderingToRanks(ordering, jobs.length) : undefined;
      if (!theirs) {
        parts.push(`${name}: ${ordering ? 'invalid ordering' : 'no ranking'}`);
        continue;
      }
      const rho = spearman(ours, theirs);
      if (!Number.isNaN(rho)) rhos.set(name, [...(rhos.get(name) ?? []), rho]);
      parts.push(`${name.replace('_RANKINGS', '')} ${JSON.stringify(ordering)} ρ=${fmt(rho)}`);
    }
    console.log(parts.join('  '));
  }
  for (const [name, values] of rhos) {
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    console.log(`  mean ρ vs ${name.replace('_RANKINGS', '')}: ${fmt(mean)} over ${values.length} CVs`);
  }
  // The file's own description says each array lists vacancies from best to worst. Should it
  // instead give each vacancy's rank, the figures would be these (same data, other reading).
  for (const [name, rankings] of annotators) {
    const values = cvFiles
      .map((file) => {
        const ordering = rankings[Number(/\d+/.exec(file)![0]) - 1];
        const asRanks = ordering && new Set(ordering).size === jobs.length ? ordering : undefined;
        const ours = scoresByCv.get(file);
        return asRanks && ours ? spearman(ranksOf(ours), asRanks) : Number.NaN;
      })
      .filter((rho) => !Number.isNaN(rho));
    if (values.length > 0) {
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      console.log(
        `  (reading the arrays as ranks per vacancy instead: mean ρ vs ${name.replace('_RANKINGS', '')} = ${fmt(mean)})`,
      );
    }
  }
  // How much the two humans agree with each other on the same CVs: the ceiling to compare against.
  const [first, second] = [...annotators.values()];
  if (first && second) {
    const agreement = cvFiles
      .map((file) => Number(/\d+/.exec(file)![0]) - 1)
      .map((index) => {
        const a = first[index] ? orderingToRanks(first[index], jobs.length) : undefined;
        const b = second[index] ? orderingToRanks(second[index], jobs.length) : undefined;
        return a && b ? spearman(a, b) : Number.NaN;
      })
      .filter((rho) => !Number.isNaN(rho));
    if (agreement.length > 0) {
      console.log(
        `  (annotators agree with each other at mean ρ=${fmt(agreement.reduce((s, v) => s + v, 0) / agreement.length)} on these CVs)`,
      );
    }
  }
}

async function evaluateExtraction(): Promise<void> {
  console.log('\n## Requirement extraction vs SkillSpan (dev)');
  const datasetPath = join(fixtures, 'reference', 'skillspan_dev.json');
  const evaluatorPath = join(root, 'scripts', 'eval-skillspan.ts');
  if (!existsSync(datasetPath)) {
    console.log('  skipped: reference/skillspan_dev.json is missing');
    return;
  }
  if (!existsSync(evaluatorPath)) {
    console.log('  skipped: scripts/eval-skillspan.ts is not there yet');
    return;
  }
  const imported: unknown = await import(pathToFileURL(evaluatorPath).href);
  const evaluate = (imported as { evaluateSkillSpan?: unknown }).evaluateSkillSpan;
  if (typeof evaluate !== 'function') {
    console.log('  skipped: scripts/eval-skillspan.ts does not export evaluateSkillSpan');
    return;
  }
  const result: unknown = await (evaluate as (path: string) => unknown)(datasetPath);
  printFigures(result, '  ');
}

/** Prints the numeric fields of an unknown result object, nested objects indented. */
function printFigures(value: unknown, indent: string): void {
  if (typeof value !== 'object' || value === null) {
    console.log(`${indent}${String(value)}`);
    return;
  }
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'number')
      console.log(`${indent}${key}: ${Number.isInteger(field) ? field : fmt(field, 3)}`);
    else if (typeof field === 'string' || typeof field === 'boolean')
      console.log(`${indent}${key}: ${field}`);
    else if (typeof field === 'object' && field !== null && !Array.isArray(field)) {
      console.log(`${indent}${key}:`);
      printFigures(field, `${indent}  `);
    }
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(fixtures, 'README.md'))) {
    console.log(
      `Skipping the evaluation: no fixtures at ${fixtures} (set GAPWISE_FIXTURES to point elsewhere).`,
    );
    return;
  }
  console.log(
    `# Gapwise offline evaluation (fixtures: ${fixtures}, today = ${NOW.toISOString().slice(0, 10)})`,
  );
  await checkEveryDocument();
  await evaluatePairs();
  await evaluateVacancyRanking();
  await evaluateExtraction();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
