import { Redis } from 'ioredis';
import { GapwiseError } from '../errors/index.js';

/** Options of a Redis connection shared by the stores of one server process. */
export interface RedisConnectionOptions {
  url: string;
  /** How long a command may wait for Redis before failing (a request then gets 503). */
  commandTimeoutMs?: number;
  /** How long to wait for the first connection at start. */
  connectTimeoutMs?: number;
}

/**
 * Opens a Redis connection that fails fast while Redis is down (no offline queue, one retry
 * per command) and reconnects by itself with capped backoff when Redis comes back.
 * @throws GapwiseError STORE_UNAVAILABLE when Redis cannot be reached at start.
 */
export async function createRedisConnection({
  url,
  commandTimeoutMs = 2000,
  connectTimeoutMs = 3000,
}: RedisConnectionOptions): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: commandTimeoutMs,
    connectTimeout: connectTimeoutMs,
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2000),
  });
  // Errors surface on the commands that fail; without a listener ioredis would print each one.
  redis.on('error', () => {});
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new GapwiseError('STORE_UNAVAILABLE', {
      message: `Redis at ${redactUrl(url)} cannot be reached. Start Redis or unset REDIS_URL to use the embedded store.`,
      cause: error,
      retryAfterSeconds: 5,
    });
  }
  return redis;
}

/** The URL without its password, safe for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}

/** Turns a Redis client failure into STORE_UNAVAILABLE (503, retry soon); other errors pass through. */
export function toStoreError(error: unknown): unknown {
  if (error instanceof GapwiseError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const isConnectionProblem =
    /Connection is closed|Stream isn't writeable|ECONNREFUSED|ECONNRESET|Command timed out|max retries|enableOfflineQueue|EPIPE|LOADING/i.test(
      message,
    );
  if (!isConnectionProblem) return error;
  return new GapwiseError('STORE_UNAVAILABLE', {
    message: 'The session store (Redis) is unavailable right now. Try again in a few seconds.',
    cause: error,
    retryAfterSeconds: 5,
  });
}
