import { z } from 'zod';

const share = z.number().min(0).max(1).nullable();

/** Prompt-cache figures of one reasoning step (or of all steps together). */
export const PromptCacheFiguresSchema = z.object({
  /** Calls that reached the provider. */
  calls: z.number().int().nonnegative(),
  /** Every input token, cached ones included. */
  inputTokens: z.number().nonnegative(),
  cachedInputTokens: z.number().nonnegative(),
  cacheWriteTokens: z.number().nonnegative(),
  /** Σ cached ÷ Σ input over calls whose provider reported cached tokens; null when none did. */
  cachedShare: share,
  /** Calls whose provider did not report cached tokens (left out of cachedShare). */
  notReportedCalls: z.number().int().nonnegative(),
  /** USD the prompt cache saved versus full input price (net of Anthropic's cache-write premium). */
  estimatedSavingUsd: z.number(),
  /** Calls answered by our response cache instead of the provider. */
  responseCacheHits: z.number().int().nonnegative(),
});

/** Figures served by `GET /api/prompt-cache/stats`. */
export const PromptCacheStatsSchema = z.object({
  generatedAt: z.iso.datetime(),
  windowMs: z.number().int().positive(),
  overall: PromptCacheFiguresSchema,
  steps: z.array(PromptCacheFiguresSchema.extend({ step: z.string() })),
  responseCache: z.object({
    l1: z.object({
      hits: z.number().int().nonnegative(),
      misses: z.number().int().nonnegative(),
      hitRate: share,
    }),
    l2: z.object({
      hits: z.number().int().nonnegative(),
      misses: z.number().int().nonnegative(),
      hitRate: share,
    }),
  }),
});

/** Prompt- and response-cache figures. */
export type PromptCacheStats = z.infer<typeof PromptCacheStatsSchema>;
