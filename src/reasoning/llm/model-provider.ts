/** The model providers Gapwise can talk to (`GAPWISE_MODEL=<provider>:<model>`). */
export const MODEL_PROVIDERS = ['google', 'openai', 'anthropic', 'openai-compatible'] as const;
export type ModelProvider = (typeof MODEL_PROVIDERS)[number];

/** True when `value` names a supported provider. */
export function isModelProvider(value: string): value is ModelProvider {
  return (MODEL_PROVIDERS as readonly string[]).includes(value);
}
