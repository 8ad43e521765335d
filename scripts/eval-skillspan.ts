/**
 * Requirement extraction against SkillSpan (Zhang et al., 2022), dev split: job-posting sentences
 * with expert BIO tags for skill and knowledge spans.
 *
 * How it is scored:
 * - Rows are grouped by `idx` + `source` into postings; a posting's text is its sentences, one per
 *   line, in file order, fed to `extractRequirements` as a job text with no headings.
 * - Gold: every span tagged in `tags_skill` or in `tags_knowledge` (B starts a span, I continues
 *   it; an I after O starts one too), deduplicated per posting after normalisation.
 * - Predicted: the keywords of every extracted requirement, deduplicated per posting. A keyword is
 *   represented by its variants: itself, its taxonomy aliases, and the surface forms the taxonomy
 *   found for it in the requirement's text.
 * - Normalisation: lower case, `-`, `_` and `/` read as spaces, other punctuation dropped (`+`, `#`
 *   and `.` inside words kept: C++, C#, Node.js), then split into tokens.
 * - Match: a variant matches a gold span when either one's token sequence occurs, contiguously,
 *   inside the other's ("Docker" ~ "Docker ( DCA ) certification", "cloud computing" ~ "cloud").
 * - Precision = predicted keywords matching some gold span of their posting / predicted keywords.
 *   Recall = gold spans matched by some predicted keyword of their posting / gold spans.
 *   Both are micro-averaged over postings; F1 is their harmonic mean.
 *
 * SkillSpan's skill spans are often long verb phrases ("work well on a team", "drive delivery")
 * that a requirement list names differently or not at all, so recall is bounded well below 1.
 *
 * Run: `npx tsx scripts/eval-skillspan.ts [path]` (default ../shared/fixtures/reference/skillspan_dev.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractRequirements } from '../src/analysis/requirements/extract-requirements.js';
import { getSkillTaxonomy } from '../src/taxonomy/index.js';

/** One row of the dataset: a sentence with its tags. */
interface SkillSpanRow {
  idx: number;
  source: string;
  tokens: string[];
  tags_skill: string[];
  tags_knowledge: string[];
}

