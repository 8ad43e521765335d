import type { HeldLock, LockRelease, SessionStore } from './session-store.js';

/** Options of `holdLock`. */
export interface HoldLockOptions {
  /** How long the lock lives without a renewal. */
  ttlMs: number;
  /** Time between renewals; default a third of the TTL, so two may fail before it lapses. */
  renewEveryMs?: number;
  /** Told once if a renewal finds the lock no longer ours (it lapsed and may be another's). */
  onLost?(): void;
}

/**
 * Takes a store lock and keeps it alive while the work runs: a heartbeat renews it every
 * `renewEveryMs` (unref'd timer), so a step longer than the TTL (a slow model call) still holds
 * it, while a crashed holder's lock still lapses after one TTL. A renewal that fails to reach
 * the store is retried on the next beat; one that finds the lock lost stops the heartbeat.
 * @returns a release that stops the heartbeat and frees the lock if still ours, or undefined
 *   when someone else holds the lock.
 * @example
 * const release = await holdLock(store, `${sessionId}:${questionId}`, { ttlMs: 30_000 });
 * if (!release) throw conflict();
 * try { await step(); } finally { await release(); }
 */
export async function holdLock(
  store: SessionStore,
  key: string,
  { ttlMs, renewEveryMs = Math.max(1, Math.floor(ttlMs / 3)), onLost }: HoldLockOptions,
): Promise<LockRelease | undefined> {
  const lock: HeldLock | undefined = await store.tryLock(key, ttlMs);
  if (!lock) return undefined;
  let renewing: Promise<unknown> = Promise.resolve();
  let inFlight = false;
  const beat = () => {
    if (inFlight) return; // The previous renewal is still waiting for the store.
    inFlight = true;
    renewing = lock
      .renew(ttlMs)
      .then(
        (stillOurs) => {
          if (stillOurs) return;
          clearInterval(timer);
          onLost?.();
        },
        () => {
          // The store is unreachable right now: the next beat tries again, within the TTL.
        },
      )
      .finally(() => {
        inFlight = false;
      });
  };
  const timer = setInterval(beat, renewEveryMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    // A renewal in flight must not land after the release; it would be refused anyway (not ours).
    await renewing;
    await lock.release();
  };
}
