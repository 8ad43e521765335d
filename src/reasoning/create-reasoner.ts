import type { LanguageModelV3, LanguageModelV3Middleware } from '@ai-sdk/provider';
import { wrapLanguageModel } from 'ai';
import type { Redis } from 'ioredis';
import { readEnvFlag, readEnvNumber } from '../config/env-values.js';
import { GapwiseError } from '../errors/index.js';
import { CircuitBreaker } from '../model-calls/circuit-breaker.js';
import { ConcurrencyLimiter } from '../model-calls/concurrency-limiter.js';
import { createFallbackMiddleware } from '../model-calls/fallback-model.js';
import type { GeminiContextCache } from '../model-calls/gemini-context-cache.js';
import { ResponseCache } from '../model-calls/response-cache.js';
import { createRetryMiddleware } from '../model-calls/retry-middleware.js';
import { SharedRateLimit } from '../model-calls/shared-rate-limit.js';
import { createGeminiContextCacheFromEnv } from './gemini-context-cache-from-env.js';
import { createLlmEngine } from './llm/llm-engine.js';
import type { ModelCallUsageListener } from './llm/model-call-usage.js';
import { type SelectedModel, selectFallbackModel, selectModel } from './llm/model-selection.js';
import type { SpeculationListener } from './llm/speculation-event.js';
import { createOfflineEngine } from './offline/offline-engine.js';
import type { Reasoner } from './reasoner.js';

/** What the reasoner factory may be given by the process that runs it. */
export interface ReasonerDeps {
  /** Shared Redis: enables the L2 response cache and the rate limit shared by all servers. */
  redis?: Redis;
  onUsage?: ModelCallUsageListener;
  /** Told about every call the LLM engine makes ahead of the workflow (bullet drafts, follow-ups). */
  onSpeculation?: SpeculationListener;
  /** Operational messages (fallbacks, retries, breaker changes); never CV text or answers. */
  log?: (message: string) => void;
  /** The response cache to use, when the caller wants to own it (e.g. to forget a deleted session). */
  responseCache?: ResponseCache;
  /** HTTP client of the provider SDKs; tests pass one that never reaches the network. */
  fetch?: typeof globalThis.fetch;
  /** Gemini's explicit cache, when the caller wants to own it (to delete a session's cache with it). */
  geminiContextCache?: GeminiContextCache;
}

/** Settings of the model-call stack, read from the environment. */
export interface ModelCallSettings {
  timeoutMs: number;
  maxAttempts: number;
  concurrency: number;
  /** Calls per rate-limit window shared by all servers; unset → 600 per 60 s with Redis, no limit without. */
  rateLimitCalls: number | undefined;
  /** Length of the rate-limit window (rate-limiter-flexible's fixed window), in seconds. */
  rateLimitWindowSeconds: number;
  fallbackToOffline: boolean;
  bulletThreshold: number;
  keyPrefix: string;
  cacheTtlSeconds: number;
}

/**
 * The shared rate limit: `MODEL_RATE_LIMIT_CALLS` per `MODEL_RATE_LIMIT_WINDOW_SECONDS` (default 60).
 * `MODEL_RATE_LIMIT_PER_MINUTE` keeps working as the calls of a 60 s window; with any other window
 * its name would lie, so that combination is refused rather than guessed at.
 */
