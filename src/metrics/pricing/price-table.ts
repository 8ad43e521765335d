import { z } from 'zod';

/**
 * Prices in USD per 1 million tokens. Taken from the providers' published pricing pages
 * (ai.google.dev/gemini-api/docs/pricing, openai.com/api/pricing, anthropic.com/pricing) as last
 * known to the author (2025 list prices; the session ran in Nov 2026 without network access, so
 * verify them). Override any entry with a GAPWISE_PRICES_FILE JSON file (see load-price-table.ts).
 */
export const PRICES_AS_OF = '2025 list prices (unverified in Nov 2026; override with GAPWISE_PRICES_FILE)';

/** The three token-accounting conventions the cost function knows. */
export const ProviderFamilySchema = z.enum(['google', 'openai', 'anthropic']);

/** The provider family whose token-accounting rules apply to a model. */
export type ProviderFamily = z.infer<typeof ProviderFamilySchema>;

const perMillion = z.number().nonnegative();

/** Prices that apply above a prompt-size threshold (Gemini Pro and Claude Sonnet long context). */
export const LongContextPriceSchema = z.object({
  /** The tier applies when the prompt (all input tokens, cached included) exceeds this many tokens. */
  aboveTokens: z.number().int().positive(),
  input: perMillion,
  cachedInput: perMillion.optional(),
  cacheWrite5m: perMillion.optional(),
  cacheWrite1h: perMillion.optional(),
  output: perMillion,
});

/** One model's prices, USD per 1M tokens. */
export const ModelPriceSchema = z.object({
  /** Decides how the provider counts tokens (OpenAI and Gemini include cached tokens in the input count). */
  provider: ProviderFamilySchema,
  /** Uncached input tokens. */
  input: perMillion,
  /** Input tokens read from the provider's prompt cache; absent → billed as uncached input. */
  cachedInput: perMillion.optional(),
  /** Tokens written to a 5-minute cache (Anthropic: 1.25 × input when absent). */
  cacheWrite5m: perMillion.optional(),
  /** Tokens written to a 1-hour cache (Anthropic: 2 × input when absent). */
  cacheWrite1h: perMillion.optional(),
  /** Output tokens (reasoning tokens included). */
  output: perMillion,
  /** Storage of an explicit cache, USD per 1M tokens per hour (Gemini explicit context caching). */
  cacheStoragePerHour: perMillion.optional(),
  /** Prices above a prompt-size threshold. */
  longContext: LongContextPriceSchema.optional(),
});

/** One model's prices. */
export type ModelPrice = z.infer<typeof ModelPriceSchema>;

/** Model id (lower case, without provider prefix or date suffix) → prices. */
export const PriceTableSchema = z.record(z.string().min(1), ModelPriceSchema);

/** Model id → prices. */
export type PriceTable = z.infer<typeof PriceTableSchema>;

