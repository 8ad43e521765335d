import type { SessionStateUpdate, SessionStateValue } from '../../session-state.js';
import type { WorkflowDeps } from '../../workflow-deps.js';

/** Session node: turns the job text into requirements. */
export function createParseJobNode({ reasoner }: Pick<WorkflowDeps, 'reasoner'>) {
  return async function parseJob(state: SessionStateValue): Promise<SessionStateUpdate> {
    const job = await reasoner.extractRequirements({
      jobText: state.jobText,
      title: state.jobTitle,
      company: state.company,
    });
    return { job };
  };
}
