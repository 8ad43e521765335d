import type { Registry } from 'prom-client';
import type { Dashboard } from './dashboard-schema.js';
import type { MemoryFootprint } from './memory-footprint.js';
import type { PromptCacheStats } from './prompt-cache-stats-schema.js';
import type { SpeculationOutcome, SpeculativeStep } from './speculation-tally.js';

export type { SpeculationOutcome, SpeculativeStep } from './speculation-tally.js';

/** A response-cache layer (L1 in-process LRU, L2 Redis) or the provider's prompt cache. */
export type CacheLayer = 'l1' | 'l2' | 'prompt';

/** Status of one component the service depends on. */
export type ComponentStatus = 'ok' | 'degraded' | 'down';

/** The candidate's decision on a generated bullet. */
export type BulletDecision = 'accept' | 'edit' | 'reject';

/**
 * One model call (or response-cache hit) to record. `inputTokens` counts every input token, cached
 * ones included — the AI SDK's convention for every provider and OpenAI's and Gemini's own. To pass
 * Anthropic's raw `input_tokens` (which excludes cache reads and writes) set `inputIncludesCache: false`.
 * The LLM engine's `ModelCallUsage` reports fit as they are: `onUsage: (u) => metrics.recordModelUsage(u)`.
 */
export interface ModelUsageRecord {
  /** Reasoning step, e.g. `evaluate-answer`. */
  step: string;
  /** Provider id: `google`, `openai`, `anthropic`, or an AI SDK id such as `anthropic.messages`. */
  provider: string;
  /** Model id as the provider names it, e.g. `gemini-2.5-flash`, `claude-sonnet-4-5-20250929`. */
  modelId: string;
  sessionId?: string | undefined;
  questionId?: string | undefined;
  /** Input (prompt) tokens, cached ones included unless `inputIncludesCache` is false. */
  inputTokens: number;
  /** Input tokens read from the provider's prompt cache; undefined when the provider did not report it. */
  cachedInputTokens?: number | undefined;
  /** Input tokens written to the provider's prompt cache (Anthropic cache creation). */
  cacheWriteTokens?: number | undefined;
  /** Lifetime of the written cache entries; decides the Anthropic write price (1.25× for 5 min, 2× for 1 h). */
  cacheWriteTtl?: '5m' | '1h' | undefined;
  outputTokens: number;
  /** Wall time of the call in ms. */
  durationMs: number;
  /** True when our response cache (L1/L2) answered: no provider call, tokens not spent. */
  cached?: boolean | undefined;
  /** False when `inputTokens` excludes cache reads and writes (Anthropic's raw usage). Default true. */
  inputIncludesCache?: boolean | undefined;
}

/** The outcome of one finished bullet: its final review and how it got there. */
export interface BulletReviewRecord {
  /** Final bullet score 0–10. */
  score: number;
  /** The final bullet passed the bar. */
  passed: boolean;
  /** Refinements that ran for this bullet (0 when the first draft was final). */
  refinements: number;
  /** The first draft passed review. */
  firstPass: boolean;
}

/** What a scored answer led to, for the deep-dive and true-gap rates. */
export interface AnswerOutcome {
  /** A deep-dive question followed this answer. */
  deepDive?: boolean;
  /** The candidate has no such experience; the gap was recorded as a true gap. */
  trueGap?: boolean;
}

/** Storage of a provider's explicit context cache (Gemini `cachedContents`), billed per token-hour. */
export interface CacheStorageRecord {
  provider: string;
  modelId: string;
  sessionId?: string | undefined;
  /** Tokens held in the cache. */
  cachedTokens: number;
  /** How long it was held, in hours (fractions allowed). */
  hours: number;
}

/**
 * Records how fast, costly, good and healthy Gapwise is, keeps 24 h of it in bounded memory, and
 * serves it as a dashboard summary, prompt-cache figures and Prometheus metrics. Recording is
 * synchronous and allocation-free in the steady state: safe on the hot path.
 */
export interface MetricsCollector {
  /** Counts one run of an operation (workflow node, model step, HTTP route, state read/write). */
  recordOperation(name: string, durationMs: number, ok: boolean, errorCode?: string): void;
  /** Times `fn` and records it under `name`; a rejection counts as an error (by its `code` if any) and is rethrown. */
  trackPerformance<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Counts one model call's tokens, cost and latency (or one response-cache hit). Also counts the
   * call as a prompt-cache hit or miss when its provider reported cached tokens, and its latency as
   * operation `model.<step>`.
   */
  recordModelUsage(record: ModelUsageRecord): void;
  /** Counts the cost of keeping an explicit context cache. */
  recordCacheStorage(record: CacheStorageRecord): void;
  /** Counts a hit or miss of a cache layer (prompt-cache lookups are already counted by recordModelUsage). */
  recordCache(layer: CacheLayer, hit: boolean): void;
  /** Counts one evaluated answer with its score 0–10. */
  recordAnswerScore(score: number, outcome?: AnswerOutcome): void;
  /** Counts one finished bullet. */
  recordBulletReview(record: BulletReviewRecord): void;
  /** Counts the candidate's decision on a bullet. */
  recordDecision(action: BulletDecision): void;
  /**
   * Counts a speculative model call the LLM engine started, or what became of it. Fits the engine's
   * listener as it is: `onSpeculation: ({ step, outcome }) => metrics.recordSpeculation(step, outcome)`.
   */
  recordSpeculation(step: SpeculativeStep, outcome: SpeculationOutcome): void;
  /** Counts an error by its code (trackPerformance and failed recordOperation calls with a code do this). */
  recordError(code: string): void;
  /** Sets a component's status; `detail` of a non-ok status is kept as its last error. */
  setComponentHealth(name: string, status: ComponentStatus, detail?: string): void;
  /** Summary of the last `windowMs` (default 1 h, at most the retention), rounded out to whole slots. */
  dashboard(windowMs?: number): Dashboard;
  /** Prompt-cache and response-cache figures per step and overall, over `windowMs` (default: the retention). */
  promptCacheStats(windowMs?: number): PromptCacheStats;
  /** This collector's own Prometheus registry (not the global one), with default process metrics. */
  prometheusRegistry(): Registry;
  /** What the collector holds and a bound on its memory. */
  memoryFootprint(): MemoryFootprint;
}
