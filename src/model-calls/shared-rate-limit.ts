import type { LanguageModelV3Middleware } from '@ai-sdk/provider';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** Thrown when a call found no budget within its longest wait: the provider is, for us, unavailable. */
export class RateLimitExhaustedError extends Error {
  override readonly name = 'RateLimitExhaustedError';
}

/** Options of the provider rate limit. */
export interface SharedRateLimitOptions {
  /** Calls allowed per window, across all servers sharing the Redis. */
  callsPerWindow: number;
  windowSeconds?: number;
  /** Shared state; without it the limit holds for this process only. */
  redis?: Redis;
  /** Name of the limit, e.g. the provider: servers with the same key share one budget. */
  key: string;
  keyPrefix?: string;
  /** Longest a call may wait for budget before it fails. */
  maxWaitMs?: number;
}

/**
 * A provider rate limit shared by every server through Redis (rate-limiter-flexible), so that
 * several servers together respect the provider's quota. A call over budget waits for the next
 * slot instead of failing; if Redis itself is down the limit falls back to this process alone.
 */
export class SharedRateLimit {
  readonly #limiter: RateLimiterRedis | RateLimiterMemory;
  readonly #key: string;
  readonly #maxWaitMs: number;

  constructor({
    callsPerWindow,
    windowSeconds = 60,
    redis,
    key,
    keyPrefix = 'gw:ratelimit',
    maxWaitMs = 120_000,
  }: SharedRateLimitOptions) {
    const memory = new RateLimiterMemory({ points: callsPerWindow, duration: windowSeconds, keyPrefix });
    this.#limiter = redis
      ? new RateLimiterRedis({
          storeClient: redis,
          points: callsPerWindow,
          duration: windowSeconds,
          keyPrefix,
          insuranceLimiter: memory,
        })
      : memory;
    this.#key = key;
    this.#maxWaitMs = maxWaitMs;
  }

  /** Waits until the shared budget allows one more call. */
  async acquire(): Promise<void> {
    const deadline = Date.now() + this.#maxWaitMs;
    for (;;) {
      try {
        await this.#limiter.consume(this.#key, 1);
        return;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const waitMs = Math.max(10, rejection.msBeforeNext);
        if (Date.now() + waitMs > deadline)
          throw new RateLimitExhaustedError(`Provider rate limit: no budget within ${this.#maxWaitMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
    }
  }

  /** The limit as AI SDK middleware. */
  middleware(): LanguageModelV3Middleware {
    return {
      specificationVersion: 'v3',
      wrapGenerate: async ({ doGenerate }) => {
        await this.acquire();
        return doGenerate();
      },
    };
  }
}
