import { analyseGaps, extractRequirements } from '../../analysis/index.js';
import type { Reasoner, SessionContext } from '../reasoner.js';
import { evaluateOfflineAnswer } from './answer-evaluator.js';
import { refineOfflineBullet } from './bullet-refiner.js';
import { reviewOfflineBullet } from './bullet-reviewer.js';
import { writeOfflineBullet } from './bullet-writer.js';
import { generateOfflineDeepDive } from './deep-dive-generator.js';
import { generateOfflineQuestion } from './question-generator.js';
import { adviseOfflineTrueGap } from './true-gap-advisor.js';

/** The session's language as an option of a step (absent: English, as sessions from before). */
function languageOf(context: SessionContext) {
  return context.language ? { language: context.language } : {};
}

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
    async analyseGaps({ cv, job, language }) {
      return analyseGaps({ cv, job, now: now(), ...(language ? { language } : {}) });
    },
    async generateQuestion({ context, gap }) {
      return generateOfflineQuestion({ cv: context.cv, gap, ...languageOf(context) });
    },
    async evaluateAnswer({ context, gap, answers }) {
      return evaluateOfflineAnswer({ gap, answers, ...languageOf(context) });
    },
    async generateDeepDive({ context, gap, answers, evaluation }) {
      return generateOfflineDeepDive({ gap, answers, evaluation, ...languageOf(context) });
    },
    async generateBullet({ context, gap, answers }) {
      return writeOfflineBullet({ cv: context.cv, gap, answers, ...languageOf(context) });
    },
    async reviewBullet({ context, gap, answers, bullet }) {
      return reviewOfflineBullet({
        cv: context.cv,
        gap,
        answers,
        bullet,
        threshold: bulletPassThreshold,
        ...languageOf(context),
      });
    },
    async refineBullet({ context, gap, answers, bullet, review }) {
      return refineOfflineBullet({ cv: context.cv, gap, answers, bullet, review, ...languageOf(context) });
    },
    async adviseTrueGap({ context, gap, answers }) {
      return adviseOfflineTrueGap({ cv: context.cv, gap, answers, ...languageOf(context) });
    },
  };
}
