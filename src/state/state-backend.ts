import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BaseCheckpointSaver } from '@langchain/langgraph-checkpoint';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import Database from 'better-sqlite3';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config.js';
import { isGapwiseError } from '../errors/index.js';
import { RedisCheckpointSaver } from './redis-checkpoint-saver.js';
import { createRedisConnection, redactUrl } from './redis-connection.js';
import { createSessionKeyspace, type SessionKeyspace } from './redis-keyspace.js';
import { createRedisSessionStore } from './redis-session-store.js';
import type { SessionStore } from './session-store.js';
import { startSqliteExpirySweep } from './sqlite-expiry-sweep.js';
import { createSqliteSessionStore } from './sqlite-session-store.js';

/** Where a server keeps its state: checkpoints and session metadata, on one backend. */
export interface StateBackend {
  kind: 'sqlite' | 'redis';
  /** Set when Redis was asked for but the server fell back to the embedded store. */
  degradedReason?: string;
  checkpointer: BaseCheckpointSaver;
  sessionStore: SessionStore;
  /** Deletes every checkpoint thread of a session (the session graph and each question's). */
  deleteThreads(sessionId: string): Promise<void>;
  /** The shared Redis connection and key naming, for caches, rate limits and events, when on Redis. */
  redis?: Redis;
  keyspace?: SessionKeyspace;
  close(): Promise<void>;
}

/** Logs what the backend choice needs an operator to see. */
export interface StateBackendLog {
  info(message: string): void;
  error(message: string): void;
}

/** Options of the embedded SQLite backend. */
export interface SqliteBackendOptions {
  /** Time between sweeps that delete expired sessions' data (default 5 minutes). */
  sweepIntervalMs?: number;
  /** Told when a sweep fails (the next one tries again). */
  onSweepError?(error: unknown): void;
}

/** The LangGraph SQLite saver's tables that hold a thread's rows. */
const CHECKPOINT_TABLES = ['checkpoints', 'writes'] as const;

/**
 * Deletes every checkpoint row of a session: the session graph's thread (the id itself) and its
 * questions' threads (`<session>:<question>`). A range on the primary key, not LIKE (`_` in
 * base64url ids is a LIKE wildcard) nor substr (no index): `id:` ≤ thread < `id;`.
 */
function deleteSessionRows(db: Database.Database, sessionId: string): void {
  const existing = new Set(
    db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => row.name),
  );
  db.transaction(() => {
    for (const table of CHECKPOINT_TABLES) {
      // Tables appear on the saver's first use; before that there is nothing to delete.
      if (!existing.has(table)) continue;
      db.prepare(`DELETE FROM ${table} WHERE thread_id = ? OR (thread_id >= ? AND thread_id < ?)`).run(
        sessionId,
        `${sessionId}:`,
        `${sessionId};`,
      );
    }
  })();
}

/**
 * SQLite files under the data directory: the embedded default for one machine. Expired sessions'
 * checkpoints and rows are swept at open and then periodically (Redis expires them by TTL).
 */
export function openSqliteBackend(dataDir: string, options: SqliteBackendOptions = {}): StateBackend {
  const { sweepIntervalMs = 5 * 60_000, onSweepError } = options;
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'checkpoints.sqlite'));
  // Several server processes may share the file: wait for the writer instead of failing.
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const checkpointer = new SqliteSaver(db);
  const sessionStore = createSqliteSessionStore({ path: join(dataDir, 'sessions.sqlite') });
  const sweep = startSqliteExpirySweep({
    sessionStore,
    deleteSessionData: (sessionId) => deleteSessionRows(db, sessionId),
    intervalMs: sweepIntervalMs,
    ...(onSweepError && { onError: onSweepError }),
  });
  return {
    kind: 'sqlite',
    checkpointer,
    sessionStore,
    deleteThreads: async (sessionId) => {
      deleteSessionRows(db, sessionId);
    },
    close: async () => {
      sweep.stop();
      await sessionStore.close();
      db.close();
    },
  };
}

/** Redis shared by every server: the backend for running several of them. */
export async function openRedisBackend(options: {
  url: string;
  ttlSeconds: number;
  prefix?: string;
  commandTimeoutMs?: number;
}): Promise<StateBackend> {
  const redis = await createRedisConnection({
    url: options.url,
    ...(options.commandTimeoutMs !== undefined && { commandTimeoutMs: options.commandTimeoutMs }),
  });
  const keyspace = createSessionKeyspace(options.prefix);
  const checkpointer = new RedisCheckpointSaver({ redis, keyspace, ttlSeconds: options.ttlSeconds });
  return {
    kind: 'redis',
    checkpointer,
    sessionStore: createRedisSessionStore({ redis, keyspace }),
    redis,
    keyspace,
    deleteThreads: async (sessionId) => {
      for (const threadId of await checkpointer.listThreads(sessionId))
        await checkpointer.deleteThread(threadId);
      // Whatever else carries the session's hash tag (cached model responses, events) goes too.
      const pattern = `${keyspace.prefix}:{${sessionId}}:*`;
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
        cursor = next;
        if (keys.length > 0) await redis.unlink(...keys);
      } while (cursor !== '0');
    },
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/**
 * Opens the backend the configuration asks for: Redis when `REDIS_URL` is set, else SQLite.
 * When Redis is unreachable at start, `REDIS_UNAVAILABLE_AT_START` decides: `refuse` (default)
 * rethrows, `embedded` falls back to SQLite and marks the backend degraded, loudly.
 */
export async function openStateBackend(config: AppConfig, log: StateBackendLog): Promise<StateBackend> {
  const sqliteOptions: SqliteBackendOptions = {
    onSweepError: (error) =>
      log.error(`state: sweeping expired sessions failed: ${(error as Error).message}`),
  };
  if (!config.REDIS_URL) {
    log.info(`state: SQLite under ${config.GAPWISE_DATA_DIR}`);
    return openSqliteBackend(config.GAPWISE_DATA_DIR, sqliteOptions);
  }
  try {
    const backend = await openRedisBackend({
      url: config.REDIS_URL,
      ttlSeconds: config.STATE_TTL_SECONDS,
      prefix: config.REDIS_KEY_PREFIX,
      commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
    });
    log.info(`state: Redis at ${redactUrl(config.REDIS_URL)}`);
    return backend;
  } catch (error) {
    if (!isGapwiseError(error) || config.REDIS_UNAVAILABLE_AT_START === 'refuse') throw error;
    const reason = `Redis at ${redactUrl(config.REDIS_URL)} is unreachable; running on the embedded SQLite store. Sessions are NOT shared with other servers.`;
    log.error(`state: DEGRADED — ${reason}`);
    return { ...openSqliteBackend(config.GAPWISE_DATA_DIR, sqliteOptions), degradedReason: reason };
  }
}
