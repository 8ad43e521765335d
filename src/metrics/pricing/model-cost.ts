import { DEFAULT_PRICES, findModelPrice, type PriceTable } from './price-table.js';
import {
  type NormalizedUsage,
  normalizeUsage,
  type ProviderUsage,
  providerFamily,
} from './provider-usage.js';

/** What one model call cost, or "unknown" (never 0) when the model has no price. */
export type ModelCost =
  | {
      status: 'priced';
      /** Total in USD. */
      usd: number;
      /** The price-table id the model matched. */
      priceId: string;
      /** USD per part: uncached input, cache reads, cache writes, output. */
      breakdown: { uncachedInput: number; cacheRead: number; cacheWrite: number; output: number };
      usage: NormalizedUsage;
    }
  | { status: 'unknown'; usd: null; reason: string; usage: NormalizedUsage };

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
    return { status: 'unknown', usd: null, reason: `no price for model "${model}"`, usage: normalized };
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
  return { status: 'priced', usd, priceId: found.id, breakdown, usage: normalized };
}
