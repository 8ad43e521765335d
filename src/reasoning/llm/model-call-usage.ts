/** What one model call cost, reported per call for metrics (prompt-cache share, spend). */
export interface ModelCallUsage {
  /** The reasoning step (prompt id). */
  step: string;
  provider: string;
  modelId: string;
  sessionId?: string;
  /** All input tokens, cached ones included (as OpenAI and Gemini count them). */
  inputTokens: number;
  /** Input tokens the provider served from its prompt cache. */
  cachedInputTokens: number;
  /** Input tokens written to the provider's prompt cache (Anthropic bills these extra). */
  cacheWriteTokens: number;
  outputTokens: number;
  durationMs: number;
  /** True when our response cache answered (no provider call, zero tokens). */
  cached: boolean;
}

/** Receives the usage of every model call, including attempts whose output was invalid. */
export type ModelCallUsageListener = (usage: ModelCallUsage) => void;
