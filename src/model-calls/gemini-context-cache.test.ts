import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { generateText, wrapLanguageModel } from 'ai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isGapwiseError } from '../errors/index.js';
import { fakeGeminiBaseUrl } from '../fake-model/fake-gemini-routes.js';
import { type FakeModelServer, startFakeModelServer } from '../fake-model/fake-model-server.js';
import { testContext } from '../reasoning/llm/llm-test-support.js';
import type { ModelCallUsage } from '../reasoning/llm/model-call-usage.js';
import {
  type GeminiCacheStorage,
  GeminiContextCache,
  type GeminiContextCacheOptions,
  geminiMinCacheTokens,
  readGeminiContextCacheSettings,
} from './gemini-context-cache.js';
import { GAPS, geminiEngine } from './gemini-context-cache-test-support.js';

let fake: FakeModelServer;
let clock: number;
let logs: string[];

function cacheOn(server: FakeModelServer, options: Partial<GeminiContextCacheOptions> = {}) {
  return new GeminiContextCache({
    apiKey: 'test',
    baseURL: fakeGeminiBaseUrl(server.url),
    ttlSeconds: 300,
    now: () => clock,
    log: (message) => logs.push(message),
    ...options,
  });
}

beforeEach(async () => {
  clock = Date.now();
  logs = [];
  fake = await startFakeModelServer({ gemini: { now: () => clock } });
});

afterEach(async () => {
  await fake.close();
});

