import type { AnswerTurn, Bullet, BulletReview, Gap } from '../../../domain/index.js';
import { BULLET_WRITING_GUIDE, type GeneratedBullet, GeneratedBulletSchema } from './generate-bullet.js';
import type { PromptDefinition } from './prompt-definition.js';
import { SHARED_INSTRUCTIONS } from './shared-instructions.js';
import { renderAnswers, renderBullet, renderGap, renderReview } from './variable-parts.js';

/** Variables of the refinement step. */
export interface RefineBulletVars {
  gap: Gap;
  answers: AnswerTurn[];
  bullet: Bullet;
  review: BulletReview;
}

/** Rewrites a bullet that failed its review, acting on the review's findings. */
export const refineBulletPrompt: PromptDefinition<RefineBulletVars, GeneratedBullet> = {
  id: 'refine-bullet',
  version: 2,
  temperature: 0.2,
  schema: GeneratedBulletSchema,
  system: SHARED_INSTRUCTIONS,
  instruction: `# This step

Rewrite the CV bullet in <bullet> so that it passes its review in <review>. The gap is in <gap> and the candidate's answers in <answers>.

- First remove or correct every ungrounded claim listed in the review; never replace one invented fact with another.
- Then fix each failed check: add a strong action verb, the job's keyword, the candidate's stated result, shorten to 30 words, remove first person.
- Keep everything that was good; change as little as needed. Keep the placement unless it was wrong.

${BULLET_WRITING_GUIDE}

Example: bullet "Led migration of 40 services to Kubernetes, cutting costs by 30%", review says "Led" and "cutting costs by 30%" are ungrounded, answers say "I moved our 40 services to Kubernetes at Acme and deploys got twice as fast" → {"text": "Migrated 40 services to Kubernetes at Acme, making deployments twice as fast", "workIndex": 0, "projectIndex": null, "skills": ["Kubernetes"]}

Now rewrite the bullet below.`,
  render: ({ gap, answers, bullet, review }) =>
    [renderGap(gap), renderAnswers(answers), renderBullet(bullet), renderReview(review)].join('\n\n'),
};
