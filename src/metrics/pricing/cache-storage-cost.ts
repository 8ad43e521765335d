import { DEFAULT_PRICES, findModelPrice, type PriceTable } from './price-table.js';

/** Options of cacheStorageCost. */
export interface CacheStorageCostOptions {
  model: string;
  /** Tokens held in the explicit cache. */
  cachedTokens: number;
  /** How long the cache was kept, in hours (fractions allowed: Gemini bills storage pro rata). */
  hours: number;
  prices?: PriceTable;
}

/**
 * USD for keeping an explicit context cache (Gemini `cachedContents`): tokens × hours × the model's
 * storage price per 1M tokens per hour. Null ("unknown", never 0) when the model has no storage price.
 * @example cacheStorageCost({ model: 'gemini-2.5-pro', cachedTokens: 40_000, hours: 0.5 }) // 0.09
 */
export function cacheStorageCost({
  model,
  cachedTokens,
  hours,
  prices = DEFAULT_PRICES,
}: CacheStorageCostOptions): number | null {
  const perHour = findModelPrice(prices, model)?.price.cacheStoragePerHour;
  if (perHour === undefined) return null;
  return (Math.max(0, cachedTokens) * Math.max(0, hours) * perHour) / 1e6;
}
