import type { LanguageModelUsage } from 'ai';
import type { ProviderUsage } from './provider-usage.js';

/**
 * Turns the AI SDK's usage into ProviderUsage. The SDK's `inputTokens` already counts cache reads
 * and writes for every provider. Its OpenAI adapter reports 0 cached tokens when the server sent no
 * `prompt_tokens_details` (as Ollama and vLLM do), so the raw usage decides "not reported".
 */
export function usageFromAiSdk(
  usage: LanguageModelUsage,
  { cacheWriteTtl }: { cacheWriteTtl?: '5m' | '1h' } = {},
): ProviderUsage {
  const details = usage.inputTokenDetails;
  let cached = details?.cacheReadTokens ?? usage.cachedInputTokens;
  const raw = usage.raw as Record<string, unknown> | undefined;
  if (raw && 'prompt_tokens' in raw) {
    const promptDetails = raw.prompt_tokens_details as Record<string, unknown> | null | undefined;
    if (typeof promptDetails?.cached_tokens !== 'number') cached = undefined;
  }
  return {
    inputTokens: usage.inputTokens ?? 0,
    cachedInputTokens: cached,
    cacheWriteTokens: details?.cacheWriteTokens,
    cacheWriteTtl,
    outputTokens: usage.outputTokens ?? 0,
    inputIncludesCache: true,
  };
}
