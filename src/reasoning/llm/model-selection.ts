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

function invalid(message: string, ...variables: string[]): GapwiseError {
  return new GapwiseError('INVALID_CONFIG', { message, details: { variables } });
}

/**
 * Parses `provider:model` (the model id may itself contain colons, as Ollama tags do); errors name
 * `variable`, the setting it came from.
 */
export function parseModelSetting(
  setting: string,
  variable = 'GAPWISE_MODEL',
): { provider: ModelProvider; modelId: string } {
  const colon = setting.indexOf(':');
  const provider = colon > 0 ? setting.slice(0, colon).trim() : '';
  const modelId = colon > 0 ? setting.slice(colon + 1).trim() : '';
  if (!provider || !modelId) {
    throw invalid(
      `${variable} must look like <provider>:<model>, e.g. google:gemini-2.5-flash; got "${setting}".`,
      variable,
    );
  }
  if (!isModelProvider(provider)) {
    throw invalid(
      `${variable} names an unknown provider "${provider}"; use one of ${MODEL_PROVIDERS.join(', ')}.`,
      variable,
    );
  }
  return { provider, modelId };
}

/** Where a model setting came from: its variable, and a base URL that replaces the provider's own. */
interface ModelSource {
  variable: 'GAPWISE_MODEL' | 'GAPWISE_FALLBACK_MODEL';
  baseURL?: string | undefined;
}

function createModel(
  provider: ModelProvider,
  modelId: string,
  env: NodeJS.ProcessEnv,
  fetch: FetchFunction | undefined,
  { variable, baseURL: baseUrlOverride }: ModelSource = { variable: 'GAPWISE_MODEL' },
): LanguageModelV3 {
  const withFetch = fetch ? { fetch } : {};
  if (provider === 'openai-compatible') {
    const baseURL = baseUrlOverride ?? present(env, 'OPENAI_BASE_URL');
    if (!baseURL) {
      throw invalid(
        `${variable} uses openai-compatible but OPENAI_BASE_URL is not set; set it to the server, e.g. http://localhost:11434/v1 for Ollama.`,
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
    throw invalid(`${variable} uses ${provider} but ${keyVariable} is not set.`, keyVariable);
  }
  switch (provider) {
    case 'google': {
      // A Gemini-compatible endpoint (a proxy, or the project's fake server in tests).
      const baseURL = baseUrlOverride ?? present(env, 'GOOGLE_GENERATIVE_AI_BASE_URL');
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

/** Providers whose endpoint Gapwise lets a setting replace (the others use their official API). */
const BASE_URL_PROVIDERS: readonly ModelProvider[] = ['openai-compatible', 'google'];

/**
 * Chooses the fallback model, called when the primary is unavailable: `GAPWISE_FALLBACK_MODEL=provider:model`
 * with the same syntax and key variables as `GAPWISE_MODEL`. `GAPWISE_FALLBACK_BASE_URL` replaces
 * `OPENAI_BASE_URL` (openai-compatible) or `GOOGLE_GENERATIVE_AI_BASE_URL` (google) for the fallback
 * only, so the two models can live on different servers.
 * @throws GapwiseError INVALID_CONFIG for a malformed setting, a provider without its key, a fallback
 * without a primary model, a fallback that is the primary again, or a base URL the provider cannot use.
 * @example
 * selectFallbackModel({ GAPWISE_FALLBACK_MODEL: 'openai:gpt-4.1-mini', OPENAI_API_KEY: 'k' }, { primary })
 */
export function selectFallbackModel(
  env: NodeJS.ProcessEnv,
  { fetch, primary }: { fetch?: FetchFunction; primary: SelectedModel | undefined },
): SelectedModel | undefined {
  const setting = present(env, 'GAPWISE_FALLBACK_MODEL');
  const baseURL = present(env, 'GAPWISE_FALLBACK_BASE_URL');
  if (!setting) {
    if (!baseURL) return undefined;
    throw invalid(
      'GAPWISE_FALLBACK_BASE_URL has no effect alone; set GAPWISE_FALLBACK_MODEL too.',
      'GAPWISE_FALLBACK_BASE_URL',
      'GAPWISE_FALLBACK_MODEL',
    );
  }
  if (!primary) {
    throw invalid(
      'GAPWISE_FALLBACK_MODEL is set but no primary model is; set GAPWISE_MODEL (or a provider key) for the fallback to stand in for.',
      'GAPWISE_FALLBACK_MODEL',
      'GAPWISE_MODEL',
    );
  }
  const { provider, modelId } = parseModelSetting(setting, 'GAPWISE_FALLBACK_MODEL');
  if (baseURL && !BASE_URL_PROVIDERS.includes(provider)) {
    throw invalid(
      `GAPWISE_FALLBACK_BASE_URL only applies to ${BASE_URL_PROVIDERS.join(' and ')}; GAPWISE_FALLBACK_MODEL uses ${provider}.`,
      'GAPWISE_FALLBACK_BASE_URL',
      'GAPWISE_FALLBACK_MODEL',
    );
  }
  // The same model on the same server fails when the primary does: a fallback that cannot help.
  if (provider === primary.provider && modelId === primary.modelId && !baseURL) {
    throw invalid(
      `GAPWISE_FALLBACK_MODEL names the primary model (${provider}:${modelId}) again; choose another model, or another server with GAPWISE_FALLBACK_BASE_URL.`,
      'GAPWISE_FALLBACK_MODEL',
    );
  }
  const model = createModel(provider, modelId, env, fetch, { variable: 'GAPWISE_FALLBACK_MODEL', baseURL });
  return { provider, modelId, model };
}
