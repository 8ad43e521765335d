import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedisServer } from '../../test/support/redis-server.js';
import { fakeGeminiBaseUrl } from '../fake-model/fake-gemini-routes.js';
import { type FakeModelServer, startFakeModelServer } from '../fake-model/fake-model-server.js';
import { testContext } from '../reasoning/llm/llm-test-support.js';
import { createRedisConnection } from '../state/redis-connection.js';
import { openRedisBackend } from '../state/state-backend.js';
import { GeminiContextCache } from './gemini-context-cache.js';
import { GAPS, geminiEngine } from './gemini-context-cache-test-support.js';

let redisServer: TestRedisServer;
let redisA: Redis;
let redisB: Redis;
let fake: FakeModelServer;
let prefix: string;

beforeAll(async () => {
  redisServer = await startRedisServer();
  // Two connections stand for two Gapwise server processes sharing one Redis.
  redisA = await createRedisConnection({ url: redisServer.url });
  redisB = await createRedisConnection({ url: redisServer.url });
});

afterAll(async () => {
  redisA.disconnect();
  redisB.disconnect();
  await redisServer.destroy();
});

beforeEach(async () => {
  fake = await startFakeModelServer();
  prefix = `gc-${randomUUID().slice(0, 8)}`;
});

afterEach(async () => {
  await fake.close();
});

/** The Gemini cache of one server process. */
const cacheOf = (redis: Redis) =>
  new GeminiContextCache({ apiKey: 'test', baseURL: fakeGeminiBaseUrl(fake.url), redis, keyPrefix: prefix });

describe('Gemini context cache shared through Redis', () => {
  it("lets a second server reuse the session's cache instead of creating another", async () => {
    const [cacheA, cacheB] = [cacheOf(redisA), cacheOf(redisB)];
    const context = testContext('s-shared');
    await geminiEngine(fake, cacheA).generateQuestion({ context, gap: GAPS[0]! });
    await geminiEngine(fake, cacheB).generateQuestion({ context, gap: GAPS[1]! });

    expect(fake.stats().gemini).toMatchObject({
      cachesCreated: 1,
      cachedContentCalls: 2,
      withSystemInstruction: 0,
    });
    // The record lives under the session's hash tag, with a TTL.
    expect(await redisA.pttl(cacheA.redisKey('s-shared'))).toBeGreaterThan(0);
    expect(cacheA.redisKey('s-shared')).toBe(`${prefix}:{s-shared}:gemini-cache`);
  });

  it('keeps one cache when two servers create theirs at the same time', async () => {
    const [cacheA, cacheB] = [cacheOf(redisA), cacheOf(redisB)];
    const [engineA, engineB] = [geminiEngine(fake, cacheA), geminiEngine(fake, cacheB)];
    const context = testContext('s-race');
    await Promise.all([
      engineA.generateQuestion({ context, gap: GAPS[0]! }),
      engineB.generateQuestion({ context, gap: GAPS[1]! }),
    ]);
    await Promise.all([cacheA.whenIdle(), cacheB.whenIdle()]);
    // Whichever lost the race deleted its own: one cache is left, and both servers now use it.
    expect(fake.stats().gemini.cachesActive).toBe(1);
    const before = fake.stats().gemini.cachesCreated;
    await engineA.generateQuestion({ context, gap: GAPS[2]! });
    await engineB.generateQuestion({ context, gap: { ...GAPS[0]!, id: 'req-9' } });
    expect(fake.stats().gemini).toMatchObject({
      cachesCreated: before,
      cachesActive: 1,
      cachedContentCalls: 4,
    });
  });

  it('deletes at Gemini a cache another server created when the session is deleted, and its Redis record', async () => {
    const [cacheA, cacheB] = [cacheOf(redisA), cacheOf(redisB)];
    await geminiEngine(fake, cacheA).generateQuestion({ context: testContext('s-gone'), gap: GAPS[0]! });

    await cacheB.forgetSession('s-gone');

    expect(fake.stats().gemini).toMatchObject({ cachesDeleted: 1, cachesActive: 0 });
    expect(await redisA.exists(cacheA.redisKey('s-gone'))).toBe(0);
  });

  it("goes with the session's keys when the Redis backend deletes the session", async () => {
    const backend = await openRedisBackend({ url: redisServer.url, ttlSeconds: 60, prefix });
    try {
      const cache = cacheOf(redisA);
      await geminiEngine(fake, cache).generateQuestion({ context: testContext('s-keys'), gap: GAPS[0]! });
      expect(await redisA.exists(cache.redisKey('s-keys'))).toBe(1);

      await backend.deleteThreads('s-keys');

      expect(await redisA.exists(cache.redisKey('s-keys'))).toBe(0);
    } finally {
      await backend.close();
    }
  });
});
