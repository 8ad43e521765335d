import type { LanguageModelV3Usage } from '@ai-sdk/provider';
import type { LanguageModelUsage } from 'ai';
import type { ProviderUsage } from './provider-usage.js';

/**
 * Turns the AI SDK's usage (the `generateText` result's, or the V3 usage a middleware sees) into
 * ProviderUsage. The SDK's input total already counts cache reads and writes for every provider,
 * Anthropic included, hence `inputIncludesCache: true`. Its OpenAI-style adapters report 0 cached
 * tokens when the server sent no cached-token details (Ollama, vLLM), so the raw usage decides
 * "not reported" (undefined) versus a real 0.
 * @example collector.recordModelUsage({ step, provider, modelId, durationMs, ...usageFromAiSdk(result.usage) })
 */
export function usageFromAiSdk(
  usage: LanguageModelUsage | LanguageModelV3Usage,
  { cacheWriteTtl }: { cacheWriteTtl?: '5m' | '1h' } = {},
): ProviderUsage {
  let input: number | undefined;
  let cacheRead: number | undefined;
  let cacheWrite: number | undefined;
  let output: number | undefined;
  if (typeof usage.inputTokens === 'object' && usage.inputTokens !== null) {
    const v3 = usage as LanguageModelV3Usage;
    input = v3.inputTokens.total;
    cacheRead = v3.inputTokens.cacheRead;
    cacheWrite = v3.inputTokens.cacheWrite;
    output = v3.outputTokens.total;
  } else {
    const v6 = usage as LanguageModelUsage;
    input = v6.inputTokens;
    cacheRead = v6.inputTokenDetails?.cacheReadTokens ?? v6.cachedInputTokens;
    cacheWrite = v6.inputTokenDetails?.cacheWriteTokens;
    output = v6.outputTokens;
  }
  if (!cacheDetailsReported(usage.raw)) cacheRead = undefined;
  return {
    inputTokens: input ?? 0,
    cachedInputTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
    cacheWriteTtl,
    outputTokens: output ?? 0,
    inputIncludesCache: true,
  };
}

/** False when the raw usage is OpenAI-shaped (chat or responses API) but carries no cached-token details. */
function cacheDetailsReported(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return true;
  const record = raw as Record<string, unknown>;
  if ('prompt_tokens' in record) return hasNumber(record.prompt_tokens_details, 'cached_tokens');
  if ('input_tokens' in record && !('cache_read_input_tokens' in record))
    return hasNumber(record.input_tokens_details, 'cached_tokens');
  return true;
}

function hasNumber(value: unknown, key: string): boolean {
  return (
    typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)[key] === 'number'
  );
}
