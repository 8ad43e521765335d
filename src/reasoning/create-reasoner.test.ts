import { afterEach, describe, expect, it, vi } from 'vitest';
import { isGapwiseError } from '../errors/index.js';
import { type FakeModelServer, startFakeModelServer } from '../fake-model/fake-model-server.js';
import { createReasonerFromEnv, readModelCallSettings } from './create-reasoner.js';
import { TEST_ANSWERS, TEST_GAP, TEST_QUESTION, testContext } from './llm/llm-test-support.js';
import type { ModelCallUsage } from './llm/model-call-usage.js';

const servers: FakeModelServer[] = [];
async function fakeServer(options: Parameters<typeof startFakeModelServer>[0] = {}) {
  const server = await startFakeModelServer(options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const modelEnv = (server: FakeModelServer, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  GAPWISE_MODEL: 'openai-compatible:fake',
  OPENAI_BASE_URL: server.url,
  ...extra,
});

describe('createReasonerFromEnv', () => {
  it('runs the offline engine when no model is configured', () => {
    expect(createReasonerFromEnv({}).name).toBe('offline');
  });

  it('runs the LLM engine on the configured model through the model-call middleware', async () => {
    const server = await fakeServer();
    const usage: ModelCallUsage[] = [];
    const reasoner = createReasonerFromEnv(modelEnv(server), { onUsage: (u) => usage.push(u) });
    expect(reasoner.name).toBe('llm:openai-compatible:fake');
    const input = {
      context: testContext('s-env'),
      gap: TEST_GAP,
      question: TEST_QUESTION,
      answers: TEST_ANSWERS,
    };
    await reasoner.evaluateAnswer(input);
    await reasoner.evaluateAnswer(input);
    // Evaluation runs at temperature 0, so the second identical call is a response-cache hit.
    // (The only other call is the bullet drafted beside the evaluation of this good answer.)
    const evaluations = usage.filter((u) => u.step === 'evaluate-answer');
    expect(evaluations.map((u) => u.cached)).toEqual([false, true]);
    // The draft may still be in flight when the evaluation is back: every call reports its usage.
    await vi.waitFor(() => expect(server.stats().calls).toBe(usage.filter((u) => !u.cached).length));
  });

  it('speculates on follow-ups by the workflow pass mark and budget (ANSWER_THRESHOLD, MAX_DEEP_DIVE_ROUNDS)', async () => {
    const server = await fakeServer();
    // The offline engine reads this answer as 4/10.
    const thin = [{ prompt: TEST_QUESTION.text, answer: 'I used AWS Lambda a bit.' }];
    const started = async (extra: NodeJS.ProcessEnv) => {
      const steps: string[] = [];
      const reasoner = createReasonerFromEnv(modelEnv(server, extra), {
        onSpeculation: ({ step, outcome }) => {
          if (outcome === 'started') steps.push(step);
        },
      });
      const context = testContext(`s-${JSON.stringify(extra)}`);
      await reasoner.evaluateAnswer({ context, gap: TEST_GAP, question: TEST_QUESTION, answers: thin });
      return steps;
    };
    expect(await started({})).toEqual(['deep-dive']);
    expect(await started({ ANSWER_THRESHOLD: '4' })).toEqual([]);
    // No follow-up rounds at all: the bullet comes next whatever the score.
    expect(await started({ MAX_DEEP_DIVE_ROUNDS: '0' })).toEqual(['generate-bullet']);
    const failure = await started({ ANSWER_THRESHOLD: 'high' }).catch((error: unknown) => error);
    expect(isGapwiseError(failure, 'INVALID_CONFIG')).toBe(true);
    expect((failure as Error).message).toContain('ANSWER_THRESHOLD');
  });

  it('keeps at most MODEL_CONCURRENCY calls in flight', async () => {
    const server = await fakeServer({ latencyMs: 50 });
    const reasoner = createReasonerFromEnv(modelEnv(server, { MODEL_CONCURRENCY: '2' }));
    const gaps = Array.from({ length: 6 }, (_, index) => ({ ...TEST_GAP, id: `req-${index + 10}` }));
    await Promise.all(gaps.map((gap) => reasoner.generateQuestion({ context: testContext(), gap })));
    expect(server.stats().calls).toBe(6);
    expect(server.stats().maxConcurrent).toBe(2);
  });

  it('lets the offline engine answer, and logs it, when the model keeps failing', async () => {
    const server = await fakeServer({ serverErrorRate: 1 });
    const messages: string[] = [];
    const reasoner = createReasonerFromEnv(modelEnv(server, { MODEL_MAX_ATTEMPTS: '2' }), {
      log: (message) => messages.push(message),
    });
    const question = await reasoner.generateQuestion({ context: testContext(), gap: TEST_GAP });
    expect(question.gapId).toBe(TEST_GAP.id);
    expect(server.stats().faults['server-error']).toBe(2);
    expect(messages.some((message) => message.includes('model unavailable for generate-question'))).toBe(
      true,
    );
  });

  it('reports MODEL_UNAVAILABLE instead when the offline fallback is turned off', async () => {
    const server = await fakeServer({ serverErrorRate: 1 });
    const reasoner = createReasonerFromEnv(
      modelEnv(server, { MODEL_MAX_ATTEMPTS: '1', GAPWISE_OFFLINE_FALLBACK: 'false' }),
    );
    const failure = await reasoner
      .generateQuestion({ context: testContext(), gap: TEST_GAP })
      .catch((e: unknown) => e);
    expect(isGapwiseError(failure, 'MODEL_UNAVAILABLE')).toBe(true);
  });

  it('rejects a bad model setting at start', () => {
    expect(() => createReasonerFromEnv({ GAPWISE_MODEL: 'google:gemini-2.5-flash' })).toThrow(
      /GOOGLE_GENERATIVE_AI_API_KEY/,
    );
  });
});

describe('readModelCallSettings', () => {
  it('reads the shared rate limit as calls per window, and the older per-minute variable as a 60 s window', () => {
    expect(
      readModelCallSettings({ MODEL_RATE_LIMIT_CALLS: '5', MODEL_RATE_LIMIT_WINDOW_SECONDS: '2' }),
    ).toMatchObject({ rateLimitCalls: 5, rateLimitWindowSeconds: 2 });
    expect(readModelCallSettings({ MODEL_RATE_LIMIT_PER_MINUTE: '120' })).toMatchObject({
      rateLimitCalls: 120,
      rateLimitWindowSeconds: 60,
    });
  });

  it('refuses rate-limit settings that contradict each other or do nothing, naming them', () => {
    for (const env of [
      { MODEL_RATE_LIMIT_PER_MINUTE: '100', MODEL_RATE_LIMIT_WINDOW_SECONDS: '10' },
      { MODEL_RATE_LIMIT_PER_MINUTE: '100', MODEL_RATE_LIMIT_CALLS: '100' },
      { MODEL_RATE_LIMIT_WINDOW_SECONDS: '10' },
    ]) {
      let failure: unknown;
      try {
        readModelCallSettings(env);
      } catch (error) {
        failure = error;
      }
      expect(isGapwiseError(failure, 'INVALID_CONFIG')).toBe(true);
      for (const name of Object.keys(env)) expect((failure as Error).message).toContain(name);
    }
  });

  it('has defaults for every setting', () => {
    expect(readModelCallSettings({})).toEqual({
      timeoutMs: 60_000,
      maxAttempts: 3,
      concurrency: 8,
      rateLimitCalls: undefined,
      rateLimitWindowSeconds: 60,
      fallbackToOffline: true,
      bulletThreshold: 8,
      keyPrefix: 'gw',
      cacheTtlSeconds: 3600,
    });
  });

  it('names the variable with a bad value', () => {
    for (const env of [
      { MODEL_CONCURRENCY: '0' },
      { MODEL_TIMEOUT_MS: 'soon' },
      { GAPWISE_OFFLINE_FALLBACK: 'maybe' },
      { MODEL_RATE_LIMIT_WINDOW_SECONDS: '0' },
      { MODEL_RATE_LIMIT_WINDOW_SECONDS: '2.5', MODEL_RATE_LIMIT_CALLS: '10' },
      { MODEL_RATE_LIMIT_CALLS: 'lots' },
    ]) {
      let failure: unknown;
      try {
        readModelCallSettings(env);
      } catch (error) {
        failure = error;
      }
      expect(isGapwiseError(failure, 'INVALID_CONFIG')).toBe(true);
      expect((failure as Error).message).toContain(Object.keys(env)[0]);
    }
  });
});
