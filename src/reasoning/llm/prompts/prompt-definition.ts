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
 * One step's prompt: a long, stable system instruction (the cacheable prefix), the Zod schema of
 * what the model must return, and `render`, which builds the variable part of the call (the gap,
 * the answers) as delimited data. Bump `version` whenever `system` or `schema` changes meaning.
 */
export interface PromptDefinition<TVars, TOutput> {
  id: PromptId;
  version: number;
  /** Deterministic steps (judging, extraction) run at temperature 0 and may be response-cached. */
  temperature: number;
  system: string;
  schema: z.ZodType<TOutput>;
  render(vars: TVars): string;
}
