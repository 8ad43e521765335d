import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { GapwiseError } from '../errors/index.js';
import type { QuestionStepInput } from '../reasoning/reasoner.js';
import type { QuestionStateValue } from './question-state.js';
import type { QuestionRunContextValue } from './workflow-context.js';

/** The config a question node receives: LangGraph's, with our run context. */
export type QuestionNodeConfig = LangGraphRunnableConfig<QuestionRunContextValue>;

/** The reasoner's input for a per-question step, from the node's state and run context. */
export function questionStepInput(state: QuestionStateValue, config: QuestionNodeConfig): QuestionStepInput {
  const context = config.context;
  if (!context?.session) {
    throw new GapwiseError('INTERNAL', { message: 'A question step ran without its session context.' });
  }
  return { context: context.session, gap: state.gap, question: state.question, answers: state.turns };
}