function readRateLimit(
  env: NodeJS.ProcessEnv,
): Pick<ModelCallSettings, 'rateLimitCalls' | 'rateLimitWindowSeconds'> {
  const windowSeconds = readEnvNumber(env, 'MODEL_RATE_LIMIT_WINDOW_SECONDS', 60, { max: 86_400 });
  const perMinute = env.MODEL_RATE_LIMIT_PER_MINUTE?.trim();
  const calls = env.MODEL_RATE_LIMIT_CALLS?.trim();
  if (perMinute && calls) {
    throw new GapwiseError('INVALID_CONFIG', {
      message:
        'MODEL_RATE_LIMIT_CALLS and MODEL_RATE_LIMIT_PER_MINUTE are both set; set only MODEL_RATE_LIMIT_CALLS (calls per MODEL_RATE_LIMIT_WINDOW_SECONDS).',
      details: { variables: ['MODEL_RATE_LIMIT_CALLS', 'MODEL_RATE_LIMIT_PER_MINUTE'] },
    });
  }
  if (perMinute && windowSeconds !== 60) {
    throw new GapwiseError('INVALID_CONFIG', {
      message: `MODEL_RATE_LIMIT_PER_MINUTE counts calls per 60 s, but MODEL_RATE_LIMIT_WINDOW_SECONDS is ${windowSeconds}; set MODEL_RATE_LIMIT_CALLS (calls per window) instead.`,
      details: { variables: ['MODEL_RATE_LIMIT_PER_MINUTE', 'MODEL_RATE_LIMIT_WINDOW_SECONDS'] },
    });
  }
  if (!perMinute && !calls && env.MODEL_RATE_LIMIT_WINDOW_SECONDS?.trim()) {
    throw new GapwiseError('INVALID_CONFIG', {
      message:
        'MODEL_RATE_LIMIT_WINDOW_SECONDS has no effect alone; set MODEL_RATE_LIMIT_CALLS (calls per window) too.',
      details: { variables: ['MODEL_RATE_LIMIT_WINDOW_SECONDS', 'MODEL_RATE_LIMIT_CALLS'] },
    });
  }
  const rateLimitCalls = calls
    ? readEnvNumber(env, 'MODEL_RATE_LIMIT_CALLS', 600)
    : perMinute
      ? readEnvNumber(env, 'MODEL_RATE_LIMIT_PER_MINUTE', 600)
      : undefined;
  return { rateLimitCalls, rateLimitWindowSeconds: windowSeconds };
}

/** Reads the model-call settings (`MODEL_TIMEOUT_MS`, `MODEL_CONCURRENCY`…) with their defaults. */
export function readModelCallSettings(env: NodeJS.ProcessEnv): ModelCallSettings {
  return {
    timeoutMs: readEnvNumber(env, 'MODEL_TIMEOUT_MS', 60_000),
    maxAttempts: readEnvNumber(env, 'MODEL_MAX_ATTEMPTS', 3, { max: 10 }),
    concurrency: readEnvNumber(env, 'MODEL_CONCURRENCY', 8, { max: 1000 }),
    ...readRateLimit(env),
    fallbackToOffline: readEnvFlag(env, 'GAPWISE_OFFLINE_FALLBACK', true),
    bulletThreshold: readEnvNumber(env, 'BULLET_THRESHOLD', 8, { integer: false, min: 0, max: 10 }),
    keyPrefix: env.REDIS_KEY_PREFIX?.trim() || 'gw',
    cacheTtlSeconds: readEnvNumber(env, 'STATE_TTL_SECONDS', 3600),
  };
}

/**
 * One model's own protection, outermost first: circuit breaker (fails fast while the provider is
 * down), concurrency limit (retry back-off keeps its slot, so a struggling provider gets less
 * traffic), shared rate limit (keyed by the model's provider), Gemini's explicit context cache
 * (when given), then retries with a per-attempt timeout right around the provider.
 */
function protectModel(
  selected: SelectedModel,
  settings: ModelCallSettings,
  { redis, log, geminiContextCache }: Pick<ReasonerDeps, 'redis' | 'log' | 'geminiContextCache'>,
): LanguageModelV3 {
  const name = `${selected.provider}:${selected.modelId}`;
  const breaker = new CircuitBreaker({
    onStateChange: (state) => log?.(`model ${name}: circuit ${state}`),
  });
  const middleware: LanguageModelV3Middleware[] = [
    breaker.middleware(),
    new ConcurrencyLimiter(settings.concurrency).middleware(),
  ];
  // Without a configured budget, servers sharing a Redis still keep a generous one (600 per minute).
  const rateLimit = settings.rateLimitCalls
    ? { callsPerWindow: settings.rateLimitCalls, windowSeconds: settings.rateLimitWindowSeconds }
    : redis
      ? { callsPerWindow: 600, windowSeconds: 60 }
      : undefined;
  if (rateLimit) {
    middleware.push(
      new SharedRateLimit({
        ...rateLimit,
        key: selected.provider,
        keyPrefix: `${settings.keyPrefix}:ratelimit`,
        ...(redis && { redis }),
      }).middleware(),
    );
  }
  // Inside the response cache (its key must not name the Gemini cache), outside the retries (a
  // retry reuses the cache).
  if (selected.provider === 'google' && geminiContextCache) {
    middleware.push(geminiContextCache.middleware());
  }
  middleware.push(
    createRetryMiddleware({
      maxAttempts: settings.maxAttempts,
      attemptTimeoutMs: settings.timeoutMs,
      onRetry: ({ attempt, delayMs }) =>
        log?.(`model ${name}: attempt ${attempt} failed, retrying in ${delayMs} ms`),
    }),
  );
  return wrapLanguageModel({ model: selected.model, middleware });
}

