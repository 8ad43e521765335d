import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../../fake-model/fake-model-server.js';
import { createLlmEngine } from './llm-engine.js';
import { TEST_ANSWERS, TEST_GAP, TEST_GAP_2, TEST_QUESTION, testContext } from './llm-test-support.js';
import type { ModelCallUsage } from './model-call-usage.js';

describe('LLM engine against the fake OpenAI-compatible server', () => {
  let fake: FakeModelServer;
  beforeAll(async () => {
    fake = await startFakeModelServer();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('gets more cached input tokens on the second call of a session, from the shared prefix', async () => {
    const usage: ModelCallUsage[] = [];
    const model = createOpenAICompatible({
      name: 'fake',
      baseURL: fake.url,
      supportsStructuredOutputs: true,
      includeUsage: true,
    }).chatModel('fake');
    const engine = createLlmEngine({
      model,
      provider: 'openai-compatible',
      modelId: 'fake',
      onUsage: (u) => usage.push(u),
    });

    const first = await engine.generateQuestion({ context: testContext('s-fake'), gap: TEST_GAP });
    await engine.generateQuestion({ context: testContext('s-fake'), gap: TEST_GAP_2 });
    const evaluation = await engine.evaluateAnswer({
      context: testContext('s-fake'),
      gap: TEST_GAP,
      question: TEST_QUESTION,
      answers: TEST_ANSWERS,
    });

    // The fake answers with a sample that fits the schema; the engine turned it into domain objects.
    expect(first).toMatchObject({ id: 'q-req-1', gapId: 'req-1' });
    expect(evaluation.score).toBeGreaterThanOrEqual(0);
    const [one, two, three] = usage;
    expect(one?.cachedInputTokens).toBe(0);
    expect(two?.cachedInputTokens).toBeGreaterThan(1024);
    // The second call shares system instruction and session context: most of its input was cached.
    expect(two!.cachedInputTokens / two!.inputTokens).toBeGreaterThan(0.8);
    // Another step still shares system instruction and session context.
    expect(three!.cachedInputTokens / three!.inputTokens).toBeGreaterThan(0.6);
    expect(fake.stats().cachedTokens).toBe(usage.reduce((sum, u) => sum + u.cachedInputTokens, 0));
  });
});
