import type { LangGraphRunnableConfig } from '@langchain/langgraph';
import { GapwiseError } from '../../../errors/index.js';
import type { SessionStateUpdate, SessionStateValue } from '../../session-state.js';
import { reportStage } from '../../stage-progress.js';
import type { WorkflowDeps } from '../../workflow-deps.js';

/** Session node: compares the CV with the job's requirements; the gap report. */
export function createAnalyseGapsNode({ reasoner }: Pick<WorkflowDeps, 'reasoner'>) {
  return async function analyseGaps(
    state: SessionStateValue,
    config?: LangGraphRunnableConfig,
  ): Promise<SessionStateUpdate> {
    if (!state.job)
      throw new GapwiseError('INTERNAL', { message: 'The job was not parsed before the analysis.' });
    reportStage(config, { stage: 'analysing-gaps' });
    const report = await reasoner.analyseGaps({
      cv: state.cv,
      job: state.job,
      ...(state.language ? { language: state.language } : {}),
    });
    return { report };
  };
}
