import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeGeminiBaseUrl } from './fake-gemini-routes.js';
import { type FakeModelServer, startFakeModelServer } from './fake-model-server.js';

let fake: FakeModelServer;
let clock: number;
let base: string;

beforeEach(async () => {
  clock = Date.now();
  fake = await startFakeModelServer({ gemini: { now: () => clock } });
  base = fakeGeminiBaseUrl(fake.url);
});

afterEach(async () => {
  await fake.close();
});

async function gemini(method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}/${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-goog-api-key': 'test' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read the fields they assert on
  return { status: response.status, body: (await response.json()) as any };
}

const longText = 'The candidate built payment services in TypeScript. '.repeat(100); // ~1,300 tokens
const createBody = (ttl = '60s') => ({
  model: 'models/gemini-2.5-flash',
  systemInstruction: { parts: [{ text: 'You are an interviewer.' }] },
  contents: [{ role: 'user', parts: [{ text: longText }] }],
  ttl,
});
const ask = { contents: [{ role: 'user', parts: [{ text: 'One question, please.' }] }] };

describe('fake Gemini API', () => {
  it('creates a cached content and counts its tokens as cached in the calls that name it', async () => {
    const created = await gemini('POST', 'cachedContents', createBody());
    expect(created.status).toBe(200);
    expect(created.body.name).toMatch(/^cachedContents\/\w+$/);
    const reply = await gemini('POST', 'models/gemini-2.5-flash:generateContent', {
      ...ask,
      cachedContent: created.body.name,
    });
    expect(reply.status).toBe(200);
    const { promptTokenCount, cachedContentTokenCount } = reply.body.usageMetadata;
    expect(cachedContentTokenCount).toBe(created.body.usageMetadata.totalTokenCount);
    expect(promptTokenCount).toBeGreaterThan(cachedContentTokenCount);
    expect(fake.stats().gemini).toMatchObject({ cachesCreated: 1, cachedContentCalls: 1 });
  });

  it('refuses a system instruction sent with a cached content, and a cache of another model', async () => {
    const { body } = await gemini('POST', 'cachedContents', createBody());
    const withSystem = await gemini('POST', 'models/gemini-2.5-flash:generateContent', {
      ...ask,
      systemInstruction: { parts: [{ text: 'again' }] },
      cachedContent: body.name,
    });
    expect(withSystem.status).toBe(400);
    expect(withSystem.body.error.message).toMatch(/CachedContent can not be used .* system_instruction/);
    const otherModel = await gemini('POST', 'models/gemini-2.5-pro:generateContent', {
      ...ask,
      cachedContent: body.name,
    });
    expect(otherModel.status).toBe(400);
    expect(fake.stats().gemini.rejectedCalls).toBe(2);
  });

  it('expires a cache at its TTL unless extended, then answers 404', async () => {
    const { body } = await gemini('POST', 'cachedContents', createBody('60s'));
    clock += 50_000;
    const extended = await gemini('PATCH', `${body.name}?updateMask=ttl`, { ttl: '60s' });
    expect(extended.status).toBe(200);
    clock += 50_000; // 100 s after creation: alive thanks to the extension
    expect((await gemini('GET', body.name)).status).toBe(200);
    clock += 20_000;
    const gone = await gemini('POST', 'models/gemini-2.5-flash:generateContent', {
      ...ask,
      cachedContent: body.name,
    });
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toMatch(/CachedContent not found/);
    expect(fake.stats().gemini).toMatchObject({ cachesExtended: 1, cachesActive: 0 });
  });

  it('deletes a cache, refuses one under the minimum, and lists the live ones', async () => {
    const { body } = await gemini('POST', 'cachedContents', createBody());
    const small = await gemini('POST', 'cachedContents', {
      ...createBody(),
      contents: [{ role: 'user', parts: [{ text: 'short' }] }],
    });
    expect(small.status).toBe(400);
    expect(small.body.error.message).toMatch(/too small/);
    expect((await gemini('GET', 'cachedContents')).body.cachedContents).toHaveLength(1);
    expect((await gemini('DELETE', body.name)).status).toBe(200);
    expect((await gemini('DELETE', body.name)).status).toBe(404);
    expect((await gemini('GET', 'cachedContents')).body.cachedContents).toHaveLength(0);
    expect(fake.stats().gemini).toMatchObject({ cachesCreated: 1, cachesDeleted: 1 });
  });

  it('answers structured output that fits the requested schema', async () => {
    const reply = await gemini('POST', 'models/gemini-2.5-flash:generateContent', {
      ...ask,
      generationConfig: {
        responseMimeType: 'application/json',
        responseSchema: {
          type: 'object',
          properties: { text: { type: 'string' }, relevance: { type: 'integer' } },
          required: ['text', 'relevance'],
        },
      },
    });
    const value = JSON.parse(reply.body.candidates[0].content.parts[0].text);
    expect(typeof value.text).toBe('string');
    expect(value.relevance).toBe(1);
  });
});
