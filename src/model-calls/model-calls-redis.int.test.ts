import { generateText, NoObjectGeneratedError, Output, wrapLanguageModel } from 'ai';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startRedisServer, type TestRedisServer } from '../../test/support/redis-server.js';
import { createRedisConnection } from '../state/redis-connection.js';
import { type CacheOutcome, GAPWISE_OPTIONS, ResponseCache } from './response-cache.js';
import { SharedRateLimit } from './shared-rate-limit.js';
import { scriptedModel, textResult } from './test-model.js';

let server: TestRedisServer;
let serverA: Redis;
let serverB: Redis;

beforeAll(async () => {
  server = await startRedisServer();
  // Two connections stand for two Gapwise server processes sharing one Redis.
  serverA = await createRedisConnection({ url: server.url });
  serverB = await createRedisConnection({ url: server.url });
});

afterAll(async () => {
  serverA.disconnect();
  serverB.disconnect();
  await server.destroy();
});

const sessionOptions = (sessionId: string) => ({ [GAPWISE_OPTIONS]: { sessionId } });

describe('response cache', () => {
  it('serves a repeated deterministic call from L1, and a second server from L2', async () => {
    const outcomes: CacheOutcome[] = [];
    const inner = scriptedModel([async () => textResult('the answer')]);
    const cacheA = new ResponseCache({
      redis: serverA,
      keyPrefix: 'rc-test',
      onOutcome: (o) => outcomes.push(o),
    });
    const cacheB = new ResponseCache({
      redis: serverB,
      keyPrefix: 'rc-test',
      onOutcome: (o) => outcomes.push(o),
    });
    const modelA = wrapLanguageModel({ model: inner, middleware: cacheA.middleware() });
    const modelB = wrapLanguageModel({ model: inner, middleware: cacheB.middleware() });
    const call = { prompt: 'evaluate this', temperature: 0, providerOptions: sessionOptions('s1') };

    const first = await generateText({ model: modelA, ...call });
    const second = await generateText({ model: modelA, ...call });
    const third = await generateText({ model: modelB, ...call });

    expect([first.text, second.text, third.text]).toEqual(['the answer', 'the answer', 'the answer']);
    expect(outcomes).toEqual(['miss', 'l1-hit', 'l2-hit']);
    expect(inner.doGenerateCalls).toHaveLength(1);
    expect(second.usage.inputTokens).toBe(0); // nothing was spent on a cached answer
    expect(await serverA.keys('rc-test:{s1}:rc:*')).toHaveLength(1); // stored under the session's hash tag
  });

  it('never caches a call that is not deterministic', async () => {
    const outcomes: CacheOutcome[] = [];
    const inner = scriptedModel([async () => textResult('creative')]);
    const model = wrapLanguageModel({
      model: inner,
      middleware: new ResponseCache({ onOutcome: (o) => outcomes.push(o) }).middleware(),
    });
    await generateText({ model, prompt: 'p', temperature: 0.7 });
    await generateText({ model, prompt: 'p', temperature: 0.7 });
    expect(inner.doGenerateCalls).toHaveLength(2);
    expect(outcomes).toEqual(['skipped', 'skipped']);
  });

  it('a different prompt or schema is a different entry', async () => {
    const inner = scriptedModel([async () => textResult('x')]);
    const model = wrapLanguageModel({ model: inner, middleware: new ResponseCache().middleware() });
    await generateText({ model, prompt: 'one', temperature: 0 });
    await generateText({ model, prompt: 'two', temperature: 0 });
    expect(inner.doGenerateCalls).toHaveLength(2);
  });

  it('stores in L2 only a reply that fits the requested schema: another server never gets a bad one', async () => {
    const outcomes: CacheOutcome[] = [];
    const schema = z.object({ score: z.number().min(0).max(10) });
    const inner = scriptedModel([
      async () => textResult('{"score":"high"}'),
      async () => textResult('{"score":8}'),
    ]);
    const cache = (redis: Redis) =>
      new ResponseCache({ redis, keyPrefix: 'rc-fit', onOutcome: (o) => outcomes.push(o) }).middleware();
    const modelA = wrapLanguageModel({ model: inner, middleware: cache(serverA) });
    const modelB = wrapLanguageModel({ model: inner, middleware: cache(serverB) });
    const call = {
      prompt: 'score this',
      temperature: 0,
      output: Output.object({ schema }),
      providerOptions: sessionOptions('fit'),
    };

    await expect(generateText({ model: modelA, ...call })).rejects.toSatisfy(
      NoObjectGeneratedError.isInstance,
    );
    expect(await serverA.keys('rc-fit:*')).toEqual([]);
    const onB = await generateText({ model: modelB, ...call });
    const backOnA = await generateText({ model: modelA, ...call });

    expect(onB.output).toEqual({ score: 8 });
    expect(backOnA.output).toEqual({ score: 8 });
    expect(outcomes).toEqual(['miss', 'miss', 'l2-hit']);
    expect(inner.doGenerateCalls).toHaveLength(2);
  });

  it('forgets a deleted session in L1, and keeps its L2 entries under the session hash tag', async () => {
    const inner = scriptedModel([async () => textResult('x')]);
    const cache = new ResponseCache({ redis: serverA, keyPrefix: 'rc-del' });
    const model = wrapLanguageModel({ model: inner, middleware: cache.middleware() });
    const call = { prompt: 'p', temperature: 0, providerOptions: sessionOptions('gone') };
    await generateText({ model, ...call });
    const keys = await serverA.keys('rc-del:{gone}:*');
    expect(keys).toHaveLength(1);
    cache.forgetSession('gone');
    await serverA.del(...keys); // what deleting the session does to its keys
    await generateText({ model, ...call });
    expect(inner.doGenerateCalls).toHaveLength(2);
  });
});

describe('shared rate limit', () => {
  it('holds one budget across two servers', async () => {
    const key = `provider-${Date.now()}`;
    const limitA = new SharedRateLimit({ redis: serverA, key, callsPerWindow: 5, windowSeconds: 1 });
    const limitB = new SharedRateLimit({ redis: serverB, key, callsPerWindow: 5, windowSeconds: 1 });
    const started = Date.now();
    const grantedAt: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        await (i % 2 === 0 ? limitA : limitB).acquire();
        grantedAt.push(Date.now() - started);
      }),
    );
    grantedAt.sort((a, b) => a - b);
    // Five calls fit the first window; the other five had to wait for the next one.
    expect(grantedAt.filter((t) => t < 900)).toHaveLength(5);
    expect(grantedAt.filter((t) => t >= 900)).toHaveLength(5);
  });
});
