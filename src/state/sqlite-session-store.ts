import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { GapwiseError } from '../errors/index.js';
import type { HeldLock, LockRelease, SessionRecord, SessionStore } from './session-store.js';

/** Options of the SQLite session store. */
export interface SqliteSessionStoreOptions {
  /** Database file (created when missing), or `:memory:` for tests. */
  path: string;
}

interface SessionRow {
  id: string;
  token_hash: string;
  engine: string;
  created_at: string;
  expires_at_ms: number;
  version: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL,
  engine TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at_ms INTEGER NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_expiry ON sessions (expires_at_ms);
CREATE TABLE IF NOT EXISTS expired_sessions (
  id TEXT PRIMARY KEY,
  expired_at_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS locks (
  key TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  expires_at_ms INTEGER NOT NULL
);`;

function toRecord(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    engine: row.engine,
    createdAt: row.created_at,
    expiresAt: new Date(row.expires_at_ms).toISOString(),
    version: row.version,
  };
}

/** How long an expired session's id is remembered, so that clients hear "expired" (as on Redis). */
const REMEMBER_EXPIRED_MS = 24 * 3600 * 1000;

/** The SQLite session store, plus what the expiry sweep needs (synchronous: better-sqlite3). */
export interface SqliteSessionStore extends SessionStore {
  /** Ids of sessions whose time is up and whose data is still here, at most `limit`. */
  listExpired(limit: number): string[];
  /**
   * Drops the rows of sessions that are still expired, keeping only their ids (for
   * `wasExpired`, a day); also drops expired locks and ids remembered for over a day.
   * Call it after the sessions' checkpoints are gone, so a crash in between only repeats work.
   */
  forgetExpired(ids: string[]): void;
}

/**
 * The session store on one machine: a SQLite file in WAL mode (readers never block the writer).
 * Expired rows are invisible to every read (expiry is checked on read); the expiry sweep
 * (`sqlite-expiry-sweep.ts`) later deletes them, remembering the ids for a day so that
 * `wasExpired` can tell "expired" from "never existed".
 * @example const store = createSqliteSessionStore({ path: '.gapwise/sessions.sqlite' });
 */
export function createSqliteSessionStore({ path }: SqliteSessionStoreOptions): SqliteSessionStore {
  const db = new Database(path, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);

  const statements = {
    insert: db.prepare(
      `INSERT OR REPLACE INTO sessions (id, token_hash, engine, created_at, expires_at_ms, version)
       VALUES (@id, @token_hash, @engine, @created_at, @expires_at_ms, 0)`,
    ),
    getLive: db.prepare<[string, number], SessionRow>(
      'SELECT * FROM sessions WHERE id = ? AND expires_at_ms > ?',
    ),
    getAny: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE id = ?'),
    bump: db.prepare(
      'UPDATE sessions SET version = version + 1 WHERE id = ? AND version = ? AND expires_at_ms > ?',
    ),
    // Only ever later, as on Redis: a shorter request keeps the expiry the session already has.
    extend: db.prepare(
      'UPDATE sessions SET expires_at_ms = max(expires_at_ms, ?) WHERE id = ? AND expires_at_ms > ?',
    ),
    delete: db.prepare('DELETE FROM sessions WHERE id = ?'),
    list: db.prepare<[number, number], SessionRow>(
      'SELECT * FROM sessions WHERE expires_at_ms > ? ORDER BY created_at DESC, rowid DESC LIMIT ?',
    ),
    dropExpiredLock: db.prepare('DELETE FROM locks WHERE key = ? AND expires_at_ms <= ?'),
    takeLock: db.prepare('INSERT OR IGNORE INTO locks (key, owner, expires_at_ms) VALUES (?, ?, ?)'),
    releaseLock: db.prepare('DELETE FROM locks WHERE key = ? AND owner = ?'),
    // Only a lock still ours and not yet expired: as on Redis, an expired lock is gone for good.
    renewLock: db.prepare(
      'UPDATE locks SET expires_at_ms = ? WHERE key = ? AND owner = ? AND expires_at_ms > ?',
    ),
    wasForgotten: db.prepare<[string], { id: string }>('SELECT id FROM expired_sessions WHERE id = ?'),
    listExpired: db.prepare<[number, number], { id: string }>(
      'SELECT id FROM sessions WHERE expires_at_ms <= ? ORDER BY expires_at_ms LIMIT ?',
    ),
    rememberExpired: db.prepare(
      `INSERT OR REPLACE INTO expired_sessions (id, expired_at_ms)
       SELECT id, expires_at_ms FROM sessions WHERE id = ? AND expires_at_ms <= ?`,
    ),
    deleteExpired: db.prepare('DELETE FROM sessions WHERE id = ? AND expires_at_ms <= ?'),
    pruneRemembered: db.prepare('DELETE FROM expired_sessions WHERE expired_at_ms <= ?'),
    pruneLocks: db.prepare('DELETE FROM locks WHERE expires_at_ms <= ?'),
    ping: db.prepare('SELECT 1'),
  };

  const forgetExpired = db.transaction((ids: string[]) => {
    const now = Date.now();
    for (const id of ids) {
      statements.rememberExpired.run(id, now);
      statements.deleteExpired.run(id, now);
    }
    statements.pruneRemembered.run(now - REMEMBER_EXPIRED_MS);
    statements.pruneLocks.run(now);
  });

  // Taking a lock is "drop it if expired, then insert if absent": one transaction, so two
  // processes on the same file cannot both see it free.
  const takeLock = db.transaction((key: string, owner: string, ttlMs: number): boolean => {
    const now = Date.now();
    statements.dropExpiredLock.run(key, now);
    return statements.takeLock.run(key, owner, now + ttlMs).changes === 1;
  });

  // better-sqlite3 is synchronous; its failures become the project's store error in one place.
  const guard = async <T>(work: () => T): Promise<T> => {
    try {
      return work();
    } catch (error) {
      throw new GapwiseError('STORE_UNAVAILABLE', {
        message: 'The session store could not be used.',
        cause: error,
      });
    }
  };

  return {
    kind: 'sqlite',
    create: (record, ttlSeconds) =>
      guard(() => {
        const expiresAtMs = Date.now() + ttlSeconds * 1000;
        statements.insert.run({
          id: record.id,
          token_hash: record.tokenHash,
          engine: record.engine,
          created_at: record.createdAt,
          expires_at_ms: expiresAtMs,
        });
        return { ...record, expiresAt: new Date(expiresAtMs).toISOString(), version: 0 };
      }),
    get: (id) =>
      guard(() => {
        const row = statements.getLive.get(id, Date.now());
        return row ? toRecord(row) : undefined;
      }),
    bumpVersion: (id, expectedVersion) =>
      guard(() => statements.bump.run(id, expectedVersion, Date.now()).changes === 1),
    extend: (id, ttlSeconds) =>
      guard(() => {
        const now = Date.now();
        if (statements.extend.run(now + ttlSeconds * 1000, id, now).changes === 0) return undefined;
        const row = statements.getAny.get(id);
        return row ? toRecord(row) : undefined;
      }),
    wasExpired: (id) =>
      guard(() => {
        const row = statements.getAny.get(id);
        if (row) return row.expires_at_ms <= Date.now();
        return statements.wasForgotten.get(id) !== undefined;
      }),
    delete: (id) =>
      guard(() => {
        const live = statements.getLive.get(id, Date.now()) !== undefined;
        statements.delete.run(id);
        return live;
      }),
    list: (limit = 100) => guard(() => statements.list.all(Date.now(), limit).map(toRecord)),
    tryLock: (key, ttlMs) =>
      guard(() => {
        const owner = randomBytes(16).toString('hex');
        if (!takeLock(key, owner, ttlMs)) return undefined;
        let released = false;
        const release: LockRelease = async () => {
          if (released) return;
          released = true;
          // Deletes only our own lock: an expired one that another writer took stays theirs.
          await guard(() => statements.releaseLock.run(key, owner));
        };
        const renew = (renewTtlMs: number) =>
          guard(() => {
            if (released) return false;
            const now = Date.now();
            return statements.renewLock.run(now + renewTtlMs, key, owner, now).changes === 1;
          });
        return { renew, release } satisfies HeldLock;
      }),
    ping: () =>
      guard(() => {
        statements.ping.get();
      }),
    listExpired: (limit) => statements.listExpired.all(Date.now(), limit).map((row) => row.id),
    forgetExpired: (ids) => forgetExpired(ids),
    close: async () => {
      if (db.open) db.close();
    },
  };
}
