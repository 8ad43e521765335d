import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
