import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { QuestionStepInput } from '../reasoner.js';

/**
 * Results of a next step (the bullet draft, the follow-up questions) started while an answer is
 * still being evaluated. When the workflow asks for that step next, it finds the result ready
 * (or in flight): the candidate waits for one model call instead of two. A result is keyed by
 * the session, the question and the exact answers, so it is only ever used for the input it was
 * written from; unused results age out, or are discarded once the evaluation rules them out.
 */
export class SpeculativeDrafts<T> {
  readonly #drafts = new LRUCache<string, { pending: Promise<T | undefined>; failed: boolean }>({
    max: 500,
    ttl: 5 * 60_000,
  });

  /**
   * Starts `draft` for this input unless one is already running or done for it; a draft that
   * failed is replaced. A failure is kept quiet: the draft then reads as `undefined` and the
   * real step runs instead. True when a draft was started.
   */
  start(input: QuestionStepInput, draft: () => Promise<T>): boolean {
    const key = this.#key(input);
    if (this.#drafts.get(key)?.failed === false) return false;
    let failed = false;
    // A draft that throws before its first await fails like one that rejects.
    const pending = new Promise<T>((resolve) => resolve(draft())).catch(() => {
      failed = true;
      return undefined;
    });
    this.#drafts.set(key, {
      pending,
      get failed() {
        return failed;
      },
    });
    return true;
  }

  /**
   * The draft started for exactly this input (`undefined` inside when it failed), or `undefined`
   * when none was started; each draft is used once.
   */
  take(input: QuestionStepInput): Promise<T | undefined> | undefined {
    const key = this.#key(input);
    const entry = this.#drafts.get(key);
    this.#drafts.delete(key);
    return entry?.pending;
  }

  /** Forgets the draft for this input (the next step will not need it); true when there was one. */
  discard(input: QuestionStepInput): boolean {
    return this.#drafts.delete(this.#key(input));
  }

  #key({ context, question, answers }: QuestionStepInput): string {
    return createHash('sha256')
      .update(context.sessionId)
      .update('\u0000')
      .update(question.id)
      .update('\u0000')
      .update(JSON.stringify(answers))
      .digest('hex');
  }
}
