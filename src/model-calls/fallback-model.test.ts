import { APICallError, type LanguageModelV3 } from '@ai-sdk/provider';
import { generateText, wrapLanguageModel } from 'ai';
import { describe, expect, it } from 'vitest';
import { isGapwiseError } from '../errors/index.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { createFallbackMiddleware, isModelUnavailableError, servedModelOf } from './fallback-model.js';
import { createRetryMiddleware } from './retry-middleware.js';
import { SharedRateLimit } from './shared-rate-limit.js';
import { scriptedModel, textResult } from './test-model.js';

const apiError = (statusCode: number) =>
  new APICallError({
    message: `HTTP ${statusCode}`,
    url: 'https://provider.test/v1/chat',
    requestBodyValues: {},
    statusCode,
    isRetryable: statusCode >= 500 || statusCode === 429,
  });

const PRIMARY = { provider: 'google', modelId: 'gemini-2.5-flash' };
const FALLBACK = { provider: 'openai', modelId: 'gpt-4.1-mini' };

/** The primary behind a breaker and retries (no back-off wait), with the fallback step above it. */
function withFallback(primary: LanguageModelV3, fallback: LanguageModelV3, breaker = new CircuitBreaker()) {
  const logs: string[] = [];
  const primaryStack = wrapLanguageModel({
    model: primary,
    middleware: [breaker.middleware(), createRetryMiddleware({ maxAttempts: 3, sleep: async () => {} })],
  });
  const model = wrapLanguageModel({
    model: primaryStack,
    middleware: createFallbackMiddleware({
      primary: PRIMARY,
      fallback: { ...FALLBACK, model: fallback },
      log: (message) => logs.push(message),
    }),
  });
  return { model, logs };
}

const ask = (model: LanguageModelV3) => generateText({ model, prompt: 'secret CV text', maxRetries: 0 });

describe('fallback model', () => {
  it('answers from the fallback once the primary has failed with 503 on every attempt', async () => {
    const primary = scriptedModel([async () => Promise.reject(apiError(503))]);
    const fallback = scriptedModel([async () => textResult('from fallback')]);
    const { model, logs } = withFallback(primary, fallback);

    const result = await ask(model);

    expect(result.text).toBe('from fallback');
    expect(primary.doGenerateCalls).toHaveLength(3);
    expect(fallback.doGenerateCalls).toHaveLength(1);
    // The fallback gets the request the primary got.
    expect(fallback.doGenerateCalls[0]?.prompt).toEqual(primary.doGenerateCalls[0]?.prompt);
    expect(servedModelOf(result.providerMetadata)).toEqual(FALLBACK);
    expect(logs).toEqual([
      'model google:gemini-2.5-flash unavailable (HTTP 503); calling fallback model openai:gpt-4.1-mini',
    ]);
    expect(logs.join('\n')).not.toContain('secret');
  });

  it('marks a reply of the primary as served by the primary and leaves the fallback alone', async () => {
    const primary = scriptedModel([async () => textResult('from primary')]);
    const fallback = scriptedModel([async () => textResult('from fallback')]);
    const result = await ask(withFallback(primary, fallback).model);
    expect(result.text).toBe('from primary');
    expect(servedModelOf(result.providerMetadata)).toEqual(PRIMARY);
    expect(fallback.doGenerateCalls).toHaveLength(0);
  });

  it('does not fall back on a request the primary rejected as invalid (400) or unauthorised (401)', async () => {
    for (const status of [400, 401]) {
      const primary = scriptedModel([async () => Promise.reject(apiError(status))]);
      const fallback = scriptedModel([async () => textResult('from fallback')]);
      const { model, logs } = withFallback(primary, fallback);

      const error = await ask(model).catch((caught: unknown) => caught);

      expect(APICallError.isInstance(error) && error.statusCode).toBe(status);
      expect(primary.doGenerateCalls).toHaveLength(1);
      expect(fallback.doGenerateCalls).toHaveLength(0);
      expect(logs).toEqual([]);
    }
  });

  it('goes to the fallback straight away while the primary’s circuit is open', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1 });
    await breaker.run(async () => Promise.reject(apiError(503))).catch(() => undefined);
    expect(breaker.state).toBe('open');
    const primary = scriptedModel([async () => textResult('from primary')]);
    const fallback = scriptedModel([async () => textResult('from fallback')]);

    const result = await ask(withFallback(primary, fallback, breaker).model);

    expect(result.text).toBe('from fallback');
    expect(primary.doGenerateCalls).toHaveLength(0);
  });

  it('throws the primary’s unavailable error when the fallback is down too', async () => {
    const primaryError = apiError(503);
    const primary = scriptedModel([async () => Promise.reject(primaryError)]);
    const fallback = scriptedModel([async () => Promise.reject(apiError(502))]);
    const { model, logs } = withFallback(primary, fallback);

    await expect(ask(model)).rejects.toBe(primaryError);
    expect(fallback.doGenerateCalls).toHaveLength(1);
    expect(logs.at(-1)).toBe('fallback model openai:gpt-4.1-mini failed too (HTTP 502)');
  });

  it('surfaces a fallback that rejects the request (a bad fallback key) rather than hiding it', async () => {
    const primary = scriptedModel([async () => Promise.reject(apiError(503))]);
    const fallback = scriptedModel([async () => Promise.reject(apiError(401))]);
    const error = await ask(withFallback(primary, fallback).model).catch((caught: unknown) => caught);
    expect(APICallError.isInstance(error) && error.statusCode).toBe(401);
  });

  it('does not call the fallback for a call the caller aborted', async () => {
    const controller = new AbortController();
    const primary = scriptedModel([
      async () => {
        controller.abort();
        throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      },
    ]);
    const fallback = scriptedModel([async () => textResult('from fallback')]);
    const { model } = withFallback(primary, fallback);
    await expect(
      generateText({ model, prompt: 'hi', maxRetries: 0, abortSignal: controller.signal }),
    ).rejects.toThrow();
    expect(fallback.doGenerateCalls).toHaveLength(0);
  });
});

describe('isModelUnavailableError', () => {
  it('counts outages, open circuits and timeouts, not request errors', async () => {
    const open = await (async () => {
      const breaker = new CircuitBreaker({ failureThreshold: 1 });
      await breaker.run(async () => Promise.reject(apiError(500))).catch(() => undefined);
      return breaker.run(async () => 'unreached').catch((error: unknown) => error);
    })();
    expect(isGapwiseError(open, 'MODEL_UNAVAILABLE')).toBe(true);
    expect(isModelUnavailableError(open)).toBe(true);
    expect(isModelUnavailableError(apiError(429))).toBe(true);
    expect(isModelUnavailableError(Object.assign(new Error('timed out'), { name: 'TimeoutError' }))).toBe(
      true,
    );
    const noBudget = await (async () => {
      const limit = new SharedRateLimit({
        key: 'fallback-test',
        callsPerWindow: 1,
        windowSeconds: 60,
        maxWaitMs: 10,
      });
      await limit.acquire();
      return limit.acquire().catch((error: unknown) => error);
    })();
    expect(isModelUnavailableError(noBudget)).toBe(true);
    expect(isModelUnavailableError(apiError(400))).toBe(false);
    expect(isModelUnavailableError(apiError(401))).toBe(false);
    expect(isModelUnavailableError(new TypeError('x is undefined'))).toBe(false);
  });
});
