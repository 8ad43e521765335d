import { createHash } from 'node:crypto';
import { z } from 'zod';
import { estimateTokens } from '../../../model-calls/estimate-tokens.js';
import { analyseGapsPrompt } from './analyse-gaps.js';
import { deepDivePrompt } from './deep-dive.js';
import { evaluateAnswerPrompt } from './evaluate-answer.js';
import { extractRequirementsPrompt } from './extract-requirements.js';
import { generateBulletPrompt } from './generate-bullet.js';
import { generateQuestionPrompt } from './generate-question.js';
import type { PromptId } from './prompt-definition.js';
import { refineBulletPrompt } from './refine-bullet.js';
import { reviewBulletPrompt } from './review-bullet.js';
import { trueGapAdvicePrompt } from './true-gap-advice.js';

/** Every step's prompt, by id. */
export const PROMPTS = {
  'extract-requirements': extractRequirementsPrompt,
  'analyse-gaps': analyseGapsPrompt,
  'generate-question': generateQuestionPrompt,
  'evaluate-answer': evaluateAnswerPrompt,
  'deep-dive': deepDivePrompt,
  'generate-bullet': generateBulletPrompt,
  'review-bullet': reviewBulletPrompt,
  'refine-bullet': refineBulletPrompt,
  'true-gap-advice': trueGapAdvicePrompt,
} as const satisfies Record<PromptId, unknown>;

/** What the registry knows about one prompt without running it. */
export interface PromptRegistryEntry {
  id: PromptId;
  version: number;
  /** sha256 of the system instruction, the step instruction and the output JSON schema. */
  hash: string;
  /** Estimated tokens of the system instruction (4 characters per token), shared by all steps. */
  systemTokens: number;
  /** Estimated tokens of the step's own instruction. */
  instructionTokens: number;
}

export { estimateTokens };

let warmed: PromptRegistryEntry[] | undefined;

/**
 * Prepares the registry at start: hashes and counts every prompt (and renders each output schema
 * once), so that the first session pays no setup and the hashes can be logged.
 * Idempotent; returns the entries.
 */
export function warmPromptRegistry(): PromptRegistryEntry[] {
  warmed ??= Object.values(PROMPTS).map((prompt) => ({
    id: prompt.id,
    version: prompt.version,
    hash: createHash('sha256')
      .update(`${prompt.id}@${prompt.version}\n`)
      .update(prompt.system)
      .update('\n')
      .update(prompt.instruction)
      .update('\n')
      .update(JSON.stringify(z.toJSONSchema(prompt.schema)))
      .digest('hex'),
    systemTokens: estimateTokens(prompt.system),
    instructionTokens: estimateTokens(prompt.instruction),
  }));
  return warmed;
}

/** The registry entry of one prompt (warming the registry if needed). */
export function promptRegistryEntry(id: PromptId): PromptRegistryEntry {
  const entry = warmPromptRegistry().find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No prompt registered for ${id}`);
  return entry;
}
