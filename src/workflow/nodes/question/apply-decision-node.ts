import { GapwiseError } from '../../../errors/index.js';
import type { QuestionStateUpdate, QuestionStateValue } from '../../question-state.js';
import { type QuestionNodeConfig, questionStepInput } from '../../question-step-input.js';
import { withPassMark } from '../../review-pass-mark.js';
import { reportStage } from '../../stage-progress.js';
import type { WorkflowDeps } from '../../workflow-deps.js';

/**
 * Question node: applies accept / edit / reject. An edited bullet is reviewed again, and both an
 * ungrounded edit and accepting an ungrounded bullet are refused: nothing invented reaches the
 * CV. The refusal is an error, so the step (run staged) leaves nothing saved.
 */
export function createApplyDecisionNode({ reasoner, config: workflow }: WorkflowDeps) {
  return async function applyDecision(
    state: QuestionStateValue,
    config: QuestionNodeConfig,
  ): Promise<QuestionStateUpdate> {
    const { decision, bullet, review } = state;
    if (!decision || !bullet) throw new GapwiseError('INTERNAL', { message: 'Decision without a bullet.' });
    if (decision.action === 'reject') return { outcome: 'rejected' };
    if (decision.action === 'accept') {
      if (review && !review.grounded) {
        throw new GapwiseError('INVALID_STEP', {
          message: `This bullet states facts you did not give (${review.ungroundedClaims.join(', ')}). Edit it or reject it.`,
          details: { ungroundedClaims: review.ungroundedClaims },
        });
      }
      return { outcome: 'accepted' };
    }
    const text = decision.text?.trim() ?? '';
    if (!text) throw new GapwiseError('BAD_REQUEST', { message: 'An edit needs the new bullet text.' });
    const edited = { ...bullet, text };
    reportStage(config, { stage: 'reviewing-edit' });
    const editedReview = withPassMark(
      await reasoner.reviewBullet({ ...questionStepInput(state, config), bullet: edited }),
      workflow.bulletThreshold,
    );
    if (!editedReview.grounded) {
      throw new GapwiseError('INVALID_STEP', {
        message: `The edited bullet states facts that are neither in your CV nor in your answers: ${editedReview.ungroundedClaims.join(', ')}. Use only what you told us.`,
        details: { ungroundedClaims: editedReview.ungroundedClaims },
      });
    }
    return { bullet: edited, review: editedReview, outcome: 'edited' };
  };
}
