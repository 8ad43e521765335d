import type { z } from 'zod';
import { type AnswerTurn, type Bullet, BulletReviewSchema, type Gap } from '../../../domain/index.js';
import type { PromptDefinition } from './prompt-definition.js';
import { SHARED_INSTRUCTIONS } from './shared-instructions.js';
import { renderAnswers, renderBullet, renderGap } from './variable-parts.js';

/**
 * What the model returns; `grounded` and `passed` are the engine's (the deterministic grounding
 * check and the threshold decide them).
 */
export const JudgedBulletSchema = BulletReviewSchema.omit({ grounded: true, passed: true });
export type JudgedBullet = z.infer<typeof JudgedBulletSchema>;

/** Variables of the review step. */
export interface ReviewBulletVars {
  gap: Gap;
  answers: AnswerTurn[];
  bullet: Bullet;
}

/** Scores a bullet with the bullet rubric and lists claims the sources do not support. */
export const reviewBulletPrompt: PromptDefinition<ReviewBulletVars, JudgedBullet> = {
  id: 'review-bullet',
  version: 2,
  temperature: 0,
  schema: JudgedBulletSchema,
  system: SHARED_INSTRUCTIONS,
  instruction: `# This step

Review the CV bullet in <bullet>, written for the gap in <gap> from the answers in <answers>, with the bullet rubric above.

- ungroundedClaims: every fact in the bullet (number, percentage, employer, product, tool, technology, team size, duration, scope word such as "company-wide" or "global", result) that neither the CV nor the answers contain, quoted exactly as it appears in the bullet. A paraphrase of the candidate's words is grounded; a new figure or a stronger claim is not ("reduced costs" when they only said "it seemed cheaper" is ungrounded). Empty list when everything is supported.
- checks: actionVerb (starts with a strong action verb), keyword (the requirement's keyword appears), result (states a result, or the candidate gave none to state), concise (at most 30 words, one sentence), noFirstPerson (no I, me, my, we, our).
- score: 0–10 for the bullet as a whole — 2 points each for action verb, keyword, result and concision, 1 for no first person, 1 for overall polish. 0 when any claim is ungrounded.
- feedback: one or two sentences on what to change, naming the ungrounded claims first when there are any.

Examples:
Bullet "Led migration of 40 services to Kubernetes, cutting costs by 30%" when the answers say "I moved our 40 services to Kubernetes" → ungroundedClaims ["Led", "cutting costs by 30%"], score 0, feedback "The answers mention no cost saving and do not say you led the work; remove both."
Bullet "Migrated 40 services to Kubernetes at Acme, halving deploy time" when the answers say exactly that → ungroundedClaims [], all checks true, score 9 or 10.

Now review the bullet below.`,
  render: ({ gap, answers, bullet }) =>
    [renderGap(gap), renderAnswers(answers), renderBullet(bullet)].join('\n\n'),
};
