import { generateText, NoObjectGeneratedError, Output, wrapLanguageModel } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CacheOutcome, ResponseCache } from './response-cache.js';
import { scriptedModel, textResult } from './test-model.js';

const Verdict = z.object({ score: z.number().min(0).max(10), missing: z.array(z.enum(['impact', 'scale'])) });
const valid = JSON.stringify({ score: 7, missing: ['impact'] });

function cachedModel(replies: string[]) {
  const outcomes: CacheOutcome[] = [];
  const inner = scriptedModel(replies.map((reply) => async () => textResult(reply)));
  const model = wrapLanguageModel({
    model: inner,
    middleware: new ResponseCache({ onOutcome: (outcome) => outcomes.push(outcome) }).middleware(),
  });
  const ask = () =>
    generateText({ model, prompt: 'judge this', temperature: 0, output: Output.object({ schema: Verdict }) });
  return { inner, outcomes, ask };
}

describe('response cache stores only replies that fit the requested schema', () => {
  it('does not serve a reply that fails the schema again: the next identical call reaches the model', async () => {
    const { inner, outcomes, ask } = cachedModel([JSON.stringify({ score: 12, missing: ['impact'] }), valid]);
    await expect(ask()).rejects.toSatisfy(NoObjectGeneratedError.isInstance);
    const second = await ask();
    expect(second.output).toEqual({ score: 7, missing: ['impact'] });
    expect(inner.doGenerateCalls).toHaveLength(2);
    expect(outcomes).toEqual(['miss', 'miss']);
  });

  it('does not store a reply that is not JSON', async () => {
    const { inner, outcomes, ask } = cachedModel(['Sure! Here is the verdict: 7/10', valid]);
    await expect(ask()).rejects.toSatisfy(NoObjectGeneratedError.isInstance);
    await ask();
    expect(inner.doGenerateCalls).toHaveLength(2);
    expect(outcomes).toEqual(['miss', 'miss']);
  });

  it('serves a reply that fits from L1', async () => {
    const { inner, outcomes, ask } = cachedModel([valid]);
    const first = await ask();
    const second = await ask();
    expect(second.output).toEqual(first.output);
    expect(inner.doGenerateCalls).toHaveLength(1);
    expect(outcomes).toEqual(['miss', 'l1-hit']);
  });

  it('still caches plain-text calls, which have no schema to fit', async () => {
    const outcomes: CacheOutcome[] = [];
    const inner = scriptedModel([async () => textResult('not json at all')]);
    const model = wrapLanguageModel({
      model: inner,
      middleware: new ResponseCache({ onOutcome: (outcome) => outcomes.push(outcome) }).middleware(),
    });
    await generateText({ model, prompt: 'p', temperature: 0 });
    await generateText({ model, prompt: 'p', temperature: 0 });
    expect(inner.doGenerateCalls).toHaveLength(1);
    expect(outcomes).toEqual(['miss', 'l1-hit']);
  });
});
