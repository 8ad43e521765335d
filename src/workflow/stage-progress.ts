import type { LangGraphRunnableConfig } from '@langchain/langgraph';

/** The slow stages of a step, named in `step.progress` events (the UI turns them into sentences). */
export const PROGRESS_STAGES = [
  'reading-job',
  'analysing-gaps',
  'writing-questions',
  'evaluating-answer',
  'writing-follow-up',
  'drafting-bullet',
  'reviewing-bullet',
  'refining-bullet',
  'writing-advice',
  'reviewing-edit',
] as const;

/** One slow stage of a step. */
export type ProgressStage = (typeof PROGRESS_STAGES)[number];

/** What a node reports before a slow call: the stage and, for refinements, which attempt. No text. */
export interface StageProgress {
  stage: ProgressStage;
  /** The bullet draft being refined or reviewed (1 = first draft). */
  attempt?: number;
}

/**
 * Reports, before a slow (model) call, the stage a node enters. It goes out on LangGraph's
 * `custom` stream, which the interview service turns into `step.progress` events; a run that
 * does not stream `custom` ignores it.
 */
export function reportStage(config: LangGraphRunnableConfig | undefined, progress: StageProgress): void {
  config?.writer?.(progress);
}

/** Whether a `custom` stream chunk is a stage report (other writers may share the stream). */
export function isStageProgress(chunk: unknown): chunk is StageProgress {
  return (
    typeof chunk === 'object' &&
    chunk !== null &&
    (PROGRESS_STAGES as readonly unknown[]).includes((chunk as { stage?: unknown }).stage)
  );
}
