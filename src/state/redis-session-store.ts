import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { toStoreError } from './redis-connection.js';
import type { SessionKeyspace } from './redis-keyspace.js';
import { sessionKeys } from './redis-keyspace.js';
import type { HeldLock, LockRelease, SessionRecord, SessionStore } from './session-store.js';

// Compare-and-set of the version field, keeping the key's TTL (HSET never touches it).
const BUMP_VERSION = `
if redis.call('HGET', KEYS[1], 'version') == ARGV[1] then
  redis.call('HSET', KEYS[1], 'version', tostring(tonumber(ARGV[1]) + 1))
  return 1
end
return 0`;

// Releases a lock only if we still own it: an expired lock another server took stays theirs.
const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

// Renews a lock only if we still own it: once expired, it is gone (or another's) and stays so.
const RENEW_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

// Extends a live session in one atomic step. KEYS[1] is its metadata hash, the rest its other
// keys; ARGV[1] the TTL in ms, ARGV[2] the matching expiresAt. Nothing is written unless the
// metadata still exists, so a session that expired meanwhile stays gone (no key re-created).
// Like the checkpointer's EXTEND_TTL_ONLY, TTLs only ever grow: a shorter request shortens nothing.
// Returns false when gone, else { remaining ms of the metadata, its fields }.
const EXTEND_SESSION = `
local metaTtl = redis.call('PTTL', KEYS[1])
if metaTtl == -2 then return false end
local ttl = tonumber(ARGV[1])
if metaTtl == -1 or metaTtl < ttl then redis.call('HSET', KEYS[1], 'expiresAt', ARGV[2]) end
for i = 1, #KEYS do
  local current = redis.call('PTTL', KEYS[i])
  if current == -1 or (current >= 0 and current < ttl) then redis.call('PEXPIRE', KEYS[i], ttl) end
end
return {redis.call('PTTL', KEYS[1]), redis.call('HGETALL', KEYS[1])}`;

/** A flat HGETALL reply from a script (`[field, value, …]`) as an object. */
function fieldsOf(flat: string[]): Record<string, string> {
  const hash: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) hash[flat[i]!] = flat[i + 1]!;
  return hash;
}

function toRecord(id: string, hash: Record<string, string>): SessionRecord | undefined {
  if (!hash.tokenHash) return undefined;
  return {
    id,
    tokenHash: hash.tokenHash,
    engine: hash.engine ?? 'offline',
    createdAt: hash.createdAt ?? '',
    expiresAt: hash.expiresAt ?? '',
    version: Number(hash.version ?? 0),
  };
}

/**
 * The session store on Redis, shared by every server. The metadata hash lives under the
 * session's hash tag beside its checkpoints (`gw:{<id>}:meta`), so extending the TTL can move
 * every key of the session in one script; the global index (`gw:sessions`, scored by expiry)
 * serves listing.
 */