describe('Gemini context cache', () => {
  it("creates one cache for a session's concurrent first calls and sends every call through it", async () => {
    const usage: ModelCallUsage[] = [];
    const cache = cacheOn(fake);
    const engine = geminiEngine(fake, cache, { usage });
    const context = testContext('s-one');

    const questions = await Promise.all(GAPS.map((gap) => engine.generateQuestion({ context, gap })));
    await engine.generateQuestion({ context, gap: { ...GAPS[0]!, id: 'req-9' } });

    expect(questions.map((q) => q.gapId)).toEqual(['req-1', 'req-2', 'req-3']);
    const stats = fake.stats().gemini;
    expect(stats.cachesCreated).toBe(1);
    expect(stats.cachedContentCalls).toBe(4);
    // The system instruction and the CV travel once, in the cache, never again with a call.
    expect(stats.withSystemInstruction).toBe(0);
    expect(stats.rejectedCalls).toBe(0);
    expect(usage).toHaveLength(4);
    for (const call of usage) {
      expect(call.cachedInputTokens).toBeGreaterThan(1024);
      expect(call.cachedInputTokens / call.inputTokens).toBeGreaterThan(0.6);
    }
    expect(fake.stats().cachedTokens).toBe(usage.reduce((sum, u) => sum + u.cachedInputTokens, 0));

    // Another session gets its own cache.
    await engine.generateQuestion({ context: testContext('s-two'), gap: GAPS[0]! });
    expect(fake.stats().gemini.cachesCreated).toBe(2);
  });

  it('leaves calls whose prefix is under the model minimum to implicit caching', async () => {
    // About 1,450 tokens of system instruction and context: over Flash's 1,024, under Pro's 4,096.
    const cache = cacheOn(fake);
    const engine = geminiEngine(fake, cache, { modelId: 'gemini-2.5-pro' });
    for (const gap of GAPS) await engine.generateQuestion({ context: testContext('s-small'), gap });

    const stats = fake.stats().gemini;
    expect(stats.cachesCreated).toBe(0);
    expect(stats.cachedContentCalls).toBe(0);
    expect(stats.withSystemInstruction).toBe(3);
    // Implicit caching still serves the repeated prefix.
    expect(fake.stats().cachedTokens).toBeGreaterThan(0);
  });

  it('leaves calls alone that name no session or carry no marked context', async () => {
    const model = wrapLanguageModel({
      model: createGoogleGenerativeAI({ baseURL: fakeGeminiBaseUrl(fake.url), apiKey: 'test' })(
        'gemini-2.5-flash',
      ),
      middleware: cacheOn(fake).middleware(),
    });
    const system = 'You are a careful interviewer. '.repeat(300); // ~2,300 tokens
    const context = { type: 'text' as const, text: 'CV and job. '.repeat(100) };
    const marked = { ...context, providerOptions: { gapwise: { sessionContext: true } } };
    const step = { type: 'text' as const, text: 'Ask one question.' };
    const session = { gapwise: { sessionId: 's-alone' } };

    await generateText({ model, system, messages: [{ role: 'user', content: [marked, step] }] });
    await generateText({
      model,
      system,
      messages: [{ role: 'user', content: [context, step] }],
      providerOptions: session,
    });
    expect(fake.stats().gemini).toMatchObject({ cachesCreated: 0, withSystemInstruction: 2 });

    // The same call with both: cached.
    await generateText({
      model,
      system,
      messages: [{ role: 'user', content: [marked, step] }],
      providerOptions: session,
    });
    expect(fake.stats().gemini).toMatchObject({ cachesCreated: 1, cachedContentCalls: 1 });
  });

  it("deletes the session's cache at Gemini when the session is forgotten", async () => {
    const cache = cacheOn(fake);
    const engine = geminiEngine(fake, cache);
    await engine.generateQuestion({ context: testContext('s-del'), gap: GAPS[0]! });
    expect(fake.stats().gemini.cachesActive).toBe(1);

    await cache.forgetSession('s-del');

    expect(fake.stats().gemini).toMatchObject({ cachesDeleted: 1, cachesActive: 0 });
    // Forgetting twice, or a session that never had a cache, is harmless.
    await cache.forgetSession('s-del');
    await cache.forgetSession('s-never');
    expect(logs).toEqual([]);
  });

  it('answers a call whose cache vanished at Gemini, then creates a new one', async () => {
    const cache = cacheOn(fake);
    const engine = geminiEngine(fake, cache);
    const context = testContext('s-gone');
    await engine.generateQuestion({ context, gap: GAPS[0]! });
    const listed = await fetch(`${fakeGeminiBaseUrl(fake.url)}/cachedContents`, {
      headers: { 'x-goog-api-key': 'test' },
    });
    const { cachedContents } = (await listed.json()) as { cachedContents: Array<{ name: string }> };
    // Deleted behind the cache's back (an operator, or Gemini losing it).
    await fetch(`${fakeGeminiBaseUrl(fake.url)}/${cachedContents[0]!.name}`, {
      method: 'DELETE',
      headers: { 'x-goog-api-key': 'test' },
    });

    const question = await engine.generateQuestion({ context, gap: GAPS[1]! });
    expect(question.gapId).toBe('req-2');
    expect(fake.stats().gemini).toMatchObject({ rejectedCalls: 1, withSystemInstruction: 1 });
    expect(logs.join('\n')).toMatch(/is gone/);

    await engine.generateQuestion({ context, gap: GAPS[2]! });
    expect(fake.stats().gemini).toMatchObject({ cachesCreated: 2, cachesActive: 1, cachedContentCalls: 2 });
  });

  it('extends a cache in use before it expires, and replaces one that expired while idle', async () => {
    const storage: GeminiCacheStorage[] = [];
    const cache = cacheOn(fake, { ttlSeconds: 100, onStorage: (record) => storage.push(record) });
    const engine = geminiEngine(fake, cache);
    const context = testContext('s-ttl');
    await engine.generateQuestion({ context, gap: GAPS[0]! });

    clock += 60_000; // past half its life: the call uses it and extends it
    await engine.generateQuestion({ context, gap: GAPS[1]! });
    await cache.whenIdle();
    expect(fake.stats().gemini).toMatchObject({ cachesCreated: 1, cachesExtended: 1 });

    clock += 60_000; // 120 s after creation, alive thanks to the extension
    await engine.generateQuestion({ context, gap: GAPS[2]! });
    await cache.whenIdle();
    expect(fake.stats().gemini).toMatchObject({ cachesCreated: 1, cachedContentCalls: 3 });

    clock += 200_000; // idle longer than its TTL: expired at Gemini
    await engine.generateQuestion({ context, gap: { ...GAPS[0]!, id: 'req-9' } });
    expect(fake.stats().gemini).toMatchObject({ cachesCreated: 2, cachesActive: 1, rejectedCalls: 0 });

    // Storage reserved: a TTL per creation, and the 60 s each extension added (at 60 s and 120 s).
    expect(storage.map((record) => Math.round(record.hours * 3600))).toEqual([100, 60, 60, 100]);
    expect(storage[0]).toMatchObject({ modelId: 'gemini-2.5-flash', sessionId: 's-ttl' });
    expect(storage[0]!.cachedTokens).toBeGreaterThan(1024);
  });

  it('does not hold a call longer than createWaitMs for a slow cache creation', async () => {
    const slow = await startFakeModelServer({ gemini: { cacheCreationLatencyMs: 400 } });
    try {
      const cache = cacheOn(slow, { createWaitMs: 20 });
      const engine = geminiEngine(slow, cache);
      const context = testContext('s-slow');
      await engine.generateQuestion({ context, gap: GAPS[0]! });
      expect(slow.stats().gemini).toMatchObject({ withSystemInstruction: 1, cachedContentCalls: 0 });

      await cache.whenIdle();
      await engine.generateQuestion({ context, gap: GAPS[1]! });
      expect(slow.stats().gemini).toMatchObject({ cachesCreated: 1, cachedContentCalls: 1 });
    } finally {
      await slow.close();
    }
  });

  it('deletes a cache whose creation finishes after its session was deleted', async () => {
    const slow = await startFakeModelServer({ gemini: { cacheCreationLatencyMs: 200 } });
    try {
      const cache = cacheOn(slow, { createWaitMs: 10 });
      await geminiEngine(slow, cache).generateQuestion({ context: testContext('s-late'), gap: GAPS[0]! });
      await cache.forgetSession('s-late');
      await cache.whenIdle();
      expect(slow.stats().gemini).toMatchObject({ cachesCreated: 1, cachesDeleted: 1, cachesActive: 0 });
    } finally {
      await slow.close();
    }
  });

  it('answers the call when the cache cannot be created, and says why without CV text', async () => {
    const failing = await startFakeModelServer({ gemini: { cacheCreationStatus: 500 } });
    try {
      const engine = geminiEngine(failing, cacheOn(failing));
      const question = await engine.generateQuestion({ context: testContext('s-fail'), gap: GAPS[0]! });
      await engine.generateQuestion({ context: testContext('s-fail'), gap: GAPS[1]! });

      expect(question.gapId).toBe('req-1');
      expect(failing.stats().gemini).toMatchObject({
        cachesCreated: 0,
        withSystemInstruction: 2,
        generateCalls: 2,
      });
      // One attempt, not one per call: a failing API is not hammered.
      expect(logs).toHaveLength(1);
      expect(logs[0]).toMatch(/not created for gemini-2\.5-flash \(HTTP 500/);
      expect(logs[0]).not.toMatch(/Dana|Acme|Lambda/);
    } finally {
      await failing.close();
    }
  });
});

describe('Gemini context cache settings', () => {
  it('reads TTL, switch and minimum, with defaults', () => {
    expect(readGeminiContextCacheSettings({})).toEqual({
      enabled: true,
      ttlSeconds: 300,
      minTokens: undefined,
    });
    expect(
      readGeminiContextCacheSettings({
        GEMINI_EXPLICIT_CACHE: 'false',
        GEMINI_CACHE_TTL_SECONDS: '900',
        GEMINI_CACHE_MIN_TOKENS: '2048',
      }),
    ).toEqual({ enabled: false, ttlSeconds: 900, minTokens: 2048 });
  });

  it('rejects a malformed value with INVALID_CONFIG naming the variable', () => {
    for (const env of [{ GEMINI_EXPLICIT_CACHE: 'sometimes' }, { GEMINI_CACHE_TTL_SECONDS: '5' }]) {
      let caught: unknown;
      try {
        readGeminiContextCacheSettings(env);
      } catch (error) {
        caught = error;
      }
      expect(isGapwiseError(caught) && caught.code).toBe('INVALID_CONFIG');
      expect((caught as Error).message).toContain(Object.keys(env)[0]);
    }
  });

  it("knows each model's minimum cacheable prompt", () => {
    expect(geminiMinCacheTokens('gemini-2.5-flash')).toBe(1024);
    expect(geminiMinCacheTokens('models/gemini-2.5-flash-lite')).toBe(1024);
    expect(geminiMinCacheTokens('gemini-2.5-pro')).toBe(4096);
    expect(geminiMinCacheTokens('gemini-3-pro-preview')).toBe(4096);
    expect(geminiMinCacheTokens('some-future-model')).toBe(4096);
  });
});
