import type { BulletReview, Gap } from '../../domain/index.js';
import type { GroundingResult } from '../grounding-check.js';
import type { JudgedBullet } from './prompts/review-bullet.js';

const FIRST_PERSON = /\b(i|me|my|mine|myself|we|us|our|ours)\b/i;
const MAX_BULLET_WORDS = 30;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function appearsIn(sources: readonly string[], claim: string): boolean {
  const needle = claim.trim().toLowerCase();
  return needle.length > 0 && sources.some((source) => source.toLowerCase().includes(needle));
}

/**
 * Combines the model's review of a bullet with the deterministic checks. The grounding check is
 * the gate: any claim it (or the model) finds unsupported fails the bullet with score 0. Word
 * count, first person and the job's keyword are counted, not judged, so the model cannot
 * override them. A claim the model flags that appears word for word in a source is dropped.
 */
export function mergeBulletReview({
  text,
  gap,
  judged,
  grounding,
  sources,
  threshold,
}: {
  text: string;
  gap: Gap;
  judged: JudgedBullet;
  grounding: GroundingResult;
  sources: readonly string[];
  threshold: number;
}): BulletReview {
  const modelClaims = judged.ungroundedClaims.filter((claim) => !appearsIn(sources, claim));
  const ungroundedClaims = [...grounding.ungroundedClaims];
  for (const claim of modelClaims) {
    if (!ungroundedClaims.some((known) => known.toLowerCase() === claim.toLowerCase()))
      ungroundedClaims.push(claim);
  }
  const grounded = ungroundedClaims.length === 0;
  const keywords = gap.requirement.keywords;
  const checks = {
    ...judged.checks,
    keyword:
      keywords.length > 0
        ? keywords.some((keyword) => text.toLowerCase().includes(keyword.toLowerCase()))
        : judged.checks.keyword,
    concise: wordCount(text) <= MAX_BULLET_WORDS,
    noFirstPerson: !FIRST_PERSON.test(text),
  };
  const score = grounded ? judged.score : 0;
  const missingFromSources = grounding.ungroundedClaims.filter(
    (claim) => !judged.feedback.toLowerCase().includes(claim.toLowerCase()),
  );
  const feedback =
    missingFromSources.length > 0
      ? `Not found in your CV or answers: ${missingFromSources.join(', ')}. ${judged.feedback}`.trim()
      : judged.feedback;
  return { score, grounded, ungroundedClaims, checks, passed: grounded && score >= threshold, feedback };
}
