import type { QuestionStateUpdate, QuestionStateValue } from '../../question-state.js';
import { type QuestionNodeConfig, questionStepInput } from '../../question-step-input.js';
import { reportStage } from '../../stage-progress.js';
import type { WorkflowDeps } from '../../workflow-deps.js';

/** Question node: the first draft of a CV bullet, from the candidate's own words. */
export function createGenerateBulletNode({ reasoner }: Pick<WorkflowDeps, 'reasoner'>) {
  return async function generateBullet(
    state: QuestionStateValue,
    config: QuestionNodeConfig,
  ): Promise<QuestionStateUpdate> {
    reportStage(config, { stage: 'drafting-bullet' });
    const bullet = await reasoner.generateBullet(questionStepInput(state, config));
    return { bullet, review: undefined, attempts: 1 };
  };
}
