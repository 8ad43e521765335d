import type { QuestionStateUpdate, QuestionStateValue } from '../../question-state.js';
import { type QuestionNodeConfig, questionStepInput } from '../../question-step-input.js';
import { reportStage } from '../../stage-progress.js';
import type { WorkflowDeps } from '../../workflow-deps.js';

/** Question node: the candidate has no experience here; honest advice, and no bullet. */
export function createAdviseTrueGapNode({ reasoner }: Pick<WorkflowDeps, 'reasoner'>) {
  return async function adviseTrueGap(
    state: QuestionStateValue,
    config: QuestionNodeConfig,
  ): Promise<QuestionStateUpdate> {
    reportStage(config, { stage: 'writing-advice' });
    const advice = await reasoner.adviseTrueGap(questionStepInput(state, config));
    return { advice, outcome: 'true-gap' };
  };
}
