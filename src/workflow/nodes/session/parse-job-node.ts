import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import type { SessionStateUpdate, SessionStateValue } from '../../session-state.js';
import { reportStage } from '../../stage-progress.js';
import type { WorkflowDeps } from '../../workflow-deps.js';

/** Session node: turns the job text into requirements. */
export function createParseJobNode({ reasoner }: Pick<WorkflowDeps, 'reasoner'>) {
  return async function parseJob(
    state: SessionStateValue,
    config?: LangGraphRunnableConfig,
  ): Promise<SessionStateUpdate> {
    reportStage(config, { stage: 'reading-job' });
    const job = await reasoner.extractRequirements({
      jobText: state.jobText,
      title: state.jobTitle,
      company: state.company,
    });
    return { job };
  };
}
