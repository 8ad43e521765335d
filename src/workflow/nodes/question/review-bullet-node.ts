import { GapwiseError } from '../../../errors/index.js';
import type { QuestionStateUpdate, QuestionStateValue } from '../../question-state.js';
import { type QuestionNodeConfig, questionStepInput } from '../../question-step-input.js';
import { withPassMark } from '../../review-pass-mark.js';
import { reportStage } from '../../stage-progress.js';
import type { WorkflowDeps } from '../../workflow-deps.js';

/** Question node: scores the current bullet and checks that every fact in it is grounded. */
export function createReviewBulletNode({ reasoner, config: workflow }: WorkflowDeps) {
  return async function reviewBullet(
    state: QuestionStateValue,
    config: QuestionNodeConfig,
  ): Promise<QuestionStateUpdate> {
    if (!state.bullet) throw new GapwiseError('INTERNAL', { message: 'Review without a bullet.' });
    reportStage(config, { stage: 'reviewing-bullet', attempt: state.attempts });
    const review = await reasoner.reviewBullet({ ...questionStepInput(state, config), bullet: state.bullet });
    return { review: withPassMark(review, workflow.bulletThreshold) };
  };
}
