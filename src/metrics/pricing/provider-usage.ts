import type { ProviderFamily } from './price-table.js';

/**
 * Token counts of one model call, as the provider reported them. Whether `inputTokens` includes
 * cached tokens depends on the provider: OpenAI and Gemini include them, Anthropic's
 * `input_tokens` excludes cache reads and writes. Set `inputIncludesCache` to say so explicitly
 * (the AI SDK's normalised usage always includes them; see usageFromAiSdk).
 */
export interface ProviderUsage {
  /** Prompt tokens as reported (see the convention above). */
  inputTokens: number;
  /** Tokens read from the provider's prompt cache; undefined when the provider did not report it. */
  cachedInputTokens?: number | undefined;
  /** Tokens written to the provider's prompt cache (Anthropic `cache_creation_input_tokens`). */
  cacheWriteTokens?: number | undefined;
  /** Lifetime of the cache entries written; decides the write price (default 5 min). */
  cacheWriteTtl?: '5m' | '1h' | undefined;
  /** Output tokens, reasoning tokens included. */
  outputTokens: number;
  /** Overrides the provider's convention: true when `inputTokens` already counts cache reads and writes. */
  inputIncludesCache?: boolean | undefined;
}

/** Token counts in one convention for every provider: prompt = uncached + cache reads + cache writes. */
export interface NormalizedUsage {
  /** Every input token of the call, cached ones included. */
  promptTokens: number;
  /** Input tokens billed at the full input price. */
  uncachedTokens: number;
  /** Input tokens read from the prompt cache (0 when not reported). */
  cacheReadTokens: number;
  /** Input tokens written to the prompt cache. */
  cacheWriteTokens: number;
  cacheWriteTtl: '5m' | '1h';
  outputTokens: number;
  /** False when the provider did not report cached tokens at all (not the same as 0 cached). */
  cacheReported: boolean;
}

/** The token-accounting family of a provider id such as `anthropic.messages`, `google`, `openai.chat`. */
export function providerFamily(provider: string): ProviderFamily | undefined {
  const id = provider.toLowerCase();
  if (id.includes('anthropic')) return 'anthropic';
  if (id.includes('google') || id.includes('vertex') || id.includes('gemini')) return 'google';
  if (id.startsWith('openai') || id.startsWith('azure')) return 'openai';
  return undefined;
}

/**
 * Puts a provider's usage in the one convention above. Anthropic's input count excludes cache
 * reads and writes, so they are added; OpenAI's and Gemini's include them, so they are subtracted.
 */
export function normalizeUsage(usage: ProviderUsage, family: ProviderFamily | undefined): NormalizedUsage {
  const cacheRead = nonNegative(usage.cachedInputTokens);
  const cacheWrite = nonNegative(usage.cacheWriteTokens);
  const input = nonNegative(usage.inputTokens);
  const includes = usage.inputIncludesCache ?? family !== 'anthropic';
  const promptTokens = includes ? Math.max(input, cacheRead + cacheWrite) : input + cacheRead + cacheWrite;
  return {
    promptTokens,
    uncachedTokens: promptTokens - cacheRead - cacheWrite,
    cacheReadTokens: cacheRead,
    cacheWriteTokens: cacheWrite,
    cacheWriteTtl: usage.cacheWriteTtl ?? '5m',
    outputTokens: nonNegative(usage.outputTokens),
    cacheReported: usage.cachedInputTokens !== undefined && usage.cachedInputTokens !== null,
  };
}

function nonNegative(value: number | undefined | null): number {
  return typeof value === 'number' && value > 0 && Number.isFinite(value) ? value : 0;
}
