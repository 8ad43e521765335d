import type { BulletReview } from '../domain/index.js';

/**
 * The workflow, not the engine, owns the pass mark: a review passes only when it is grounded
 * and reaches the configured threshold. An ungrounded bullet scores 0 whatever the engine said.
 */
export function withPassMark(review: BulletReview, threshold: number): BulletReview {
  const score = review.grounded ? review.score : 0;
  return { ...review, score, passed: review.grounded && score >= threshold };
}
