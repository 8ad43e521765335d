import type { LanguageModelV3Middleware } from '@ai-sdk/provider';

/**
 * A counting semaphore: at most `limit` calls run at once, the rest wait in order. One per
 * provider keeps a server within the provider's concurrency allowance.
 */
export class ConcurrencyLimiter {
  #active = 0;
  readonly #queue: Array<() => void> = [];
  readonly limit: number;

  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`Concurrency limit must be a positive integer, got ${limit}`);
    this.limit = limit;
  }

  /** Calls running now. */
  get active(): number {
    return this.#active;
  }

  /** Calls waiting for a slot. */
  get waiting(): number {
    return this.#queue.length;
  }

  async run<T>(call: () => PromiseLike<T>): Promise<T> {
    if (this.#active >= this.limit) await new Promise<void>((resolve) => this.#queue.push(resolve));
    this.#active += 1;
    try {
      return await call();
    } finally {
      this.#active -= 1;
      this.#queue.shift()?.();
    }
  }

  /** The limiter as AI SDK middleware. */
  middleware(): LanguageModelV3Middleware {
    return { specificationVersion: 'v3', wrapGenerate: ({ doGenerate }) => this.run(doGenerate) };
  }
}
