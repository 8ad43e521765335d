import type { SessionStateUpdate } from '../../session-state.js';
import type { WorkflowDeps } from '../../workflow-deps.js';
import type { QuestionBranchInput } from './fan-out-questions.js';

/** Session node, one run per gap: the question tailored to the gap and the candidate's background. */
export function createGenerateQuestionNode({ reasoner }: Pick<WorkflowDeps, 'reasoner'>) {
  return async function generateQuestion({ gap, context }: QuestionBranchInput): Promise<SessionStateUpdate> {
    const question = await reasoner.generateQuestion({ context, gap });
    // The id names the thread of the question (`<session>:<question>`): keep it stable and ours.
    return { questions: [{ ...question, id: `q-${gap.id}`, gapId: gap.id }] };
  };
}
