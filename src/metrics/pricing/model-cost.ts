import { DEFAULT_PRICES, findModelPrice, type PriceTable } from './price-table.js';
import {
  type NormalizedUsage,
  normalizeUsage,
  type ProviderUsage,
  providerFamily,
} from './provider-usage.js';

/**
 * What one model call cost. A model missing from the price table costs 0 with status `unknown`, so
 * totals stay numbers while the dashboard flags them as lower bounds.
 */
export type ModelCost =
  | {
      status: 'priced';
      /** Total in USD. */
      usd: number;
      /** The price-table id the model matched. */
      priceId: string;
      /** USD per part: uncached input, cache reads, cache writes, output. */
      breakdown: { uncachedInput: number; cacheRead: number; cacheWrite: number; output: number };
      /** What the prompt cache saved: the same prompt at the full input price minus what its input cost. */
      savedUsd: number;
      usage: NormalizedUsage;
    }
  | { status: 'unknown'; usd: 0; savedUsd: 0; reason: string; usage: NormalizedUsage };

/** Options of computeModelCost. */
export interface ModelCostOptions {
  /** Provider id (`google`, `openai`, `anthropic`, or an AI SDK id such as `anthropic.messages`). */
  provider: string;
  model: string;
  usage: ProviderUsage;
  prices?: PriceTable;
}

/**
 * The cost of one call with each provider's rules: OpenAI and Gemini input counts include cached
 * tokens, so cost = (input − cached) × in + cached × cachedIn + out × outPrice; Anthropic's input
 * excludes them, so cost = input × in + writes × (1.25 | 2) × in + reads × 0.1 × in + out × outPrice.
 * @example computeModelCost({ provider: 'openai', model: 'gpt-4o-mini', usage: { inputTokens: 1200, cachedInputTokens: 1024, outputTokens: 80 } })
 */
export function computeModelCost({
  provider,
  model,
  usage,
  prices = DEFAULT_PRICES,
}: ModelCostOptions): ModelCost {
  const found = findModelPrice(prices, model);
  const family = providerFamily(provider) ?? found?.price.provider;
  const normalized = normalizeUsage(usage, family);
  if (!found)
    return {
      status: 'unknown',
      usd: 0,
      savedUsd: 0,
      reason: `no price for model "${model}"`,
      usage: normalized,
    };
  const base = found.price;
  const tier =
    base.longContext && normalized.promptTokens > base.longContext.aboveTokens ? base.longContext : base;
  const isAnthropic = base.provider === 'anthropic';
  const cachedIn = tier.cachedInput ?? (isAnthropic ? tier.input * 0.1 : tier.input);
  const write =
    normalized.cacheWriteTtl === '1h'
      ? (tier.cacheWrite1h ?? (isAnthropic ? tier.input * 2 : tier.input))
      : (tier.cacheWrite5m ?? (isAnthropic ? tier.input * 1.25 : tier.input));
  const breakdown = {
    uncachedInput: (normalized.uncachedTokens * tier.input) / 1e6,
    cacheRead: (normalized.cacheReadTokens * cachedIn) / 1e6,
    cacheWrite: (normalized.cacheWriteTokens * write) / 1e6,
    output: (normalized.outputTokens * tier.output) / 1e6,
  };
  const usd = breakdown.uncachedInput + breakdown.cacheRead + breakdown.cacheWrite + breakdown.output;
  const fullInputUsd = (normalized.promptTokens * tier.input) / 1e6;
  const savedUsd = fullInputUsd - breakdown.uncachedInput - breakdown.cacheRead - breakdown.cacheWrite;
  return { status: 'priced', usd, priceId: found.id, breakdown, savedUsd, usage: normalized };
}
