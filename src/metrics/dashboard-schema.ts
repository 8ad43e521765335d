import { z } from 'zod';
import { SPECULATIVE_STEPS } from './speculation-tally.js';

const rate = z.number().min(0).max(1).nullable().describe('0..1; null when there is nothing to divide by');
const ms = z.number().nonnegative();

/** Latency and errors of one operation over the window. */
export const OperationSummarySchema = z.object({
  name: z.string(),
  count: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  errorRate: rate,
  avgMs: ms,
  /** Percentiles from a log histogram: within 2 % of a value of that rank. */
  p50Ms: ms,
  p95Ms: ms,
  p99Ms: ms,
  minMs: ms,
  maxMs: ms,
});

/** Tokens and cost of one provider + model over the window. */
export const ModelCostSummarySchema = z.object({
  provider: z.string(),
  modelId: z.string(),
  calls: z.number().int().nonnegative(),
  responseCacheHits: z.number().int().nonnegative(),
  /** Every input token, cached ones included. */
  inputTokens: z.number().nonnegative(),
  cachedInputTokens: z.number().nonnegative(),
  cacheWriteTokens: z.number().nonnegative(),
  outputTokens: z.number().nonnegative(),
  costUsd: z.number().nonnegative(),
  /** False when some calls used a model missing from the price table: their cost counts as 0. */
  priced: z.boolean(),
  unpricedCalls: z.number().int().nonnegative(),
  /** Σ cached ÷ Σ input over calls that reported cached tokens; null when none did. */
  cachedShare: rate,
});

/** Cost per session (or question) among those with a model call in the window. */
export const CostPerEntrySchema = z.object({
  count: z.number().int().nonnegative(),
  /** Mean lifetime cost, USD. */
  averageUsd: z.number().nonnegative().nullable(),
  maxUsd: z.number().nonnegative().nullable(),
});

/** One counter pair of a cache layer. */
export const CacheLayerSummarySchema = z.object({
  hits: z.number().int().nonnegative(),
  misses: z.number().int().nonnegative(),
  hitRate: rate,
});

/** What became of one step's speculative model calls over the window. */
export const SpeculationSummarySchema = z.object({
  step: z.enum(SPECULATIVE_STEPS),
  /** Speculative calls started beside an answer's evaluation. */
  started: z.number().int().nonnegative(),
  /** Taken as written. */
  used: z.number().int().nonnegative(),
  /** Used once completed without another model call (follow-ups: one element written offline). */
  adapted: z.number().int().nonnegative(),
  /** The evaluation sent the answer elsewhere: not needed. */
  discarded: z.number().int().nonnegative(),
  /** Did not fit the evaluation: the regular call ran as well. */
  regenerated: z.number().int().nonnegative(),
  /** The speculative call failed: the regular call ran. */
  failed: z.number().int().nonnegative(),
  /** discarded + regenerated + failed: calls spent for nothing. */
  wasted: z.number().int().nonnegative(),
  /**
   * started − settled, at least 0: still in flight, never asked for (aged out, also wasted), or
   * settled after the window; with short windows a call may start before and settle inside it.
   */
  unsettled: z.number().int().nonnegative(),
  /** (used + adapted) ÷ (used + adapted + wasted): share of settled speculation that saved a call. */
  hitRate: rate,
});

/** Health of one component. */
export const ComponentHealthSchema = z.object({
  name: z.string(),
  status: z.enum(['ok', 'degraded', 'down']),
  detail: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
});

/** The dashboard summary served by `GET /api/metrics/dashboard`. */
export const DashboardSchema = z.object({
  generatedAt: z.iso.datetime(),
  /** Start of the window actually covered (rounded down to a whole time slot). */
  from: z.iso.datetime(),
  windowMs: z.number().int().positive(),
  performance: z.object({
    operations: z.array(OperationSummarySchema),
    /** Names of the slowest operations by p95, slowest first (at most 5). */
    slowest: z.array(z.string()),
  }),
  cost: z.object({
    totalUsd: z.number().nonnegative(),
    /** totalUsd scaled from the window to 30 days. */
    projectedMonthlyUsd: z.number().nonnegative(),
    calls: z.number().int().nonnegative(),
    responseCacheHits: z.number().int().nonnegative(),
    /** Calls priced at 0 because their model is not in the price table (the total is then a lower bound). */
    unpricedCalls: z.number().int().nonnegative(),
    tokens: z.object({
      input: z.number().nonnegative(),
      cachedInput: z.number().nonnegative(),
      cacheWrite: z.number().nonnegative(),
      output: z.number().nonnegative(),
    }),
    /** Explicit context-cache storage, USD (included in totalUsd). */
    cacheStorageUsd: z.number().nonnegative(),
    perModel: z.array(ModelCostSummarySchema),
    perSession: CostPerEntrySchema,
    perQuestion: CostPerEntrySchema,
    pricesAsOf: z.string(),
  }),
  quality: z.object({
    answers: z.number().int().nonnegative(),
    answerScoreAvg: z.number().min(0).max(10).nullable(),
    deepDiveRate: rate,
    trueGapRate: rate,
    bullets: z.number().int().nonnegative(),
    bulletScoreAvg: z.number().min(0).max(10).nullable(),
    bulletPassRate: rate,
    /** Share of bullets that needed at least one refinement. */
    refinementRate: rate,
    averageRefinements: z.number().nonnegative().nullable(),
    /** Share of bullets whose first draft passed review. */
    firstPassAcceptance: rate,
    decisions: z.object({
      accept: z.number().int().nonnegative(),
      edit: z.number().int().nonnegative(),
      reject: z.number().int().nonnegative(),
    }),
    /** Share of decided bullets the candidate accepted as they were. */
    candidateAcceptRate: rate,
  }),
  caches: z.object({
    l1: CacheLayerSummarySchema,
    l2: CacheLayerSummarySchema,
    prompt: CacheLayerSummarySchema.extend({
      /** Σ cached ÷ Σ input tokens over calls whose provider reported cached tokens; null when none did. */
      cachedShare: rate,
      /** Provider calls that did not report cached tokens (excluded from cachedShare, never counted as 0 %). */
      notReportedCalls: z.number().int().nonnegative(),
    }),
  }),
  /** Speculative model calls per step (both steps, always): how often speculation pays off or wastes a call. */
  speculation: z.array(SpeculationSummarySchema),
  health: z.object({
    status: z.enum(['healthy', 'degraded', 'unhealthy']),
    components: z.array(ComponentHealthSchema),
  }),
  errors: z.array(z.object({ code: z.string(), count: z.number().int().nonnegative() })),
});

/** The dashboard summary. */
export type Dashboard = z.infer<typeof DashboardSchema>;
