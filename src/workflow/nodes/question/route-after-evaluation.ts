import type { QuestionStateValue } from '../../question-state.js';
import type { WorkflowConfig } from '../../workflow-config.js';

/** Where a question goes after its answer was judged. */
export type AfterEvaluation = 'adviseTrueGap' | 'deepDive' | 'generateBullet';

/**
 * "No experience" is a true gap; a thin answer with rounds left gets follow-ups; otherwise a
 * bullet is written from what was said (the review and the candidate judge it).
 */
export function createRouteAfterEvaluation(
  config: Pick<WorkflowConfig, 'answerThreshold' | 'maxDeepDiveRounds'>,
) {
  return function routeAfterEvaluation(state: QuestionStateValue): AfterEvaluation {
    const evaluation = state.evaluation;
    if (evaluation?.noExperience) return 'adviseTrueGap';
    const score = evaluation?.score ?? 0;
    if (score < config.answerThreshold && state.deepDiveRounds < config.maxDeepDiveRounds) return 'deepDive';
    return 'generateBullet';
  };
}
