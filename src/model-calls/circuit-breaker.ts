import type { LanguageModelV3Middleware } from '@ai-sdk/provider';
import { GapwiseError } from '../errors/index.js';
import { isRetryableModelError } from './retryable-error.js';

/** The breaker's state: `closed` lets calls through, `open` fails them fast, `half-open` lets one probe through. */
export type CircuitState = 'closed' | 'open' | 'half-open';

/** Options of the circuit breaker. */
export interface CircuitBreakerOptions {
  /** Consecutive provider failures that open the circuit. */
  failureThreshold?: number;
  /** How long the circuit stays open before one probe call is let through. */
  openMs?: number;
  now?: () => number;
  onStateChange?: (state: CircuitState) => void;
}

/**
 * Fails fast while the provider is down: after `failureThreshold` consecutive provider failures
 * every call gets MODEL_UNAVAILABLE at once (with Retry-After) until `openMs` has passed; then
 * one probe decides whether to close again. Invalid requests do not count as provider failures.
 */
export class CircuitBreaker {
  #state: CircuitState = 'closed';
  #failures = 0;
  #openedAt = 0;
  #probeInFlight = false;
  readonly #threshold: number;
  readonly #openMs: number;
  readonly #now: () => number;
  readonly #onStateChange: ((state: CircuitState) => void) | undefined;

  constructor({
    failureThreshold = 5,
    openMs = 30_000,
    now = Date.now,
    onStateChange,
  }: CircuitBreakerOptions = {}) {
    this.#threshold = failureThreshold;
    this.#openMs = openMs;
    this.#now = now;
    this.#onStateChange = onStateChange;
  }

  get state(): CircuitState {
    if (this.#state === 'open' && this.#now() - this.#openedAt >= this.#openMs) this.#setState('half-open');
    return this.#state;
  }

  /** Runs `call` through the breaker. */
  async run<T>(call: () => PromiseLike<T>): Promise<T> {
    const state = this.state;
    if (state === 'open' || (state === 'half-open' && this.#probeInFlight)) {
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((this.#openMs - (this.#now() - this.#openedAt)) / 1000),
      );
      throw new GapwiseError('MODEL_UNAVAILABLE', {
        message:
          'The language model provider is failing; requests are paused for a moment. Try again shortly.',
        retryAfterSeconds,
      });
    }
    if (state === 'half-open') this.#probeInFlight = true;
    try {
      const result = await call();
      this.#failures = 0;
      if (this.#state !== 'closed') this.#setState('closed');
      return result;
    } catch (error) {
      if (isRetryableModelError(error)) this.#recordFailure();
      throw error;
    } finally {
      if (state === 'half-open') this.#probeInFlight = false;
    }
  }

  /** The breaker as AI SDK middleware, so every model call passes through it. */
  middleware(): LanguageModelV3Middleware {
    return { specificationVersion: 'v3', wrapGenerate: ({ doGenerate }) => this.run(doGenerate) };
  }

  #recordFailure() {
    this.#failures += 1;
    if (this.#state === 'half-open' || this.#failures >= this.#threshold) {
      this.#openedAt = this.#now();
      this.#setState('open');
    }
  }

  #setState(state: CircuitState) {
    this.#state = state;
    this.#onStateChange?.(state);
  }
}
