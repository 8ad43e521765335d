import type { LanguageModelV3Usage } from '@ai-sdk/provider';
import type { LanguageModelUsage } from 'ai';
import { describe, expect, it } from 'vitest';
import { usageFromAiSdk } from './ai-sdk-usage.js';
import { computeModelCost } from './model-cost.js';

function v3Usage(
  input: LanguageModelV3Usage['inputTokens'],
  output: number,
  raw?: unknown,
): LanguageModelV3Usage {
  return {
    inputTokens: input,
    outputTokens: { total: output, text: output, reasoning: undefined },
    ...(raw === undefined ? {} : { raw: raw as LanguageModelV3Usage['raw'] }),
  };
}

describe('usageFromAiSdk', () => {
  it('reads the V3 usage a middleware sees; Anthropic totals include the cache, so nothing is counted twice', () => {
    const usage = usageFromAiSdk(
      v3Usage({ total: 4600, noCache: 100, cacheRead: 3000, cacheWrite: 1500 }, 200, {
        input_tokens: 100,
        cache_read_input_tokens: 3000,
        cache_creation_input_tokens: 1500,
      }),
    );
    expect(usage).toMatchObject({ inputTokens: 4600, cachedInputTokens: 3000, cacheWriteTokens: 1500 });
    const cost = computeModelCost({ provider: 'anthropic', model: 'claude-sonnet-4-5', usage });
    expect(cost.usage.promptTokens).toBe(4600);
  });

  it('reads the generateText result usage', () => {
    const usage: LanguageModelUsage = {
      inputTokens: 1200,
      inputTokenDetails: { noCacheTokens: 176, cacheReadTokens: 1024, cacheWriteTokens: undefined },
      outputTokens: 80,
      outputTokenDetails: { textTokens: 80, reasoningTokens: undefined },
      totalTokens: 1280,
    };
    expect(usageFromAiSdk(usage)).toMatchObject({
      inputTokens: 1200,
      cachedInputTokens: 1024,
      outputTokens: 80,
    });
  });

  it('reports cached tokens as not reported when an OpenAI-compatible server sent no details', () => {
    const usage = usageFromAiSdk(
      v3Usage({ total: 900, noCache: 900, cacheRead: 0, cacheWrite: undefined }, 50, {
        prompt_tokens: 900,
        completion_tokens: 50,
      }),
    );
    expect(usage.cachedInputTokens).toBeUndefined();
    const reported = usageFromAiSdk(
      v3Usage({ total: 900, noCache: 900, cacheRead: 0, cacheWrite: undefined }, 50, {
        prompt_tokens: 900,
        prompt_tokens_details: { cached_tokens: 0 },
      }),
    );
    expect(reported.cachedInputTokens).toBe(0);
  });
});
