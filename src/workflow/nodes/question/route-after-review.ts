import type { QuestionStateValue } from '../../question-state.js';
import type { WorkflowConfig } from '../../workflow-config.js';

/** Where a bullet goes after its review. */
export type AfterReview = 'refineBullet' | 'awaitDecision';

/** A failed bullet is refined while the budget lasts; then the candidate decides. */
export function createRouteAfterReview(config: Pick<WorkflowConfig, 'maxRefinements'>) {
  return function routeAfterReview(state: QuestionStateValue): AfterReview {
    if (state.review?.passed) return 'awaitDecision';
    const refinementsDone = Math.max(0, state.attempts - 1);
    return refinementsDone < config.maxRefinements ? 'refineBullet' : 'awaitDecision';
  };
}
