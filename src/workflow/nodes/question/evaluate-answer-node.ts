import type { QuestionStateUpdate, QuestionStateValue } from '../../question-state.js';
import { type QuestionNodeConfig, questionStepInput } from '../../question-step-input.js';
import { reportStage } from '../../stage-progress.js';
import type { WorkflowDeps } from '../../workflow-deps.js';

/** Question node: scores everything the candidate said so far against the rubric. */
export function createEvaluateAnswerNode({ reasoner }: Pick<WorkflowDeps, 'reasoner'>) {
  return async function evaluateAnswer(
    state: QuestionStateValue,
    config: QuestionNodeConfig,
  ): Promise<QuestionStateUpdate> {
    reportStage(config, { stage: 'evaluating-answer' });
    const evaluation = await reasoner.evaluateAnswer(questionStepInput(state, config));
    return { evaluation };
  };
}
