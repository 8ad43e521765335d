import { interrupt } from '@langchain/langgraph';
import type { BulletDecision, QuestionStateUpdate, QuestionStateValue } from '../../question-state.js';

/** What the graph waits for once a bullet is ready: accept, edit or reject. */
export interface DecisionRequest {
  kind: 'decision';
  bullet: string;
}

/** Question node: waits for the candidate's decision; `interrupt()` first (the node re-runs on resume). */
export async function awaitDecision(state: QuestionStateValue): Promise<QuestionStateUpdate> {
  const decision = interrupt<DecisionRequest, BulletDecision>({
    kind: 'decision',
    bullet: state.bullet?.text ?? '',
  });
  return { decision };
}
