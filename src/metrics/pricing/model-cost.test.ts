import { describe, expect, it } from 'vitest';
import { cacheStorageCost } from './cache-storage-cost.js';
import { computeModelCost } from './model-cost.js';
import { DEFAULT_PRICES, findModelPrice } from './price-table.js';

/** USD for `tokens` at `perMillion` USD per 1M tokens. */
const usd = (tokens: number, perMillion: number) => (tokens * perMillion) / 1e6;

describe('model cost', () => {
  it('OpenAI: the input count includes cached tokens, which are billed at the cached price', () => {
    // gpt-4o-mini: $0.15 in, $0.075 cached in, $0.60 out per 1M.
    const cost = computeModelCost({
      provider: 'openai',
      model: 'gpt-4o-mini',
      usage: { inputTokens: 1200, cachedInputTokens: 1024, outputTokens: 80 },
    });
    expect(cost.status).toBe('priced');
    expect(cost.usd).toBeCloseTo(usd(176, 0.15) + usd(1024, 0.075) + usd(80, 0.6), 12);
    expect(cost.usage).toMatchObject({ promptTokens: 1200, uncachedTokens: 176, cacheReadTokens: 1024 });
    expect(cost.savedUsd).toBeCloseTo(usd(1024, 0.15 - 0.075), 12);
  });

  it('OpenAI gpt-4o and gpt-4.1 use their own cached prices', () => {
    const gpt4o = computeModelCost({
      provider: 'openai.chat',
      model: 'gpt-4o-2024-08-06',
      usage: { inputTokens: 10_000, cachedInputTokens: 8_000, outputTokens: 500 },
    });
    expect(gpt4o.usd).toBeCloseTo(usd(2000, 2.5) + usd(8000, 1.25) + usd(500, 10), 12);
    const gpt41mini = computeModelCost({
      provider: 'openai',
      model: 'gpt-4.1-mini',
      usage: { inputTokens: 10_000, cachedInputTokens: 8_000, outputTokens: 500 },
    });
    expect(gpt41mini.usd).toBeCloseTo(usd(2000, 0.4) + usd(8000, 0.1) + usd(500, 1.6), 12);
  });

  it('Gemini: the prompt count includes cached content tokens', () => {
    // gemini-2.5-flash: $0.30 in, $0.03 cached, $2.50 out.
    const cost = computeModelCost({
      provider: 'google',
      model: 'models/gemini-2.5-flash',
      usage: { inputTokens: 5000, cachedInputTokens: 4096, outputTokens: 300 },
    });
    expect(cost.usd).toBeCloseTo(usd(904, 0.3) + usd(4096, 0.03) + usd(300, 2.5), 12);
  });

  it('Gemini 2.5 Pro switches to the long-context prices above 200k prompt tokens', () => {
    const cost = computeModelCost({
      provider: 'google.generative-ai',
      model: 'gemini-2.5-pro',
      usage: { inputTokens: 250_000, cachedInputTokens: 200_000, outputTokens: 1000 },
    });
    expect(cost.usd).toBeCloseTo(usd(50_000, 2.5) + usd(200_000, 0.25) + usd(1000, 15), 12);
  });

  it('Anthropic raw usage: input excludes the cache, writes cost 1.25× (5 min) and reads 0.1×', () => {
    // claude-sonnet-4-5: $3 in → writes $3.75 (5 min) / $6 (1 h), reads $0.30, out $15.
    const cost = computeModelCost({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5-20250929',
      usage: { inputTokens: 100, cachedInputTokens: 3000, cacheWriteTokens: 1500, outputTokens: 200 },
    });
    expect(cost.usd).toBeCloseTo(usd(100, 3) + usd(3000, 0.3) + usd(1500, 3.75) + usd(200, 15), 12);
    expect(cost.usage.promptTokens).toBe(4600);
    // The saving is net of the write premium: reads save 0.9 × input, writes cost 0.25 × input more.
    expect(cost.savedUsd).toBeCloseTo(usd(3000, 2.7) - usd(1500, 0.75), 12);
  });

  it('Anthropic 1-hour cache writes cost 2× input', () => {
    const cost = computeModelCost({
      provider: 'anthropic.messages',
      model: 'claude-haiku-4-5',
      usage: { inputTokens: 0, cacheWriteTokens: 2000, cacheWriteTtl: '1h', outputTokens: 0 },
    });
    expect(cost.usd).toBeCloseTo(usd(2000, 2), 12);
  });

  it('Anthropic usage normalised by the AI SDK (input includes the cache) costs the same', () => {
    const raw = computeModelCost({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      usage: { inputTokens: 100, cachedInputTokens: 3000, cacheWriteTokens: 1500, outputTokens: 200 },
    });
    const normalised = computeModelCost({
      provider: 'anthropic',
      model: 'claude-sonnet-4-5',
      usage: {
        inputTokens: 4600,
        cachedInputTokens: 3000,
        cacheWriteTokens: 1500,
        outputTokens: 200,
        inputIncludesCache: true,
      },
    });
    expect(normalised.usd).toBeCloseTo(raw.usd, 12);
  });

  it('an unknown model costs 0 and is flagged, not silently priced', () => {
    const cost = computeModelCost({
      provider: 'openai-compatible',
      model: 'llama3.1:8b',
      usage: { inputTokens: 1000, outputTokens: 100 },
    });
    expect(cost).toMatchObject({ status: 'unknown', usd: 0 });
    expect(cost.usage.cacheReported).toBe(false);
  });

  it('finds a model by a dated or prefixed id but not by a different model sharing a prefix', () => {
    expect(findModelPrice(DEFAULT_PRICES, 'google:gemini-2.5-flash')?.id).toBe('gemini-2.5-flash');
    expect(findModelPrice(DEFAULT_PRICES, 'claude-3-5-haiku-20241022')?.id).toBe('claude-3-5-haiku');
    expect(findModelPrice(DEFAULT_PRICES, 'gpt-4o-mini')?.id).toBe('gpt-4o-mini');
    expect(findModelPrice(DEFAULT_PRICES, 'gpt-4o-audio')).toBeUndefined();
  });

  it('prices Gemini explicit-cache storage per token-hour', () => {
    expect(cacheStorageCost({ model: 'gemini-2.5-pro', cachedTokens: 40_000, hours: 0.5 })).toBeCloseTo(
      (40_000 * 0.5 * 4.5) / 1e6,
      12,
    );
    expect(cacheStorageCost({ model: 'gpt-4o', cachedTokens: 1000, hours: 1 })).toBeNull();
  });
});
