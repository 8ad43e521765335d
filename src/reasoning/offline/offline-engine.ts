import { analyseGaps, extractRequirements } from '../../analysis/index.js';
import type { Reasoner } from '../reasoner.js';
import { evaluateOfflineAnswer } from './answer-evaluator.js';
import { refineOfflineBullet } from './bullet-refiner.js';
import { reviewOfflineBullet } from './bullet-reviewer.js';
import { writeOfflineBullet } from './bullet-writer.js';
import { generateOfflineDeepDive } from './deep-dive-generator.js';
import { generateOfflineQuestion } from './question-generator.js';
import { adviseOfflineTrueGap } from './true-gap-advisor.js';

/** Options of the offline engine. */
export interface OfflineEngineOptions {
  /** Clock for the gap analysis (years of experience up to "present"); injectable for tests. */
  now?: () => Date;
  /** Bullet score (0–10) at which a review passes; DESIGN.md §3 default 8. */
  bulletPassThreshold?: number;
}

/**
 * The offline reasoning engine: rules and NLP over the CV, the job and the answers, no model and
 * no network. Runs every step of the Reasoner, and stays the fallback when a model is configured.
 *
 * @example
 * const reasoner = createOfflineEngine();
 * const question = await reasoner.generateQuestion({ context, gap });
 */
export function createOfflineEngine({
  now = () => new Date(),
  bulletPassThreshold = 8,
}: OfflineEngineOptions = {}): Reasoner {
  return {
    name: 'offline',
    async extractRequirements(input) {
      return extractRequirements(input);
    },
    async analyseGaps({ cv, job }) {
      return analyseGaps({ cv, job, now: now() });
    },
    async generateQuestion({ context, gap }) {
      return generateOfflineQuestion({ cv: context.cv, gap });
    },
    async evaluateAnswer({ gap, answers }) {
      return evaluateOfflineAnswer({ gap, answers });
    },
    async generateDeepDive({ gap, answers, evaluation }) {
      return generateOfflineDeepDive({ gap, answers, evaluation });
    },
    async generateBullet({ context, gap, answers }) {
      return writeOfflineBullet({ cv: context.cv, gap, answers });
    },
    async reviewBullet({ context, gap, answers, bullet }) {
      return reviewOfflineBullet({ cv: context.cv, gap, answers, bullet, threshold: bulletPassThreshold });
    },
    async refineBullet({ context, gap, answers, bullet, review }) {
      return refineOfflineBullet({ cv: context.cv, gap, answers, bullet, review });
    },
    async adviseTrueGap({ context, gap, answers }) {
      return adviseOfflineTrueGap({ cv: context.cv, gap, answers });
    },
  };
}
