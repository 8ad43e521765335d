import type { LanguageModelV3GenerateResult } from '@ai-sdk/provider';
import { MockLanguageModelV3 } from 'ai/test';

/** A generate result with the given text and usage, for tests of model-call middleware. */
export function textResult(text: string, inputTokens = 100): LanguageModelV3GenerateResult {
  return {
    content: [{ type: 'text', text }],
    finishReason: { unified: 'stop', raw: 'stop' },
    usage: {
      inputTokens: { total: inputTokens, noCache: inputTokens, cacheRead: 0, cacheWrite: 0 },
      outputTokens: { total: 10, text: 10, reasoning: 0 },
    },
    warnings: [],
  };
}

/** A mock model whose calls run `behaviour` in order (the last one repeats). */
export function scriptedModel(behaviour: Array<() => Promise<LanguageModelV3GenerateResult>>) {
  let call = 0;
  return new MockLanguageModelV3({
    provider: 'test',
    modelId: 'scripted',
    doGenerate: async () => {
      const step = behaviour[Math.min(call, behaviour.length - 1)]!;
      call += 1;
      return step();
    },
  });
}