/**
 * Wraps the provider's model in the model-call middleware, outermost first: response cache (a
 * hit skips everything), then the fallback step when a fallback model is given, then the model's
 * own protection (circuit breaker, concurrency limit, shared rate limit, Gemini's explicit context
 * cache for Google, retries with a per-attempt timeout). The fallback model has a protection stack
 * of its own (its own breaker, limits and retries; no Gemini explicit cache) and is called, with
 * the same request, only when the primary is unavailable after its retries or its circuit is open.
 */
export function wrapModelForGapwise(
  selected: SelectedModel,
  settings: ModelCallSettings,
  deps: Pick<ReasonerDeps, 'redis' | 'log' | 'responseCache' | 'geminiContextCache'> & {
    /** The model that stands in when `selected` is unavailable. */
    fallback?: SelectedModel;
  } = {},
): LanguageModelV3 {
  const { redis, log, fallback } = deps;
  const cache =
    deps.responseCache ??
    new ResponseCache({
      ...(redis && { redis }),
      keyPrefix: settings.keyPrefix,
      ttlSeconds: settings.cacheTtlSeconds,
    });
  const middleware: LanguageModelV3Middleware[] = [cache.middleware()];
  if (fallback) {
    middleware.push(
      createFallbackMiddleware({
        primary: selected,
        fallback: {
          provider: fallback.provider,
          modelId: fallback.modelId,
          model: protectModel(fallback, settings, { ...(redis && { redis }), ...(log && { log }) }),
        },
        ...(log && { log }),
      }),
    );
  }
  return wrapLanguageModel({ model: protectModel(selected, settings, deps), middleware });
}

/**
 * The reasoner for this process: the offline engine when no model is configured, otherwise the
 * LLM engine on the configured model behind the model-call middleware, with the offline engine
 * doing the gap analysis and taking over a step when the model is unavailable
 * (`GAPWISE_OFFLINE_FALLBACK=false` turns that off: the step then fails with 503). With
 * `GAPWISE_FALLBACK_MODEL`, a second model answers first when the configured one is unavailable.
 * @throws GapwiseError INVALID_CONFIG for a bad model setting, a provider without its key, or a
 * fallback model without a primary one.
 * @example
 * const reasoner = createReasonerFromEnv(process.env, { redis, log: (m) => logger.warn(m) });
 */
export function createReasonerFromEnv(env: NodeJS.ProcessEnv, deps: ReasonerDeps = {}): Reasoner {
  const settings = readModelCallSettings(env);
  const offline = createOfflineEngine({ bulletPassThreshold: settings.bulletThreshold });
  const withFetch = deps.fetch ? { fetch: deps.fetch } : {};
  const selected = selectModel(env, withFetch);
  // Read before the offline return: a fallback without a primary model is a configuration error.
  const fallback = selectFallbackModel(env, { ...withFetch, primary: selected });
  if (!selected) return offline;
  const { log, onUsage, onSpeculation } = deps;
  // The workflow's pass mark and follow-up budget (same variables and defaults as the app config):
  // the engine starts the step that will follow an evaluation before the evaluation is back.
  const answerThreshold = readEnvNumber(env, 'ANSWER_THRESHOLD', 7, { integer: false, min: 0, max: 10 });
  const maxDeepDiveRounds = readEnvNumber(env, 'MAX_DEEP_DIVE_ROUNDS', 2, { min: 0, max: 10 });
  const geminiContextCache =
    deps.geminiContextCache ??
    createGeminiContextCacheFromEnv(env, {
      ...(deps.redis && { redis: deps.redis }),
      keyPrefix: settings.keyPrefix,
      ...(log && { log }),
      ...(deps.fetch && { fetch: deps.fetch }),
    });
  return createLlmEngine({
    model: wrapModelForGapwise(selected, settings, {
      ...deps,
      ...(geminiContextCache && { geminiContextCache }),
      ...(fallback && { fallback }),
    }),
    provider: selected.provider,
    modelId: selected.modelId,
    offline,
    fallbackToOffline: settings.fallbackToOffline,
    bulletThreshold: settings.bulletThreshold,
    answerThreshold,
    maxDeepDiveRounds,
    ...(onUsage && { onUsage }),
    ...(onSpeculation && { onSpeculation }),
    onFallback: ({ step, error }) =>
      log?.(`model unavailable for ${step}; the offline engine answered (${error.message})`),
  });
}
