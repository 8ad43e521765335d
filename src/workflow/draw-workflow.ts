import { MemorySaver } from '@langchain/langgraph';
import type { Reasoner } from '../reasoning/reasoner.js';
import { buildQuestionGraph } from './question-graph.js';
import { buildSessionGraph } from './session-graph.js';
import { DEFAULT_WORKFLOW_CONFIG } from './workflow-config.js';

// Drawing never runs a node, so a reasoner that refuses every call is enough.
const refuse = (): never => {
  throw new Error('drawing only');
};
const noReasoner: Reasoner = {
  name: 'drawing',
  extractRequirements: refuse,
  analyseGaps: refuse,
  generateQuestion: refuse,
  evaluateAnswer: refuse,
  generateDeepDive: refuse,
  generateBullet: refuse,
  reviewBullet: refuse,
  refineBullet: refuse,
  adviseTrueGap: refuse,
};

/** Mermaid drawings of both graphs, as LangGraph draws them (for docs/workflow.md). */
export async function drawWorkflowMermaid(): Promise<{ session: string; question: string }> {
  const deps = { reasoner: noReasoner, config: DEFAULT_WORKFLOW_CONFIG };
  const session = await buildSessionGraph(deps).compile({ checkpointer: new MemorySaver() }).getGraphAsync();
  const question = await buildQuestionGraph(deps)
    .compile({ checkpointer: new MemorySaver() })
    .getGraphAsync();
  return { session: session.drawMermaid(), question: question.drawMermaid() };
}
