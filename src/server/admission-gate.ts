import { GapwiseError } from '../errors/index.js';

/** Limits of the admission gate. */
export interface AdmissionGateOptions {
  /** Requests allowed to run at once. */
  maxInFlight: number;
  /** Requests allowed to wait for a slot; one more is turned away at once. */
  maxQueued: number;
  /** Longest a request may wait for a slot before it is turned away. */
  maxWaitMs: number;
}

/**
 * Admission control for expensive requests (creating a session: parsing, analysis and a model
 * call per gap). Under a spike, a few run, a bounded number wait their turn in arrival order,
 * and the rest get 503 SERVER_BUSY with Retry-After at once, instead of every request slowing
 * down together until clients time out. Nothing is saved before a request is admitted, so a
 * turned-away request loses nothing.
 */
export class AdmissionGate {
  readonly #options: AdmissionGateOptions;
  readonly #waiting: Array<{ admit: () => void; timer: NodeJS.Timeout }> = [];
  #inFlight = 0;

  constructor(options: AdmissionGateOptions) {
    this.#options = options;
  }

  /** Requests running now and waiting now, for metrics and tests. */
  get load(): { inFlight: number; queued: number } {
    return { inFlight: this.#inFlight, queued: this.#waiting.length };
  }

  /**
   * Waits for a slot and returns the function that gives it back (call it once, when done).
   * @throws GapwiseError SERVER_BUSY when the queue is full or the wait would be too long.
   */
  async enter(): Promise<() => void> {
    if (this.#inFlight < this.#options.maxInFlight) {
      this.#inFlight += 1;
      return this.#releaser();
    }
    if (this.#waiting.length >= this.#options.maxQueued) throw this.#busy();
    await new Promise<void>((resolve, reject) => {
      const entry = {
        admit: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.#waiting.splice(this.#waiting.indexOf(entry), 1);
          reject(this.#busy());
        }, this.#options.maxWaitMs),
      };
      this.#waiting.push(entry);
    });
    return this.#releaser();
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      // The slot passes straight to the next in line, so a late arrival cannot jump the queue.
      if (next) next.admit();
      else this.#inFlight -= 1;
    };
  }

  #busy(): GapwiseError {
    const retryAfterSeconds = Math.max(1, Math.ceil(this.#options.maxWaitMs / 1000 / 2));
    return new GapwiseError('SERVER_BUSY', {
      message: `The server is creating as many sessions as it can (${this.#options.maxInFlight} at once, ${this.#options.maxQueued} waiting). Nothing was saved; try again in ${retryAfterSeconds} s.`,
      retryAfterSeconds,
    });
  }
}

/** The routes that pass the gate: the ones that analyse documents and call the model per gap. */
export const GATED_ROUTES: ReadonlySet<string> = new Set([
  'POST /api/sessions',
  'POST /api/adaptive-questions/batch-generate',
]);
