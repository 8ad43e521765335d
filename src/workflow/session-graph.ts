import { END, START, StateGraph } from '@langchain/langgraph';
import { createAnalyseGapsNode } from './nodes/session/analyse-gaps-node.js';
import { createFanOutQuestions } from './nodes/session/fan-out-questions.js';
import { createGenerateQuestionNode } from './nodes/session/generate-question-node.js';
import { createParseJobNode } from './nodes/session/parse-job-node.js';
import { SessionState } from './session-state.js';
import type { WorkflowDeps } from './workflow-deps.js';

/**
 * The session graph: parse the job → analyse the gaps → one question per gap, generated in
 * parallel (`Send` fan-out) → done. Returned uncompiled: each run compiles it with the
 * checkpointer it should write to.
 */
export function buildSessionGraph(deps: WorkflowDeps) {
  return new StateGraph(SessionState)
    .addNode('parseJob', createParseJobNode(deps))
    .addNode('analyseGaps', createAnalyseGapsNode(deps))
    .addNode('generateQuestion', createGenerateQuestionNode(deps))
    .addEdge(START, 'parseJob')
    .addEdge('parseJob', 'analyseGaps')
    .addConditionalEdges('analyseGaps', createFanOutQuestions(deps.config), ['generateQuestion', END])
    .addEdge('generateQuestion', END);
}

/** The session graph's builder type. */
export type SessionGraphBuilder = ReturnType<typeof buildSessionGraph>;