/** The built-in price table. */
export const DEFAULT_PRICES: PriceTable = {
  // Google Gemini. Explicit-cache storage is billed per hour on top of the cached-input price.
  'gemini-3-pro-preview': {
    provider: 'google',
    input: 2,
    cachedInput: 0.2,
    output: 12,
    cacheStoragePerHour: 4.5,
    longContext: { aboveTokens: 200_000, input: 4, cachedInput: 0.4, output: 18 },
  },
  'gemini-2.5-pro': {
    provider: 'google',
    input: 1.25,
    cachedInput: 0.125,
    output: 10,
    cacheStoragePerHour: 4.5,
    longContext: { aboveTokens: 200_000, input: 2.5, cachedInput: 0.25, output: 15 },
  },
  'gemini-2.5-flash': {
    provider: 'google',
    input: 0.3,
    cachedInput: 0.03,
    output: 2.5,
    cacheStoragePerHour: 1,
  },
  'gemini-2.5-flash-lite': {
    provider: 'google',
    input: 0.1,
    cachedInput: 0.01,
    output: 0.4,
    cacheStoragePerHour: 1,
  },
  'gemini-2.0-flash': {
    provider: 'google',
    input: 0.1,
    cachedInput: 0.025,
    output: 0.4,
    cacheStoragePerHour: 1,
  },
  'gemini-2.0-flash-lite': { provider: 'google', input: 0.075, output: 0.3 },
  // OpenAI: no charge for cache writes; cached input is a fixed fraction of input per model.
  'gpt-5': { provider: 'openai', input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5.1': { provider: 'openai', input: 1.25, cachedInput: 0.125, output: 10 },
  'gpt-5-mini': { provider: 'openai', input: 0.25, cachedInput: 0.025, output: 2 },
  'gpt-5-nano': { provider: 'openai', input: 0.05, cachedInput: 0.005, output: 0.4 },
  'gpt-4.1': { provider: 'openai', input: 2, cachedInput: 0.5, output: 8 },
  'gpt-4.1-mini': { provider: 'openai', input: 0.4, cachedInput: 0.1, output: 1.6 },
  'gpt-4.1-nano': { provider: 'openai', input: 0.1, cachedInput: 0.025, output: 0.4 },
  'gpt-4o': { provider: 'openai', input: 2.5, cachedInput: 1.25, output: 10 },
  'gpt-4o-2024-05-13': { provider: 'openai', input: 5, output: 15 },
  'gpt-4o-mini': { provider: 'openai', input: 0.15, cachedInput: 0.075, output: 0.6 },
  o3: { provider: 'openai', input: 2, cachedInput: 0.5, output: 8 },
  'o3-mini': { provider: 'openai', input: 1.1, cachedInput: 0.55, output: 4.4 },
  'o4-mini': { provider: 'openai', input: 1.1, cachedInput: 0.275, output: 4.4 },
  // Anthropic: cache writes 1.25 × input (5 min) or 2 × input (1 h); cache reads 0.1 × input.
  'claude-opus-4-5': {
    provider: 'anthropic',
    input: 5,
    cacheWrite5m: 6.25,
    cacheWrite1h: 10,
    cachedInput: 0.5,
    output: 25,
  },
  'claude-opus-4-1': {
    provider: 'anthropic',
    input: 15,
    cacheWrite5m: 18.75,
    cacheWrite1h: 30,
    cachedInput: 1.5,
    output: 75,
  },
  'claude-opus-4': {
    provider: 'anthropic',
    input: 15,
    cacheWrite5m: 18.75,
    cacheWrite1h: 30,
    cachedInput: 1.5,
    output: 75,
  },
  'claude-sonnet-4-5': {
    provider: 'anthropic',
    input: 3,
    cacheWrite5m: 3.75,
    cacheWrite1h: 6,
    cachedInput: 0.3,
    output: 15,
    longContext: {
      aboveTokens: 200_000,
      input: 6,
      cacheWrite5m: 7.5,
      cacheWrite1h: 12,
      cachedInput: 0.6,
      output: 22.5,
    },
  },
  'claude-sonnet-4': {
    provider: 'anthropic',
    input: 3,
    cacheWrite5m: 3.75,
    cacheWrite1h: 6,
    cachedInput: 0.3,
    output: 15,
    longContext: {
      aboveTokens: 200_000,
      input: 6,
      cacheWrite5m: 7.5,
      cacheWrite1h: 12,
      cachedInput: 0.6,
      output: 22.5,
    },
  },
  'claude-3-7-sonnet': {
    provider: 'anthropic',
    input: 3,
    cacheWrite5m: 3.75,
    cacheWrite1h: 6,
    cachedInput: 0.3,
    output: 15,
  },
  'claude-haiku-4-5': {
    provider: 'anthropic',
    input: 1,
    cacheWrite5m: 1.25,
    cacheWrite1h: 2,
    cachedInput: 0.1,
    output: 5,
  },
  'claude-3-5-haiku': {
    provider: 'anthropic',
    input: 0.8,
    cacheWrite5m: 1,
    cacheWrite1h: 1.6,
    cachedInput: 0.08,
    output: 4,
  },
};

// A date, version or preview tag after a known id still names the same priced model.
const VERSION_SUFFIX = /^-(\d{8}|\d{4}-\d{2}-\d{2}|\d{3}|latest|preview(-[\w.-]+)?|exp(-[\w.-]+)?)$/;

/** The canonical id a model name is looked up by: lower case, without a `provider:` or `models/` prefix. */
export function canonicalModelId(model: string): string {
  let id = model.trim().toLowerCase();
  // `google:gemini-2.5-flash` → `gemini-2.5-flash`; an Ollama tag such as `llama3.1:8b` keeps its colon.
  const prefix = /^[a-z][a-z-]*(\.[a-z-]+)*:/.exec(id);
  if (prefix && id.length > prefix[0].length) id = id.slice(prefix[0].length);
  if (id.startsWith('models/')) id = id.slice('models/'.length);
  return id;
}

/**
 * The price entry for `model`: an exact id, else the longest known id followed only by a date,
 * version or preview suffix. Undefined when the model is unknown (its cost is then "unknown", never 0).
 */
export function findModelPrice(
  table: PriceTable,
  model: string,
): { id: string; price: ModelPrice } | undefined {
  let memo = lookups.get(table);
  if (!memo) {
    memo = new Map();
    lookups.set(table, memo);
  }
  if (memo.has(model)) return memo.get(model);
  const found = lookUp(table, model);
  // Bounded: a caller passing endless distinct ids gets lookups without memoisation past the cap.
  if (memo.size < MAX_MEMOISED_LOOKUPS) memo.set(model, found);
  return found;
}

const MAX_MEMOISED_LOOKUPS = 1000;
// Per table, since a table loaded with overrides prices differently. Tables are treated as immutable.
const lookups = new WeakMap<PriceTable, Map<string, { id: string; price: ModelPrice } | undefined>>();

function lookUp(table: PriceTable, model: string): { id: string; price: ModelPrice } | undefined {
  const id = canonicalModelId(model);
  const exact = table[id];
  if (exact) return { id, price: exact };
  let best: string | undefined;
  for (const key of Object.keys(table)) {
    if (
      id.startsWith(key) &&
      VERSION_SUFFIX.test(id.slice(key.length)) &&
      (!best || key.length > best.length)
    ) {
      best = key;
    }
  }
  return best ? { id: best, price: table[best]! } : undefined;
}
