/**
 * Session metadata kept beside the LangGraph checkpoints: who may access the session, when it
 * expires, and a version for compare-and-set. CV content never goes here.
 */
export interface SessionRecord {
  /** Unguessable id (≥ 128 random bits, base64url). */
  id: string;
  /** SHA-256 (hex) of the session's bearer token; the token itself is never stored. */
  tokenHash: string;
  /** The reasoner that serves the session (`offline`, `llm:google:gemini-2.5-flash`). */
  engine: string;
  createdAt: string;
  expiresAt: string;
  /** Bumped on every state change; writers compare-and-set on it. */
  version: number;
}

/** Releases a lock; safe to call twice, and a no-op once the lock expired and another took it. */
export type LockRelease = () => Promise<void>;

/** A short exclusive lock this process took with `SessionStore.tryLock`. */
export interface HeldLock {
  /**
   * Moves the lock's expiry to `ttlMs` from now, only while this holder still owns it.
   * @returns false when the lock expired (or was released) meanwhile: it is no longer ours.
   */
  renew(ttlMs: number): Promise<boolean>;
  release: LockRelease;
}

/**
 * Where session metadata lives: SQLite on one machine, Redis for several servers. Both
 * backends pass the shared spec suite in `session-store.spec.ts`.
 */
export interface SessionStore {
  /** `sqlite` or `redis`, for /ready and logs. */
  readonly kind: string;
  /** Stores a new session that expires after `ttlSeconds`. */
  create(record: Omit<SessionRecord, 'expiresAt' | 'version'>, ttlSeconds: number): Promise<SessionRecord>;
  /** The session, or undefined when it never existed, was deleted or has expired. */
  get(id: string): Promise<SessionRecord | undefined>;
  /**
   * Compare-and-set: moves the version from `expectedVersion` to `expectedVersion + 1`.
   * @returns false when another writer moved it first (or the session is gone).
   */
  bumpVersion(id: string, expectedVersion: number): Promise<boolean>;
  /**
   * Extends the session's life to at least `ttlSeconds` from now, atomically; never shortens it.
   * @returns the session with its new expiry, or undefined when it is gone (nothing is then written).
   */
  extend(id: string, ttlSeconds: number): Promise<SessionRecord | undefined>;
  /**
   * Whether the id belonged to a session that expired (rather than never existed or was
   * deleted), so clients can be told "expired". Optional: a backend may not remember.
   */
  wasExpired?(id: string): Promise<boolean>;
  /** Deletes the session's metadata. @returns whether it existed. */
  delete(id: string): Promise<boolean>;
  /** Live sessions, newest first, at most `limit`. */
  list(limit?: number): Promise<SessionRecord[]>;
  /**
   * A short exclusive lock (one question of one session, say) shared by every server using
   * the same store. It expires after `ttlMs` unless renewed (see `holdLock` for a heartbeat).
   * @returns the held lock, or undefined when someone else holds it.
   */
  tryLock(key: string, ttlMs: number): Promise<HeldLock | undefined>;
  /** Reachability check for /ready. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
