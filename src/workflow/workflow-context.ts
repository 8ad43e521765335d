import { Annotation } from '@langchain/langgraph';
import type { SessionContext } from '../reasoning/reasoner.js';

/**
 * What a question-graph run is given besides its state: the session's CV and job, read from
 * the session thread for each step (LangGraph's runtime `context`, never checkpointed).
 */
export const QuestionRunContext = Annotation.Root({
  session: Annotation<SessionContext>,
});

/** The run context's value. */
export type QuestionRunContextValue = typeof QuestionRunContext.State;
