import type { LanguageModelV3Prompt } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import type { AnswerTurn } from '../../domain/index.js';
import { createLlmEngine } from './llm-engine.js';
import {
  stepModel,
  stepOfCall,
  TEST_ANSWERS,
  TEST_GAP,
  TEST_QUESTION,
  testContext,
} from './llm-test-support.js';
import type { ModelProvider } from './model-provider.js';
import { renderQuestionThread } from './prompts/variable-parts.js';

/** The prompt as one text, in the order a provider reads (and caches) it. */
function promptText(prompt: LanguageModelV3Prompt): string {
  return prompt
    .map((message) => {
      const text =
        typeof message.content === 'string'
          ? message.content
          : message.content.map((part) => (part.type === 'text' ? part.text : '')).join('');
      return `${message.role}\n${text}\n`;
    })
    .join('');
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

const followUpTurn: AnswerTurn = {
  prompt: 'How many settlement jobs did you move, and what changed afterwards?',
  answer: 'Fourteen jobs; the nightly run went from 3 hours to 40 minutes.',
};

describe('question thread: what successive calls about one question share', () => {
  it.each<ModelProvider>(['openai', 'anthropic', 'google', 'openai-compatible'])(
    'a second evaluation repeats the first one byte for byte through the previous turn (%s)',
    async (provider) => {
      const model = stepModel();
      const engine = createLlmEngine({ model, provider, modelId: 'm' });
      const input = { context: testContext(), gap: TEST_GAP, question: TEST_QUESTION };
      await engine.evaluateAnswer({ ...input, answers: TEST_ANSWERS });
      await engine.evaluateAnswer({ ...input, answers: [...TEST_ANSWERS, followUpTurn] });

      const [first, second] = model.doGenerateCalls
        .filter((call) => stepOfCall(call) === 'evaluate-answer')
        .map((call) => promptText(call.prompt));
      // Everything up to the end of the first answer is the same text; only the new turn follows.
      const previousTurnEnd = first!.lastIndexOf('</answer>') + '</answer>\n'.length;
      expect(previousTurnEnd).toBeGreaterThan(first!.indexOf(TEST_ANSWERS[0]!.answer));
      expect(second!.slice(0, previousTurnEnd)).toBe(first!.slice(0, previousTurnEnd));
      expect(second!.slice(previousTurnEnd)).toMatch(/^<answer n="2" question="How many settlement jobs/);
    },
  );

  it('sends the main question once, with the answer it asked for', async () => {
    const model = stepModel();
    const engine = createLlmEngine({ model, provider: 'openai', modelId: 'm' });
    const input = { context: testContext(), gap: TEST_GAP, question: TEST_QUESTION, answers: TEST_ANSWERS };
    await engine.evaluateAnswer(input);
    await engine.generateDeepDive({
      ...input,
      evaluation: {
        score: 5,
        rubric: { relevance: 3, specificity: 0, ownership: 1, impact: 0, clarity: 1 },
        missing: ['specificity', 'impact'],
        noExperience: false,
        feedback: 'Say how many.',
      },
    });
    await engine.generateBullet(input);
    await engine.adviseTrueGap(input);
    const prompts = model.doGenerateCalls.map((call) => promptText(call.prompt));
    expect(prompts).toHaveLength(4);
    for (const prompt of prompts) {
      expect(occurrences(prompt, TEST_QUESTION.text)).toBe(1);
      expect(prompt).toContain(`<answer n="1" question="${TEST_QUESTION.text}">`);
    }
  });

  it('names the main question on its own when no answer carries it', () => {
    expect(renderQuestionThread(TEST_QUESTION, [])).toBe(
      `Main question: ${TEST_QUESTION.text}\n\n<answers>\n(no answers yet)\n</answers>`,
    );
    const thread = renderQuestionThread(TEST_QUESTION, [followUpTurn]);
    expect(thread.startsWith(`Main question: ${TEST_QUESTION.text}\n\n<answers>\n<answer n="1"`)).toBe(true);
  });
});
