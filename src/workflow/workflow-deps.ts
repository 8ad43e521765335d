import type { Reasoner } from '../reasoning/reasoner.js';
import type { WorkflowConfig } from './workflow-config.js';

/** What the graphs' nodes are built with: the reasoning engine and the thresholds. */
export interface WorkflowDeps {
  reasoner: Reasoner;
  config: WorkflowConfig;
}
