import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Bullet } from '../../domain/index.js';
import type { QuestionStepInput } from '../reasoner.js';

/**
 * Bullet drafts started while an answer is still being evaluated. When the evaluation passes,
 * the workflow asks for the bullet next and finds it ready (or in flight): the candidate waits
 * for one model call instead of two. A draft is keyed by the session, the question and the exact
 * answers, so it is only ever used for the input it was written from; unused drafts age out.
 */
export class SpeculativeDrafts {
  readonly #drafts = new LRUCache<string, Promise<Bullet>>({ max: 500, ttl: 5 * 60_000 });

  /** Starts `draft` for this input; a failure is kept quiet (the real step will run instead). */
  start(input: QuestionStepInput, draft: () => Promise<Bullet>): void {
    if (this.#drafts.has(this.#key(input))) return;
    const pending = draft();
    pending.catch(() => this.#drafts.delete(this.#key(input)));
    this.#drafts.set(this.#key(input), pending);
  }

  /** The draft started for exactly this input, if any; each draft is used once. */
  take(input: QuestionStepInput): Promise<Bullet> | undefined {
    const key = this.#key(input);
    const pending = this.#drafts.get(key);
    this.#drafts.delete(key);
    return pending;
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
