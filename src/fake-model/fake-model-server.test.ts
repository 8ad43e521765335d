import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText, Output } from 'ai';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type FakeModelServer, startFakeModelServer } from './fake-model-server.js';

const QuestionSchema = z.object({
  question: z.string().min(10),
  rubric: z.object({
    relevance: z.number().int().min(0).max(3),
    missing: z.array(z.enum(['impact', 'ownership'])),
  }),
});

function modelFor(server: FakeModelServer) {
  const provider = createOpenAICompatible({
    name: 'fake',
    baseURL: server.url,
    supportsStructuredOutputs: true,
  });
  return provider('fake-model');
}

describe('fake model server', () => {
  let server: FakeModelServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers structured output that fits the requested schema', async () => {
    server = await startFakeModelServer();
    const { output } = await generateText({
      model: modelFor(server),
      output: Output.object({ schema: QuestionSchema }),
      prompt: 'Ask a question.',
    });
    expect(QuestionSchema.safeParse(output).success).toBe(true);
  });

  it('counts a repeated long prefix as cached, in provider-sized blocks', async () => {
    server = await startFakeModelServer();
    const model = modelFor(server);
    const system = 'You are a careful interviewer. '.repeat(200); // ~6,000 chars, ~1,500 tokens
    const first = await generateText({ model, system, prompt: 'first variable part' });
    const second = await generateText({ model, system, prompt: 'second variable part' });
    expect(first.usage.inputTokenDetails.cacheReadTokens ?? 0).toBe(0);
    const cached = second.usage.inputTokenDetails.cacheReadTokens ?? 0;
    expect(cached).toBeGreaterThanOrEqual(1024);
    expect((cached - 1024) % 128).toBe(0);
    expect(cached).toBeLessThanOrEqual(second.usage.inputTokens ?? 0);
    expect(server.stats()).toMatchObject({ calls: 2, cachedTokens: cached });
  });

  it('does not cache a prefix shorter than the provider minimum', async () => {
    server = await startFakeModelServer();
    const model = modelFor(server);
    await generateText({ model, system: 'short', prompt: 'a' });
    const again = await generateText({ model, system: 'short', prompt: 'a' });
    expect(again.usage.inputTokenDetails.cacheReadTokens ?? 0).toBe(0);
  });

  it('injects 429 with Retry-After and 500 at the chosen rates', async () => {
    server = await startFakeModelServer({ rateLimitRate: 1, retryAfterSeconds: 7 });
    const response = await fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'x', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    await server.close();
    server = await startFakeModelServer({ serverErrorRate: 1 });
    const failed = await fetch(`${server.url}/chat/completions`, { method: 'POST', body: '{"messages":[]}' });
    expect(failed.status).toBe(500);
    expect(server.stats().faults['server-error']).toBe(1);
  });

  it('never answers an injected timeout, so the client must time out', async () => {
    server = await startFakeModelServer({ timeoutRate: 1 });
    const attempt = fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      body: '{"messages":[]}',
      signal: AbortSignal.timeout(200),
    });
    await expect(attempt).rejects.toThrow();
  });

  it('records when each request arrived and which schema it asked for, faults included', async () => {
    server = await startFakeModelServer({ latencyMs: 100 });
    const before = Date.now();
    await generateText({
      model: modelFor(server),
      output: Output.object({ schema: QuestionSchema, name: 'ask_question' }),
      prompt: 'Ask a question.',
    });
    await generateText({ model: modelFor(server), prompt: 'plain' });
    const [first, second] = server.stats().requests;
    expect(first).toMatchObject({ schemaName: 'ask_question', fault: 'none' });
    expect(second).toMatchObject({ schemaName: undefined, fault: 'none' });
    // The second was sent after the first was answered, 100 ms of latency later.
    expect(first!.at).toBeGreaterThanOrEqual(before);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(100);
    await server.close();
    server = await startFakeModelServer({ serverErrorRate: 1 });
    await fetch(`${server.url}/chat/completions`, { method: 'POST', body: '{"messages":[]}' });
    expect(server.stats().requests).toMatchObject([{ schemaName: undefined, fault: 'server-error' }]);
  });

  it('fails exactly the scheduled requests of one step, then answers again', async () => {
    server = await startFakeModelServer();
    server.failNext({ schemaName: 'ask_question', count: 2 });
    const ask = () =>
      fetch(`${server!.url}/chat/completions`, {
        method: 'POST',
        body: JSON.stringify({
          messages: [],
          response_format: {
            type: 'json_schema',
            json_schema: { name: 'ask_question', schema: { type: 'object' } },
          },
        }),
      });
    const other = await fetch(`${server.url}/chat/completions`, { method: 'POST', body: '{"messages":[]}' });
    const statuses = [other.status, (await ask()).status, (await ask()).status, (await ask()).status];
    expect(statuses).toEqual([200, 500, 500, 200]);
    expect(server.stats().faults['server-error']).toBe(2);
  });

  it('serves concurrent calls concurrently at the configured latency', async () => {
    server = await startFakeModelServer({ latencyMs: 150 });
    const model = modelFor(server);
    await Promise.all(Array.from({ length: 5 }, (_, i) => generateText({ model, prompt: `call ${i}` })));
    expect(server.stats().maxConcurrent).toBe(5);
  });
});
