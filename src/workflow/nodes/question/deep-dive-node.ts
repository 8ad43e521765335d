import { GapwiseError } from '../../../errors/index.js';
import type { QuestionStateUpdate, QuestionStateValue } from '../../question-state.js';
import { type QuestionNodeConfig, questionStepInput } from '../../question-step-input.js';
import { reportStage } from '../../stage-progress.js';
import type { WorkflowDeps } from '../../workflow-deps.js';

/** Question node: follow-up questions asking for exactly what the answer lacks. */
export function createDeepDiveNode({ reasoner }: Pick<WorkflowDeps, 'reasoner'>) {
  return async function deepDive(
    state: QuestionStateValue,
    config: QuestionNodeConfig,
  ): Promise<QuestionStateUpdate> {
    if (!state.evaluation)
      throw new GapwiseError('INTERNAL', { message: 'Deep-dive without an evaluation.' });
    reportStage(config, { stage: 'writing-follow-up' });
    const { followUps } = await reasoner.generateDeepDive({
      ...questionStepInput(state, config),
      evaluation: state.evaluation,
    });
    return { followUps, deepDiveRounds: state.deepDiveRounds + 1 };
  };
}
