import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLatencyProxy } from '../../test/support/latency-proxy.js';
import { startRedisServer, type TestRedisServer } from '../../test/support/redis-server.js';
import { createRedisConnection } from './redis-connection.js';
import { createSessionKeyspace, sessionKeys } from './redis-keyspace.js';
import { createRedisSessionStore } from './redis-session-store.js';
import { describeSessionStoreSpec } from './session-store.spec.js';

let server: TestRedisServer;
let redis: Redis;

beforeAll(async () => {
  server = await startRedisServer();
  redis = await createRedisConnection({ url: server.url });
}, 30_000);

afterAll(async () => {
  redis?.disconnect();
  await server?.destroy();
});

const newStore = () =>
  createRedisSessionStore({ redis, keyspace: createSessionKeyspace(`t${randomBytes(4).toString('hex')}`) });

describeSessionStoreSpec('Redis', async () => newStore());

describe('Redis session store', () => {
  it('extends the TTL of every key the session owns, checkpoints included', async () => {
    const keyspace = createSessionKeyspace(`t${randomBytes(4).toString('hex')}`);
    const store = createRedisSessionStore({ redis, keyspace });
    await store.create(
      { id: 's1', tokenHash: 'h', engine: 'offline', createdAt: new Date().toISOString() },
      60,
    );
    const keys = sessionKeys(keyspace, 's1');
    await redis.hset(keys.checkpoints, 'f', 'v');
    await redis.expire(keys.checkpoints, 60);

    await store.extend('s1', 5000);

    expect(await redis.ttl(keys.meta)).toBeGreaterThan(4900);
    expect(await redis.ttl(keys.checkpoints)).toBeGreaterThan(4900);
  });

  it('says a session expired once its TTL passed, and keeps no key of it', async () => {
    const keyspace = createSessionKeyspace(`t${randomBytes(4).toString('hex')}`);
    const store = createRedisSessionStore({ redis, keyspace });
    await store.create(
      { id: 's2', tokenHash: 'h', engine: 'offline', createdAt: new Date().toISOString() },
      1,
    );
    expect(await store.wasExpired?.('s2')).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, 1200));

    expect(await store.get('s2')).toBeUndefined();
    expect(await store.wasExpired?.('s2')).toBe(true);
    expect(await store.wasExpired?.('never-existed')).toBe(false);
    expect(await redis.keys(`${keyspace.prefix}:{s2}*`)).toEqual([]);
  });

  it('extends a session whole or reports it gone, even when it expires during the call', async () => {
    // The store talks to Redis through a slow link (10 ms per command), so a session whose last
    // milliseconds run out while it is being extended can expire between two round trips.
    const proxy = await startLatencyProxy({ port: server.port, delayMs: 10 });
    const slow = await createRedisConnection({ url: proxy.url });
    const keyspace = createSessionKeyspace(`t${randomBytes(4).toString('hex')}`);
    const store = createRedisSessionStore({ redis: slow, keyspace });
    const outcomes: string[] = [];
    try {
      // Sweep the moment of expiry across the whole call; the last one surely outlives it.
      const lives = [...Array.from({ length: 30 }, (_, i) => 1 + 4 * i), 10_000];
      for (const lifeMs of lives) {
        const id = `s-${lifeMs}`;
        const keys = sessionKeys(keyspace, id);
        await store.create(
          { id, tokenHash: 'h', engine: 'offline', createdAt: new Date().toISOString() },
          60,
        );
        await redis.hset(keys.checkpoints, 'f', 'v');
        await redis.multi().pexpire(keys.checkpoints, lifeMs).pexpire(keys.meta, lifeMs).exec();

        const extended = await store.extend(id, 600);

        if (extended) {
          outcomes.push('extended');
          expect(extended.id).toBe(id);
          expect(await redis.hget(keys.meta, 'tokenHash')).toBe('h');
          expect(await redis.pttl(keys.meta)).toBeGreaterThan(500_000);
          expect(await redis.pttl(keys.checkpoints)).toBeGreaterThan(500_000);
        } else {
          outcomes.push('gone');
          // Past its original expiry, nothing of the session may be left: no key re-created
          // by a write that came after the expiry.
          await new Promise((resolve) => setTimeout(resolve, lifeMs + 5));
          const left: string[] = [];
          let cursor = '0';
          do {
            const [next, found] = await redis.scan(cursor, 'MATCH', `${keyspace.prefix}:{${id}}*`);
            cursor = next;
            left.push(...found);
          } while (cursor !== '0');
          expect(left, `after a life of ${lifeMs} ms`).toEqual([]);
        }
      }
      expect(outcomes).toContain('gone');
      expect(outcomes).toContain('extended');
    } finally {
      slow.disconnect();
      await proxy.close();
    }
  });

  it('fails with STORE_UNAVAILABLE, not a hang, when Redis is gone', async () => {
    const other = await startRedisServer();
    const connection = await createRedisConnection({ url: other.url, commandTimeoutMs: 500 });
    const store = createRedisSessionStore({ redis: connection, keyspace: createSessionKeyspace('x') });
    await other.stop();
    await expect(store.get('any')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    connection.disconnect();
    await other.destroy();
  });
});
