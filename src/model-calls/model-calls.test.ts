import { APICallError } from '@ai-sdk/provider';
import { generateText, wrapLanguageModel } from 'ai';
import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { isGapwiseError } from '../errors/index.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { ConcurrencyLimiter } from './concurrency-limiter.js';
import { createRetryMiddleware } from './retry-middleware.js';
import { scriptedModel, textResult } from './test-model.js';

const rateLimited = (retryAfter?: string) =>
  new APICallError({
    message: 'rate limited',
    url: 'https://provider.test/v1/chat',
    requestBodyValues: {},
    statusCode: 429,
    responseHeaders: retryAfter ? { 'retry-after': retryAfter } : {},
    isRetryable: true,
  });
const badRequest = () =>
  new APICallError({
    message: 'bad request',
    url: 'x',
    requestBodyValues: {},
    statusCode: 400,
    isRetryable: false,
  });

describe('retry middleware', () => {
  it('waits as long as Retry-After asks, then succeeds', async () => {
    const delays: number[] = [];
    const inner = scriptedModel([async () => Promise.reject(rateLimited('2')), async () => textResult('ok')]);
    const model = wrapLanguageModel({
      model: inner,
      middleware: createRetryMiddleware({ sleep: async (ms) => void delays.push(ms) }),
    });
    const { text } = await generateText({ model, prompt: 'hi', maxRetries: 0 });
    expect(text).toBe('ok');
    expect(delays).toEqual([2000]);
    expect(inner.doGenerateCalls).toHaveLength(2);
  });

  it('backs off exponentially with jitter when no Retry-After is given', async () => {
    const delays: number[] = [];
    const inner = scriptedModel([async () => Promise.reject(rateLimited())]);
    const model = wrapLanguageModel({
      model: inner,
      middleware: createRetryMiddleware({
        maxAttempts: 4,
        baseDelayMs: 100,
        random: () => 1,
        sleep: async (ms) => void delays.push(ms),
      }),
    });
    await expect(generateText({ model, prompt: 'hi', maxRetries: 0 })).rejects.toThrow();
    expect(delays).toEqual([100, 200, 400]);
    expect(inner.doGenerateCalls).toHaveLength(4);
  });

  it('does not retry an error that another attempt cannot fix', async () => {
    const inner = scriptedModel([async () => Promise.reject(badRequest())]);
    const model = wrapLanguageModel({
      model: inner,
      middleware: createRetryMiddleware({ sleep: async () => {} }),
    });
    await expect(generateText({ model, prompt: 'hi', maxRetries: 0 })).rejects.toThrow('bad request');
    expect(inner.doGenerateCalls).toHaveLength(1);
  });

  it('times out an attempt that hangs and retries it', async () => {
    let calls = 0;
    const inner = new MockLanguageModelV3({
      doGenerate: async ({ abortSignal }) => {
        calls += 1;
        if (calls === 1) {
          await new Promise((_, reject) =>
            abortSignal?.addEventListener('abort', () => reject(abortSignal.reason)),
          );
        }
        return textResult('second try');
      },
    });
    const model = wrapLanguageModel({
      model: inner,
      middleware: createRetryMiddleware({ attemptTimeoutMs: 50, sleep: async () => {} }),
    });
    const { text } = await generateText({ model, prompt: 'hi', maxRetries: 0 });
    expect(text).toBe('second try');
  });
});

describe('circuit breaker', () => {
  it('opens after consecutive provider failures, fails fast, then closes after a good probe', async () => {
    let now = 0;
    const states: string[] = [];
    const breaker = new CircuitBreaker({
      failureThreshold: 2,
      openMs: 1000,
      now: () => now,
      onStateChange: (s) => states.push(s),
    });
    let healthy = false;
    const inner = new MockLanguageModelV3({
      doGenerate: async () => (healthy ? textResult('back') : Promise.reject(rateLimited())),
    });
    const model = wrapLanguageModel({ model: inner, middleware: breaker.middleware() });
    for (let i = 0; i < 2; i += 1)
      await expect(generateText({ model, prompt: 'x', maxRetries: 0 })).rejects.toThrow();
    expect(breaker.state).toBe('open');

    const fastFailure = await generateText({ model, prompt: 'x', maxRetries: 0 }).catch(
      (error: unknown) => error,
    );
    expect(isGapwiseError(fastFailure, 'MODEL_UNAVAILABLE')).toBe(true);
    expect(inner.doGenerateCalls).toHaveLength(2); // the provider was not called while open

    now = 1000;
    healthy = true;
    expect(breaker.state).toBe('half-open');
    const { text } = await generateText({ model, prompt: 'x', maxRetries: 0 });
    expect(text).toBe('back');
    expect(breaker.state).toBe('closed');
    expect(states).toEqual(['open', 'half-open', 'closed']);
  });

  it('does not count invalid requests as provider failures', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1 });
    const model = wrapLanguageModel({
      model: scriptedModel([async () => Promise.reject(badRequest())]),
      middleware: breaker.middleware(),
    });
    await expect(generateText({ model, prompt: 'x', maxRetries: 0 })).rejects.toThrow('bad request');
    expect(breaker.state).toBe('closed');
  });
});

describe('concurrency limiter', () => {
  it('never runs more calls at once than its limit, and runs them all', async () => {
    const limiter = new ConcurrencyLimiter(4);
    let running = 0;
    let peak = 0;
    const inner = new MockLanguageModelV3({
      doGenerate: async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 20));
        running -= 1;
        return textResult('done');
      },
    });
    const model = wrapLanguageModel({ model: inner, middleware: limiter.middleware() });
    const results = await Promise.all(Array.from({ length: 10 }, () => generateText({ model, prompt: 'q' })));
    expect(results).toHaveLength(10);
    expect(peak).toBe(4);
  });
});
