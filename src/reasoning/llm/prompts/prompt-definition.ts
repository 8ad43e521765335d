import type { z } from 'zod';

/** The reasoning steps that have a prompt, one file each in this folder. */
export type PromptId =
  | 'extract-requirements'
  | 'analyse-gaps'
  | 'generate-question'
  | 'evaluate-answer'
  | 'deep-dive'
  | 'generate-bullet'
  | 'review-bullet'
  | 'refine-bullet'
  | 'true-gap-advice';

/**
 * One step's prompt: the long, stable system instruction (shared by every step), the step's own
 * stable instruction, the Zod schema of what the model must return, and `render`, which builds
 * the variable part of the call (the gap, the answers) as delimited data. A call is laid out as
 * system → session context → step instruction → variable part, so that every call of a session
 * shares system + context and every call of one step also shares its instruction. Bump `version`
 * whenever `instruction` or `schema` changes meaning.
 */
export interface PromptDefinition<TVars, TOutput> {
  id: PromptId;
  version: number;
  /** Deterministic steps (judging, extraction) run at temperature 0 and may be response-cached. */
  temperature: number;
  /** The system instruction: rules and rubrics, the same for every step. */
  system: string;
  /** What this step does and how, with examples; sent after the session context. */
  instruction: string;
  schema: z.ZodType<TOutput>;
  /** The variable part: delimited data only (the layout puts the "this is data" notice before it). */
  render(vars: TVars): string;
}
