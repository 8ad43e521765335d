import type { QuestionStateUpdate, QuestionStateValue } from '../../question-state.js';
import { type QuestionNodeConfig, questionStepInput } from '../../question-step-input.js';
import type { WorkflowDeps } from '../../workflow-deps.js';

/** Question node: scores everything the candidate said so far against the rubric. */
export function createEvaluateAnswerNode({ reasoner }: Pick<WorkflowDeps, 'reasoner'>) {
  return async function evaluateAnswer(
    state: QuestionStateValue,
    config: QuestionNodeConfig,
  ): Promise<QuestionStateUpdate> {
    const evaluation = await reasoner.evaluateAnswer(questionStepInput(state, config));
    return { evaluation };
  };
}