export function createRedisSessionStore(options: { redis: Redis; keyspace: SessionKeyspace }): SessionStore {
  const { redis, keyspace } = options;
  const metaKey = (id: string) => sessionKeys(keyspace, id).meta;
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toStoreError(error);
    }
  };

  return {
    kind: 'redis',
    create: (record, ttlSeconds) =>
      guard(async () => {
        const expiresAtMs = Date.now() + ttlSeconds * 1000;
        const full: SessionRecord = { ...record, expiresAt: new Date(expiresAtMs).toISOString(), version: 0 };
        await redis
          .multi()
          .hset(metaKey(record.id), {
            tokenHash: full.tokenHash,
            engine: full.engine,
            createdAt: full.createdAt,
            expiresAt: full.expiresAt,
            version: '0',
          })
          .expire(metaKey(record.id), ttlSeconds)
          .zadd(keyspace.sessionIndexKey, expiresAtMs, record.id)
          .exec();
        return full;
      }),
    get: (id) =>
      guard(async () => {
        // The key's own TTL is the truth: checkpoint writes slide it forward for the whole session.
        const [[, hash] = [], [, ttlMs] = []] =
          (await redis.multi().hgetall(metaKey(id)).pttl(metaKey(id)).exec()) ?? [];
        const record = toRecord(id, (hash ?? {}) as Record<string, string>);
        if (!record || typeof ttlMs !== 'number' || ttlMs <= 0) return undefined;
        return { ...record, expiresAt: new Date(Date.now() + ttlMs).toISOString() };
      }),
    bumpVersion: (id, expectedVersion) =>
      guard(async () => {
        const result = await redis.eval(BUMP_VERSION, 1, metaKey(id), String(expectedVersion));
        return result === 1;
      }),
    extend: (id, ttlSeconds) =>
      guard(async () => {
        const { meta, ...others } = sessionKeys(keyspace, id);
        const ttlMs = ttlSeconds * 1000;
        const reply = (await redis.eval(
          EXTEND_SESSION,
          1 + Object.keys(others).length,
          meta,
          ...Object.values(others),
          String(ttlMs),
          new Date(Date.now() + ttlMs).toISOString(),
        )) as [number, string[]] | null;
        if (!reply) return undefined;
        const [remainingMs, flat] = reply;
        const record = toRecord(id, fieldsOf(flat));
        if (!record || remainingMs <= 0) return undefined;
        const expiresAtMs = Date.now() + remainingMs;
        // The index spans sessions (outside the hash tag), so a script of this session's slot
        // cannot touch it. XX: a session deleted meanwhile is not re-listed; GT: never earlier.
        await redis.zadd(keyspace.sessionIndexKey, 'XX', 'GT', expiresAtMs, id);
        return { ...record, expiresAt: new Date(expiresAtMs).toISOString() };
      }),
    wasExpired: (id) =>
      guard(async () => {
        // The index keeps an expired id (scored by its expiry) until `list` prunes it.
        const expiresAtMs = await redis.zscore(keyspace.sessionIndexKey, id);
        return expiresAtMs !== null && Number(expiresAtMs) <= Date.now();
      }),
    delete: (id) =>
      guard(async () => {
        const [[, removed] = []] =
          (await redis.multi().del(metaKey(id)).zrem(keyspace.sessionIndexKey, id).exec()) ?? [];
        return removed === 1;
      }),
    list: (limit = 100) =>
      guard(async () => {
        // Forget ids expired for over a day; younger ones still answer "expired" rather than "unknown".
        await redis.zremrangebyscore(keyspace.sessionIndexKey, '-inf', Date.now() - 24 * 3600 * 1000);
        // Live ids only (scored by expiry); at most a bounded scan, sorted by creation below.
        const ids = await redis.zrangebyscore(
          keyspace.sessionIndexKey,
          Date.now(),
          '+inf',
          'LIMIT',
          0,
          10_000,
        );
        const records = await Promise.all(
          ids.map(async (id) => toRecord(id, await redis.hgetall(metaKey(id)))),
        );
        return records
          .filter((record): record is SessionRecord => record !== undefined)
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .slice(0, limit);
      }),
    tryLock: (key, ttlMs) =>
      guard(async () => {
        const sessionId = keyspace.sessionOf(key);
        const lockKey = `${keyspace.prefix}:{${sessionId}}:lock:${key}`;
        const owner = randomBytes(16).toString('hex');
        const taken = await redis.set(lockKey, owner, 'PX', ttlMs, 'NX');
        if (taken !== 'OK') return undefined;
        let released = false;
        const release: LockRelease = async () => {
          if (released) return;
          released = true;
          await redis.eval(RELEASE_LOCK, 1, lockKey, owner);
        };
        const renew = (renewTtlMs: number) =>
          guard(async () => {
            if (released) return false;
            return (await redis.eval(RENEW_LOCK, 1, lockKey, owner, String(renewTtlMs))) === 1;
          });
        return { renew, release } satisfies HeldLock;
      }),
    ping: () =>
      guard(async () => {
        await redis.ping();
      }),
    close: async () => {
      // The connection is shared with the checkpointer; its owner closes it.
    },
  };
}
