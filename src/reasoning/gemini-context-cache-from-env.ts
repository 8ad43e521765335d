import type { Redis } from 'ioredis';
import {
  GEMINI_DEFAULT_BASE_URL,
  type GeminiCacheStorage,
  GeminiContextCache,
  readGeminiContextCacheSettings,
} from '../model-calls/gemini-context-cache.js';
import { selectModel } from './llm/model-selection.js';

/** What the Gemini context cache may be given by the process that runs it. */
export interface GeminiContextCacheDeps {
  redis?: Redis;
  keyPrefix?: string;
  log?: (message: string) => void;
  fetch?: typeof globalThis.fetch;
  /** Storage the process reserved for caches (token-hours), for cost metrics. */
  onStorage?: (storage: GeminiCacheStorage) => void;
}

/**
 * The explicit Gemini context cache for this process, when the configured model is a Gemini
 * model and `GEMINI_EXPLICIT_CACHE` is not `false`; undefined otherwise. It uses the model's key
 * (`GOOGLE_GENERATIVE_AI_API_KEY`) and base URL (`GOOGLE_GENERATIVE_AI_BASE_URL`).
 * @throws GapwiseError INVALID_CONFIG for a bad model or cache setting.
 * @example
 * const geminiCache = createGeminiContextCacheFromEnv(process.env, { redis, keyPrefix: 'gw' });
 * // deleting a session: await geminiCache?.forgetSession(sessionId);
 */
export function createGeminiContextCacheFromEnv(
  env: NodeJS.ProcessEnv,
  { redis, keyPrefix, log, fetch, onStorage }: GeminiContextCacheDeps = {},
): GeminiContextCache | undefined {
  const settings = readGeminiContextCacheSettings(env);
  if (!settings.enabled || selectModel(env)?.provider !== 'google') return undefined;
  const apiKey = env.GOOGLE_GENERATIVE_AI_API_KEY?.trim();
  if (!apiKey) return undefined;
  return new GeminiContextCache({
    apiKey,
    baseURL: env.GOOGLE_GENERATIVE_AI_BASE_URL?.trim() || GEMINI_DEFAULT_BASE_URL,
    ttlSeconds: settings.ttlSeconds,
    ...(settings.minTokens !== undefined && { minTokens: settings.minTokens }),
    ...(redis && { redis }),
    ...(keyPrefix && { keyPrefix }),
    ...(log && { log }),
    ...(fetch && { fetch }),
    ...(onStorage && { onStorage }),
  });
}
