import { EventEmitter } from 'node:events';

/** A progress event of one session, as sent to its server-sent-events stream. */
export interface ProgressEvent {
  sessionId: string;
  type: string;
  at: string;
  data?: unknown;
}

/** An event with its position in the session's stream, so a client can resume after a drop. */
export interface SequencedEvent extends ProgressEvent {
  seq: number;
}

/**
 * Fans progress events out to the session's open event streams, and keeps a short history per
 * session so that a client connecting after the session was created still sees how it began.
 */
export interface SessionEventHub {
  /** Records and broadcasts an event; never throws (a failing broadcast must not fail a step). */
  publish(event: ProgressEvent): void;
  /** The session's events after `afterSeq`, oldest first. */
  history(sessionId: string, afterSeq?: number): Promise<SequencedEvent[]>;
  subscribe(sessionId: string, listener: (event: SequencedEvent) => void): () => void;
  /** Drops the session's history (the session was deleted). */
  forget(sessionId: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Events kept per session for replay. A 10-question session with two follow-up rounds and a
 * refinement per question publishes about 250 (each answer step names its stages), so 500 keeps
 * the whole history of a long session for a client that reconnects with Last-Event-ID.
 */
export const EVENTS_KEPT_PER_SESSION = 500;

/**
 * The hub of a single server: history in memory, bounded per session and dropped with the
 * session or after `retentionMs`.
 */
export class MemorySessionEventHub implements SessionEventHub {
  readonly #history = new Map<string, { events: SequencedEvent[]; touchedAt: number }>();
  readonly #emitter = new EventEmitter();
  readonly #maxPerSession: number;
  readonly #retentionMs: number;

  constructor(options: { maxPerSession?: number; retentionMs?: number } = {}) {
    this.#maxPerSession = options.maxPerSession ?? EVENTS_KEPT_PER_SESSION;
    this.#retentionMs = options.retentionMs ?? 60 * 60 * 1000;
    // One listener per open stream; a busy server has many.
    this.#emitter.setMaxListeners(0);
  }

  publish(event: ProgressEvent): void {
    this.#prune();
    const entry = this.#history.get(event.sessionId) ?? { events: [], touchedAt: 0 };
    const sequenced = { ...event, seq: (entry.events.at(-1)?.seq ?? 0) + 1 };
    entry.events.push(sequenced);
    if (entry.events.length > this.#maxPerSession) entry.events.shift();
    entry.touchedAt = Date.now();
    // Re-inserting keeps the map in order of last activity, so pruning stops at the first live entry.
    this.#history.delete(event.sessionId);
    this.#history.set(event.sessionId, entry);
    this.#emitter.emit(event.sessionId, sequenced);
  }

  async history(sessionId: string, afterSeq = 0): Promise<SequencedEvent[]> {
    return (this.#history.get(sessionId)?.events ?? []).filter((event) => event.seq > afterSeq);
  }

  subscribe(sessionId: string, listener: (event: SequencedEvent) => void): () => void {
    this.#emitter.on(sessionId, listener);
    return () => this.#emitter.off(sessionId, listener);
  }

  async forget(sessionId: string): Promise<void> {
    this.#history.delete(sessionId);
  }

  async close(): Promise<void> {
    this.#emitter.removeAllListeners();
  }

  #prune(): void {
    const cutoff = Date.now() - this.#retentionMs;
    for (const [sessionId, entry] of this.#history) {
      if (entry.touchedAt >= cutoff) break;
      this.#history.delete(sessionId);
    }
  }
}
