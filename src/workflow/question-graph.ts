import { END, START, StateGraph } from '@langchain/langgraph';
import { createAdviseTrueGapNode } from './nodes/question/advise-true-gap-node.js';
import { createApplyDecisionNode } from './nodes/question/apply-decision-node.js';
import { awaitAnswer } from './nodes/question/await-answer-node.js';
import { awaitDecision } from './nodes/question/await-decision-node.js';
import { createDeepDiveNode } from './nodes/question/deep-dive-node.js';
import { createEvaluateAnswerNode } from './nodes/question/evaluate-answer-node.js';
import { createGenerateBulletNode } from './nodes/question/generate-bullet-node.js';
import { createRefineBulletNode } from './nodes/question/refine-bullet-node.js';
import { createReviewBulletNode } from './nodes/question/review-bullet-node.js';
import { createRouteAfterEvaluation } from './nodes/question/route-after-evaluation.js';
import { createRouteAfterReview } from './nodes/question/route-after-review.js';
import { QuestionState } from './question-state.js';
import { QuestionRunContext } from './workflow-context.js';
import type { WorkflowDeps } from './workflow-deps.js';

/**
 * The per-question graph: await answer → evaluate → (deep-dive → await answer)* or true-gap
 * advice, or generate bullet → review → (refine → review)* → await decision → apply → done.
 * Returned uncompiled: each run compiles it with the checkpointer it should write to.
 */
export function buildQuestionGraph(deps: WorkflowDeps) {
  return new StateGraph(QuestionState, QuestionRunContext)
    .addNode('awaitAnswer', awaitAnswer)
    .addNode('evaluateAnswer', createEvaluateAnswerNode(deps))
    .addNode('deepDive', createDeepDiveNode(deps))
    .addNode('adviseTrueGap', createAdviseTrueGapNode(deps))
    .addNode('generateBullet', createGenerateBulletNode(deps))
    .addNode('reviewBullet', createReviewBulletNode(deps))
    .addNode('refineBullet', createRefineBulletNode(deps))
    .addNode('awaitDecision', awaitDecision)
    .addNode('applyDecision', createApplyDecisionNode(deps))
    .addEdge(START, 'awaitAnswer')
    .addEdge('awaitAnswer', 'evaluateAnswer')
    .addConditionalEdges('evaluateAnswer', createRouteAfterEvaluation(deps.config), [
      'adviseTrueGap',
      'deepDive',
      'generateBullet',
    ])
    .addEdge('deepDive', 'awaitAnswer')
    .addEdge('adviseTrueGap', END)
    .addEdge('generateBullet', 'reviewBullet')
    .addConditionalEdges('reviewBullet', createRouteAfterReview(deps.config), [
      'refineBullet',
      'awaitDecision',
    ])
    .addEdge('refineBullet', 'reviewBullet')
    .addEdge('awaitDecision', 'applyDecision')
    .addEdge('applyDecision', END);
}

/** The question graph's builder type. */
export type QuestionGraphBuilder = ReturnType<typeof buildQuestionGraph>;
