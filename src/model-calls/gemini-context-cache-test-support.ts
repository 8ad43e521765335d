import { createGoogleGenerativeAI } from '@ai-sdk/google';
import type { Gap } from '../domain/index.js';
import { fakeGeminiBaseUrl } from '../fake-model/fake-gemini-routes.js';
import type { FakeModelServer } from '../fake-model/fake-model-server.js';
import { readModelCallSettings, wrapModelForGapwise } from '../reasoning/create-reasoner.js';
import { createLlmEngine } from '../reasoning/llm/llm-engine.js';
import { TEST_GAP, TEST_GAP_2 } from '../reasoning/llm/llm-test-support.js';
import type { ModelCallUsage } from '../reasoning/llm/model-call-usage.js';
import type { Reasoner } from '../reasoning/reasoner.js';
import type { GeminiContextCache } from './gemini-context-cache.js';

/** Three different gaps: three calls of one session that no response cache can answer for another. */
export const GAPS: Gap[] = [
  TEST_GAP,
  TEST_GAP_2,
  {
    ...TEST_GAP_2,
    id: 'req-3',
    requirement: { ...TEST_GAP_2.requirement, id: 'req-3', text: 'Terraform', keywords: ['Terraform'] },
  },
];

/**
 * The LLM engine on the real Google provider talking to the fake Gemini API, behind the real
 * model-call stack (response cache, breaker, limiter, retries) with `cache` in it.
 */
export function geminiEngine(
  fake: FakeModelServer,
  cache: GeminiContextCache | undefined,
  { modelId = 'gemini-2.5-flash', usage = [] as ModelCallUsage[] } = {},
): Reasoner {
  const model = createGoogleGenerativeAI({ baseURL: fakeGeminiBaseUrl(fake.url), apiKey: 'test' })(modelId);
  return createLlmEngine({
    model: wrapModelForGapwise(
      { provider: 'google', modelId, model },
      readModelCallSettings({}),
      cache ? { geminiContextCache: cache } : {},
    ),
    provider: 'google',
    modelId,
    onUsage: (u) => usage.push(u),
  });
}
