import { interrupt } from '@langchain/langgraph';
import type { QuestionStateUpdate, QuestionStateValue } from '../../question-state.js';

/** What the graph waits for while the question is open: the text the candidate answers. */
export interface AnswerRequest {
  kind: 'answer';
  /** The question, or the follow-ups of the last deep-dive round. */
  prompt: string;
}

/**
 * Question node: waits for the candidate's answer. `interrupt()` comes first because the node
 * re-runs from its top on resume; nothing before it may have effects.
 */
export async function awaitAnswer(state: QuestionStateValue): Promise<QuestionStateUpdate> {
  const prompt =
    state.deepDiveRounds > 0 && state.followUps?.length
      ? state.followUps.map((followUp) => followUp.text).join('\n')
      : state.question.text;
  const answer = interrupt<AnswerRequest, string>({ kind: 'answer', prompt });
  return { turns: [{ prompt, answer }] };
}
