import type { SqliteSessionStore } from './sqlite-session-store.js';

/** Options of the sweep that deletes expired sessions from the SQLite files. */
export interface SqliteExpirySweepOptions {
  sessionStore: SqliteSessionStore;
  /** Deletes every checkpoint row of one session (its own thread and its questions'). */
  deleteSessionData(sessionId: string): void;
  /** Time between sweeps after the first one, which runs at once. */
  intervalMs: number;
  /** Sessions handled per batch; a sweep stops after `maxBatches` batches and goes on next time. */
  batchSize?: number;
  maxBatches?: number;
  /** Told when a sweep fails; the next one tries again. */
  onError?(error: unknown): void;
}

/** A running sweep. */
export interface SqliteExpirySweep {
  /** Sweeps now. @returns how many expired sessions were deleted. */
  sweepNow(): number;
  /** Stops the periodic sweep (idempotent). */
  stop(): void;
}

/**
 * Deletes expired sessions' checkpoints and rows: once at start, then every `intervalMs` on an
 * unref'd timer (it never keeps the process alive). Checkpoints go first and the session row
 * last, so a crash in between leaves the session listed as expired and the next sweep finishes.
 * Without it, Redis would expire a session's data by TTL but SQLite would keep it forever.
 * @example const sweep = startSqliteExpirySweep({ sessionStore, deleteSessionData, intervalMs: 300_000 });
 */
export function startSqliteExpirySweep({
  sessionStore,
  deleteSessionData,
  intervalMs,
  batchSize = 500,
  maxBatches = 20,
  onError,
}: SqliteExpirySweepOptions): SqliteExpirySweep {
  const sweepNow = (): number => {
    let swept = 0;
    for (let batch = 0; batch < maxBatches; batch++) {
      const ids = sessionStore.listExpired(batchSize);
      for (const id of ids) deleteSessionData(id);
      sessionStore.forgetExpired(ids);
      swept += ids.length;
      if (ids.length < batchSize) break;
    }
    return swept;
  };
  const sweepSafely = () => {
    try {
      sweepNow();
    } catch (error) {
      onError?.(error);
    }
  };
  sweepSafely();
  const timer = setInterval(sweepSafely, intervalMs);
  timer.unref();
  return { sweepNow, stop: () => clearInterval(timer) };
}
