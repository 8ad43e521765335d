import type { LanguageModelV3Middleware } from '@ai-sdk/provider';
import { isRetryableModelError, retryAfterSeconds } from './retryable-error.js';

/** Options of the retry middleware. */
export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Longest Retry-After honoured; a provider asking for longer fails the call instead. */
  maxRetryAfterMs?: number;
  /** Timeout of each attempt. */
  attemptTimeoutMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Exponential backoff with full jitter, or the provider's Retry-After when it sent one. */
export function retryDelayMs(
  { attempt, error }: { attempt: number; error: unknown },
  { baseDelayMs = 250, maxDelayMs = 8000, random = Math.random }: RetryOptions = {},
): number {
  const asked = retryAfterSeconds(error);
  if (asked !== undefined) return asked * 1000;
  return Math.round(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
}

async function withTimeout<T>(
  run: (signal: AbortSignal) => PromiseLike<T>,
  timeoutMs: number | undefined,
  outer?: AbortSignal,
) {
  if (timeoutMs === undefined) return run(outer ?? new AbortController().signal);
  const signal = outer
    ? AbortSignal.any([outer, AbortSignal.timeout(timeoutMs)])
    : AbortSignal.timeout(timeoutMs);
  return run(signal);
}

/**
 * Retries a model call only for retryable errors (408, 409, 429, 5xx, timeouts), with
 * exponential backoff and jitter, honouring Retry-After; each attempt has its own timeout.
 * Set the AI SDK's own `maxRetries` to 0 when using it, or the two layers multiply.
 */
export function createRetryMiddleware(options: RetryOptions = {}): LanguageModelV3Middleware {
  const {
    maxAttempts = 3,
    maxRetryAfterMs = 30_000,
    attemptTimeoutMs,
    sleep = defaultSleep,
    onRetry,
  } = options;
  return {
    specificationVersion: 'v3',
    wrapGenerate: async ({ params, model }) => {
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await withTimeout(
            (abortSignal) => model.doGenerate({ ...params, abortSignal }),
            attemptTimeoutMs,
            params.abortSignal,
          );
        } catch (error) {
          const delayMs = retryDelayMs({ attempt, error }, options);
          const giveUp = attempt >= maxAttempts || !isRetryableModelError(error) || delayMs > maxRetryAfterMs;
          if (giveUp || params.abortSignal?.aborted) throw error;
          onRetry?.({ attempt, delayMs, error });
          await sleep(delayMs);
        }
      }
    },
  };
}
