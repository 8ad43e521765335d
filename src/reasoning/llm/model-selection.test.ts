import { describe, expect, it } from 'vitest';
import { isGapwiseError } from '../../errors/index.js';
import { parseModelSetting, selectModel } from './model-selection.js';

function configError(run: () => unknown): { code: string; message: string } | undefined {
  try {
    run();
  } catch (error) {
    if (isGapwiseError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  return undefined;
}

describe('model selection', () => {
  it('selects no model when no key is configured, or when asked for offline', () => {
    expect(selectModel({})).toBeUndefined();
    expect(selectModel({ GAPWISE_MODEL: 'offline', OPENAI_API_KEY: 'k' })).toBeUndefined();
  });

  it('defaults to Gemini 2.5 Flash when a Google key is present', () => {
    const selected = selectModel({ GOOGLE_GENERATIVE_AI_API_KEY: 'g-key' });
    expect(selected).toMatchObject({ provider: 'google', modelId: 'gemini-2.5-flash' });
    expect(selected?.model.modelId).toBe('gemini-2.5-flash');
  });

  it('reads provider:model from GAPWISE_MODEL with that provider’s key', () => {
    expect(selectModel({ GAPWISE_MODEL: 'openai:gpt-4.1', OPENAI_API_KEY: 'k' })).toMatchObject({
      provider: 'openai',
      modelId: 'gpt-4.1',
    });
    expect(
      selectModel({ GAPWISE_MODEL: 'anthropic:claude-sonnet-4-5', ANTHROPIC_API_KEY: 'k' })?.model.provider,
    ).toMatch(/^anthropic/);
  });

  it('uses an OpenAI-compatible server without a key, keeping colons in the model id', () => {
    const selected = selectModel({
      GAPWISE_MODEL: 'openai-compatible:llama3.1:8b',
      OPENAI_BASE_URL: 'http://localhost:11434/v1',
    });
    expect(selected).toMatchObject({ provider: 'openai-compatible', modelId: 'llama3.1:8b' });
    expect(selected?.model.provider).toMatch(/^openai-compatible/);
  });

  it('rejects a malformed GAPWISE_MODEL with INVALID_CONFIG', () => {
    expect(configError(() => parseModelSetting('gemini-2.5-flash'))).toMatchObject({
      code: 'INVALID_CONFIG',
      message: expect.stringContaining('<provider>:<model>'),
    });
    expect(configError(() => parseModelSetting('mistral:large'))).toMatchObject({
      code: 'INVALID_CONFIG',
      message: expect.stringContaining('unknown provider "mistral"'),
    });
    expect(configError(() => parseModelSetting('google:'))?.code).toBe('INVALID_CONFIG');
  });

  it('names the missing key variable of the chosen provider', () => {
    expect(
      configError(() => selectModel({ GAPWISE_MODEL: 'anthropic:claude-haiku-4-5' }))?.message,
    ).toContain('ANTHROPIC_API_KEY');
    expect(configError(() => selectModel({ GAPWISE_MODEL: 'openai-compatible:llama3' }))?.message).toContain(
      'OPENAI_BASE_URL',
    );
  });

  it('asks for a model name when only a compatible server URL is given', () => {
    expect(
      configError(() => selectModel({ OPENAI_BASE_URL: 'http://localhost:11434/v1' }))?.message,
    ).toContain('GAPWISE_MODEL');
  });
});
