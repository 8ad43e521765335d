import { describe, expect, it } from 'vitest';
import { isGapwiseError } from '../../errors/index.js';
import { parseModelSetting, selectFallbackModel, selectModel } from './model-selection.js';

function configError(
  run: () => unknown,
): { code: string; message: string; details?: Record<string, unknown> } | undefined {
  try {
    run();
  } catch (error) {
    if (isGapwiseError(error)) return { code: error.code, message: error.message, details: error.details };
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

describe('fallback model selection', () => {
  const primaryEnv = { GAPWISE_MODEL: 'google:gemini-2.5-flash', GOOGLE_GENERATIVE_AI_API_KEY: 'g' };
  const fallbackOf = (env: NodeJS.ProcessEnv) => selectFallbackModel(env, { primary: selectModel(env) });

  it('selects no fallback unless GAPWISE_FALLBACK_MODEL is set', () => {
    expect(fallbackOf(primaryEnv)).toBeUndefined();
  });

  it('reads provider:model from GAPWISE_FALLBACK_MODEL with that provider’s key', () => {
    const fallback = fallbackOf({
      ...primaryEnv,
      GAPWISE_FALLBACK_MODEL: 'openai:gpt-4.1-mini',
      OPENAI_API_KEY: 'o',
    });
    expect(fallback).toMatchObject({ provider: 'openai', modelId: 'gpt-4.1-mini' });
    expect(fallback?.model.provider).toMatch(/^openai/);
  });

  it('puts an openai-compatible fallback on GAPWISE_FALLBACK_BASE_URL, else on OPENAI_BASE_URL', async () => {
    const urls: string[] = [];
    const fetch = async (input: string | URL | Request) => {
      urls.push(String(input instanceof Request ? input.url : input));
      return new Response('{}', { status: 500 });
    };
    const env = {
      GAPWISE_MODEL: 'openai-compatible:llama3.1',
      OPENAI_BASE_URL: 'http://primary.test/v1',
      GAPWISE_FALLBACK_MODEL: 'openai-compatible:qwen3',
    };
    // The fake fetch answers 500: only the URL each model asked for matters here.
    const call = async (model: ReturnType<typeof selectModel>) => {
      await model?.model
        .doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] })
        .then(undefined, () => undefined);
    };
    const onShared = selectFallbackModel(env, { fetch, primary: selectModel(env) });
    await call(onShared);
    const onOwn = selectFallbackModel(
      { ...env, GAPWISE_FALLBACK_BASE_URL: 'http://fallback.test/v1' },
      { fetch, primary: selectModel(env) },
    );
    await call(onOwn);
    expect(urls).toEqual([
      'http://primary.test/v1/chat/completions',
      'http://fallback.test/v1/chat/completions',
    ]);
  });

  it('rejects a malformed GAPWISE_FALLBACK_MODEL with INVALID_CONFIG naming the variable', () => {
    for (const setting of ['gpt-4.1-mini', 'mistral:large', 'offline']) {
      expect(configError(() => fallbackOf({ ...primaryEnv, GAPWISE_FALLBACK_MODEL: setting }))).toMatchObject(
        {
          code: 'INVALID_CONFIG',
          message: expect.stringContaining('GAPWISE_FALLBACK_MODEL'),
          details: { variables: ['GAPWISE_FALLBACK_MODEL'] },
        },
      );
    }
  });

  it('names the fallback setting and the missing key of its provider', () => {
    expect(
      configError(() => fallbackOf({ ...primaryEnv, GAPWISE_FALLBACK_MODEL: 'anthropic:claude-haiku-4-5' })),
    ).toMatchObject({
      code: 'INVALID_CONFIG',
      message: 'GAPWISE_FALLBACK_MODEL uses anthropic but ANTHROPIC_API_KEY is not set.',
    });
  });

  it('refuses a fallback without a primary model', () => {
    for (const env of [
      { GAPWISE_FALLBACK_MODEL: 'openai:gpt-4.1-mini' },
      {
        GAPWISE_MODEL: 'offline',
        GAPWISE_FALLBACK_MODEL: 'google:gemini-2.5-flash',
        GOOGLE_GENERATIVE_AI_API_KEY: 'g',
      },
    ]) {
      expect(configError(() => fallbackOf(env))).toMatchObject({
        code: 'INVALID_CONFIG',
        details: { variables: ['GAPWISE_FALLBACK_MODEL', 'GAPWISE_MODEL'] },
      });
    }
  });

  it('refuses the primary model again, a base URL alone, and a base URL the provider cannot use', () => {
    expect(
      configError(() => fallbackOf({ ...primaryEnv, GAPWISE_FALLBACK_MODEL: 'google:gemini-2.5-flash' }))
        ?.message,
    ).toContain('names the primary model');
    expect(
      configError(() => fallbackOf({ ...primaryEnv, GAPWISE_FALLBACK_BASE_URL: 'http://x.test/v1' }))
        ?.details,
    ).toEqual({ variables: ['GAPWISE_FALLBACK_BASE_URL', 'GAPWISE_FALLBACK_MODEL'] });
    expect(
      configError(() =>
        fallbackOf({
          ...primaryEnv,
          GAPWISE_FALLBACK_MODEL: 'anthropic:claude-haiku-4-5',
          ANTHROPIC_API_KEY: 'a',
          GAPWISE_FALLBACK_BASE_URL: 'http://x.test/v1',
        }),
      )?.message,
    ).toContain('only applies to openai-compatible and google');
  });
});
