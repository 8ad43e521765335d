import type { LanguageModelV3Prompt } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { readCv } from '../../../ingest/index.js';
import { GERMAN_CV_MARKDOWN } from '../../offline/german-test-documents.js';
import { createLlmEngine } from '../llm-engine.js';
import {
  stepModel,
  TEST_ANSWERS,
  TEST_GAP,
  TEST_GAP_2,
  TEST_JOB,
  TEST_QUESTION,
  testContext,
} from '../llm-test-support.js';
import { renderSessionContext } from './session-context.js';

/** The session-context message (the second) of a recorded call. */
function contextOf(prompt: LanguageModelV3Prompt): string {
  const message = prompt[1];
  if (!message || typeof message.content === 'string') return String(message?.content ?? '');
  return message.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
}

describe('the session language in LLM prompts', () => {
  it('tells the model to write German, in the session context every call of the session shares', async () => {
    const model = stepModel();
    const engine = createLlmEngine({ model, provider: 'openai', modelId: 'gpt-4.1-mini' });
    const context = { ...testContext(), language: 'de' as const };
    await engine.generateQuestion({ context, gap: TEST_GAP });
    await engine.generateQuestion({ context, gap: TEST_GAP_2 });
    await engine.evaluateAnswer({ context, gap: TEST_GAP, question: TEST_QUESTION, answers: TEST_ANSWERS });

    const contexts = model.doGenerateCalls.map((call) => contextOf(call.prompt));
    expect(contexts).toHaveLength(3);
    expect(new Set(contexts).size).toBe(1);
    expect(contexts[0]).toMatch(
      /LANGUAGE: German\. Write every question, follow-up, piece of feedback, advice and bullet in German/,
    );
    expect(contexts[0]).toContain('"Sie"');
    // The language comes before the documents: the instruction is part of the cached prefix.
    expect(contexts[0]!.indexOf('LANGUAGE:')).toBeLessThan(contexts[0]!.indexOf('<cv>'));
  });

  it('says English for an English session', async () => {
    const model = stepModel();
    const engine = createLlmEngine({ model, provider: 'openai', modelId: 'gpt-4.1-mini' });
    await engine.generateQuestion({ context: { ...testContext(), language: 'en' }, gap: TEST_GAP });
    expect(contextOf(model.doGenerateCalls[0]!.prompt)).toContain('LANGUAGE: English.');
  });

  it('follows the documents when no language is given, and keeps bullets in the CV language', async () => {
    const germanCv = await readCv({ bytes: new TextEncoder().encode(GERMAN_CV_MARKDOWN) });
    expect(renderSessionContext(germanCv, TEST_JOB)).toContain('LANGUAGE: German.');
    const englishQuestions = renderSessionContext(germanCv, TEST_JOB, 'en');
    expect(englishQuestions).toContain('LANGUAGE: English.');
    expect(englishQuestions).toContain('write the bullet text in German');
  });
});