/** Precision, recall and F1 for a set of postings. */
export interface SkillSpanScores {
  postings: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The figures of one evaluation run, overall and per source (`tech`, `house`). */
export interface SkillSpanResult extends SkillSpanScores {
  sentences: number;
  bySource: Record<string, SkillSpanScores>;
}

interface Posting {
  source: string;
  lines: string[];
  gold: Set<string>;
}

const EMPTY: SkillSpanResult = { sentences: 0, postings: 0, precision: 0, recall: 0, f1: 0, bySource: {} };

/** Lower case, separators as spaces, punctuation dropped except inside words (C++, C#, Node.js). */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[-_/]/g, ' ')
    .replace(/[^\p{L}\p{N}+#.\s]/gu, ' ')
    .replace(/(?<![\p{L}\p{N}])\.|\.(?![\p{L}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `inner`'s tokens occur contiguously in `outer`'s. */
function containsTokens(outer: string, inner: string): boolean {
  if (inner.length === 0) return false;
  return ` ${outer} `.includes(` ${inner} `);
}

function matches(variant: string, gold: string): boolean {
  return containsTokens(gold, variant) || containsTokens(variant, gold);
}

/** Spans from one BIO tag sequence. */
function spansOf(tokens: readonly string[], tags: readonly string[]): string[] {
  const spans: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) spans.push(current.join(' '));
    current = [];
  };
  tags.forEach((tag, index) => {
    if (tag === 'B' || (tag === 'I' && current.length === 0)) {
      flush();
      current.push(tokens[index] ?? '');
    } else if (tag === 'I') current.push(tokens[index] ?? '');
    else flush();
  });
  flush();
  return spans;
}

function readPostings(path: string): { postings: Posting[]; sentences: number } {
  const byKey = new Map<string, Posting>();
  let sentences = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim().length === 0) continue;
    const row = JSON.parse(line) as SkillSpanRow;
    sentences++;
    const key = `${row.source}:${row.idx}`;
    let posting = byKey.get(key);
    if (!posting) {
      posting = { source: row.source, lines: [], gold: new Set() };
      byKey.set(key, posting);
    }
    posting.lines.push(row.tokens.join(' '));
    for (const span of [...spansOf(row.tokens, row.tags_skill), ...spansOf(row.tokens, row.tags_knowledge)]) {
      const normalised = normalise(span);
      if (normalised.length > 0) posting.gold.add(normalised);
    }
  }
  return { postings: [...byKey.values()], sentences };
}

/** Each predicted keyword of a posting with its normalised variants. */
function predictedVariants(posting: Posting): string[][] {
  const taxonomy = getSkillTaxonomy();
  const job = extractRequirements({ jobText: posting.lines.join('\n') });
  const variants = new Map<string, Set<string>>();
  for (const requirement of job.requirements) {
    const mentions = taxonomy.findMentions(requirement.text);
    for (const keyword of requirement.keywords) {
      const key = keyword.toLowerCase();
      const set = variants.get(key) ?? new Set<string>();
      set.add(normalise(keyword));
      for (const alias of taxonomy.get(keyword)?.aliases ?? []) set.add(normalise(alias));
      for (const mention of mentions) if (mention.skill.name === keyword) set.add(normalise(mention.surface));
      set.delete('');
      variants.set(key, set);
    }
  }
  return [...variants.values()].map((set) => [...set]);
}

interface Counts {
  postings: number;
  predicted: number;
  correct: number;
  gold: number;
  covered: number;
}

function scores(counts: Counts): SkillSpanScores {
  const precision = counts.predicted === 0 ? 0 : counts.correct / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.covered / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { postings: counts.postings, precision, recall, f1 };
}

/**
 * Scores requirement extraction against the SkillSpan file at `path` (JSON lines). Returns zeros
 * when the file does not exist, so callers without the shared fixtures can still run.
 */
export function evaluateSkillSpan(path: string): SkillSpanResult {
  if (!existsSync(path)) return EMPTY;
  const { postings, sentences } = readPostings(path);
  const total: Counts = { postings: 0, predicted: 0, correct: 0, gold: 0, covered: 0 };
  const perSource = new Map<string, Counts>();
  for (const posting of postings) {
    const predicted = predictedVariants(posting);
    const gold = [...posting.gold];
    const correct = predicted.filter((variants) =>
      gold.some((span) => variants.some((v) => matches(v, span))),
    ).length;
    const covered = gold.filter((span) =>
      predicted.some((variants) => variants.some((v) => matches(v, span))),
    ).length;
    const source = perSource.get(posting.source) ?? {
      postings: 0,
      predicted: 0,
      correct: 0,
      gold: 0,
      covered: 0,
    };
    for (const counts of [total, source]) {
      counts.postings++;
      counts.predicted += predicted.length;
      counts.correct += correct;
      counts.gold += gold.length;
      counts.covered += covered;
    }
    perSource.set(posting.source, source);
  }
  const bySource = Object.fromEntries([...perSource].map(([name, counts]) => [name, scores(counts)]));
  return { sentences, ...scores(total), bySource };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const here = dirname(fileURLToPath(import.meta.url));
  const path =
    process.argv[2] ?? join(here, '..', '..', 'shared', 'fixtures', 'reference', 'skillspan_dev.json');
  if (!existsSync(path)) {
    console.log(`SkillSpan data not found at ${path}: nothing to evaluate.`);
  } else {
    const result = evaluateSkillSpan(path);
    const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
    console.log(`SkillSpan dev: ${result.sentences} sentences, ${result.postings} postings`);
    console.log(`  precision ${pct(result.precision)}  recall ${pct(result.recall)}  F1 ${pct(result.f1)}`);
    for (const [source, s] of Object.entries(result.bySource)) {
      console.log(
        `  ${source}: ${s.postings} postings, P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}`,
      );
    }
  }
}
