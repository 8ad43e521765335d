import { GapwiseError } from '../../../errors/index.js';
import type { QuestionStateUpdate, QuestionStateValue } from '../../question-state.js';
import { type QuestionNodeConfig, questionStepInput } from '../../question-step-input.js';
import { reportStage } from '../../stage-progress.js';
import type { WorkflowDeps } from '../../workflow-deps.js';

/** Question node: rewrites the bullet to fix what its review found. */
export function createRefineBulletNode({ reasoner }: Pick<WorkflowDeps, 'reasoner'>) {
  return async function refineBullet(
    state: QuestionStateValue,
    config: QuestionNodeConfig,
  ): Promise<QuestionStateUpdate> {
    if (!state.bullet || !state.review)
      throw new GapwiseError('INTERNAL', { message: 'Refine without a review.' });
    reportStage(config, { stage: 'refining-bullet', attempt: state.attempts + 1 });
    const bullet = await reasoner.refineBullet({
      ...questionStepInput(state, config),
      bullet: state.bullet,
      review: state.review,
    });
    return { bullet, attempts: state.attempts + 1 };
  };
}
