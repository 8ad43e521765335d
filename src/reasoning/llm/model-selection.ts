import { createAnthropic } from '@ai-sdk/anthropic';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import { GapwiseError } from '../../errors/index.js';
import { isModelProvider, MODEL_PROVIDERS, type ModelProvider } from './model-provider.js';

/** The model Gapwise will reason with. */
export interface SelectedModel {
  provider: ModelProvider;
  modelId: string;
  model: LanguageModelV3;
}

/** Model used when only a provider's key is present. */
export const DEFAULT_MODELS: Record<Exclude<ModelProvider, 'openai-compatible'>, string> = {
  google: 'gemini-2.5-flash',
  openai: 'gpt-4.1-mini',
  anthropic: 'claude-haiku-4-5',
};

/** The environment variable holding each provider's key. */
const KEY_VARIABLES: Record<Exclude<ModelProvider, 'openai-compatible'>, string> = {
  google: 'GOOGLE_GENERATIVE_AI_API_KEY',
  openai: 'OPENAI_API_KEY',
  anthropic: 'ANTHROPIC_API_KEY',
};

type FetchFunction = typeof globalThis.fetch;

function present(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function invalid(message: string, variable: string): GapwiseError {
  return new GapwiseError('INVALID_CONFIG', { message, details: { variables: [variable] } });
}

/** Parses `provider:model` (the model id may itself contain colons, as Ollama tags do). */
export function parseModelSetting(setting: string): { provider: ModelProvider; modelId: string } {
  const colon = setting.indexOf(':');
  const provider = colon > 0 ? setting.slice(0, colon).trim() : '';
  const modelId = colon > 0 ? setting.slice(colon + 1).trim() : '';
  if (!provider || !modelId) {
    throw invalid(
      `GAPWISE_MODEL must look like <provider>:<model>, e.g. google:gemini-2.5-flash; got "${setting}".`,
      'GAPWISE_MODEL',
    );
  }
  if (!isModelProvider(provider)) {
    throw invalid(
      `GAPWISE_MODEL names an unknown provider "${provider}"; use one of ${MODEL_PROVIDERS.join(', ')}.`,
      'GAPWISE_MODEL',
    );
  }
  return { provider, modelId };
}

function createModel(
  provider: ModelProvider,
  modelId: string,
  env: NodeJS.ProcessEnv,
  fetch: FetchFunction | undefined,
): LanguageModelV3 {
  const withFetch = fetch ? { fetch } : {};
  if (provider === 'openai-compatible') {
    const baseURL = present(env, 'OPENAI_BASE_URL');
    if (!baseURL) {
      throw invalid(
        'GAPWISE_MODEL uses openai-compatible but OPENAI_BASE_URL is not set; set it to the server, e.g. http://localhost:11434/v1 for Ollama.',
        'OPENAI_BASE_URL',
      );
    }
    const apiKey = present(env, 'OPENAI_API_KEY');
    return createOpenAICompatible({
      name: 'openai-compatible',
      baseURL,
      ...(apiKey && { apiKey }),
      // Ollama, vLLM and llama.cpp accept `response_format: json_schema`; without this flag the
      // SDK would drop the schema and ask for free-form JSON.
      supportsStructuredOutputs: true,
      includeUsage: true,
      ...withFetch,
    }).chatModel(modelId);
  }
  const keyVariable = KEY_VARIABLES[provider];
  const apiKey = present(env, keyVariable);
  if (!apiKey) {
    throw invalid(`GAPWISE_MODEL uses ${provider} but ${keyVariable} is not set.`, keyVariable);
  }
  switch (provider) {
    case 'google': {
      // A Gemini-compatible endpoint (a proxy, or the project's fake server in tests).
      const baseURL = present(env, 'GOOGLE_GENERATIVE_AI_BASE_URL');
      return createGoogleGenerativeAI({ apiKey, ...(baseURL && { baseURL }), ...withFetch })(modelId);
    }
    case 'openai':
      // The official endpoint on purpose: OPENAI_BASE_URL means an OpenAI-compatible server here.
      return createOpenAI({ apiKey, baseURL: 'https://api.openai.com/v1', ...withFetch })(modelId);
    case 'anthropic':
      return createAnthropic({ apiKey, ...withFetch })(modelId);
  }
}

/**
 * Chooses the model from the environment: `GAPWISE_MODEL=provider:model` with the provider's usual
 * key variable (`openai-compatible` needs `OPENAI_BASE_URL` instead, the key is optional);
 * without `GAPWISE_MODEL`, the first provider whose key is present (Google, OpenAI, Anthropic) with its
 * default model. `GAPWISE_MODEL=offline`, or no key at all, selects no model (the offline engine runs).
 * @throws GapwiseError INVALID_CONFIG for a malformed GAPWISE_MODEL or a provider without its key.
 * @example
 * selectModel({ GAPWISE_MODEL: 'openai-compatible:llama3.1:8b', OPENAI_BASE_URL: 'http://localhost:11434/v1' })
 */
export function selectModel(
  env: NodeJS.ProcessEnv,
  { fetch }: { fetch?: FetchFunction } = {},
): SelectedModel | undefined {
  const setting = present(env, 'GAPWISE_MODEL');
  if (setting?.toLowerCase() === 'offline') return undefined;
  if (setting) {
    const { provider, modelId } = parseModelSetting(setting);
    return { provider, modelId, model: createModel(provider, modelId, env, fetch) };
  }
  const first = (['google', 'openai', 'anthropic'] as const).find((provider) =>
    present(env, KEY_VARIABLES[provider]),
  );
  // A compatible server's URL with no model named is ambiguous (which model? or is the OpenAI key for it?).
  if (first !== 'google' && present(env, 'OPENAI_BASE_URL')) {
    throw invalid(
      'OPENAI_BASE_URL is set but GAPWISE_MODEL is not; name the model, e.g. GAPWISE_MODEL=openai-compatible:llama3.1.',
      'GAPWISE_MODEL',
    );
  }
  if (first) {
    const modelId = DEFAULT_MODELS[first];
    return { provider: first, modelId, model: createModel(first, modelId, env, fetch) };
  }
  return undefined;
}
