import type { SharedV3ProviderOptions } from '@ai-sdk/provider';
import { SESSION_CONTEXT_OPTION } from '../../model-calls/gemini-context-cache.js';
import { GAPWISE_OPTIONS } from '../../model-calls/response-cache.js';
import type { ModelProvider } from './model-provider.js';

/** Provider options for the three places a call can carry them. */
export interface CacheHints {
  /** On the call: the session (read by our response cache) and per-call cache keys. */
  call: SharedV3ProviderOptions;
  /** On the system instruction message. */
  system: SharedV3ProviderOptions | undefined;
  /** On the session-context message (on its part, when it shares a turn with the step). */
  context: SharedV3ProviderOptions | undefined;
  /** On the step instruction (then sent as its own part, before the variable part). */
  instruction: SharedV3ProviderOptions | undefined;
  /** Send context and step as parts of one user turn (Gemini wants alternating turns). */
  singleUserTurn: boolean;
}

const GEMINI_SESSION_CONTEXT: SharedV3ProviderOptions = {
  [GAPWISE_OPTIONS]: { [SESSION_CONTEXT_OPTION]: true },
};

const ANTHROPIC_BREAKPOINT: SharedV3ProviderOptions = { anthropic: { cacheControl: { type: 'ephemeral' } } };

/**
 * Prompt-cache hints per provider. Anthropic caches only up to explicit breakpoints: one after
 * the system instruction, one after the session context, one after the step instruction (of the
 * four it allows). OpenAI routes requests with the same
 * `prompt_cache_key` to the same cache, so one key per session keeps a session's prefix warm.
 * Gemini caches a repeated prefix implicitly; the context part is marked so that our Gemini
 * context cache can move system instruction + context into an explicit cache when they are long
 * enough. OpenAI-compatible servers do what they do: they rely on the stable layout alone.
 */
export function providerCacheHints(provider: ModelProvider, sessionId: string | undefined): CacheHints {
  const call: SharedV3ProviderOptions = sessionId ? { [GAPWISE_OPTIONS]: { sessionId } } : {};
  if (provider === 'anthropic') {
    return {
      call,
      system: ANTHROPIC_BREAKPOINT,
      context: ANTHROPIC_BREAKPOINT,
      instruction: ANTHROPIC_BREAKPOINT,
      singleUserTurn: false,
    };
  }
  if (provider === 'openai' && sessionId) {
    return {
      call: { ...call, openai: { promptCacheKey: `gapwise-${sessionId}` } },
      system: undefined,
      context: undefined,
      instruction: undefined,
      singleUserTurn: false,
    };
  }
  if (provider === 'google') {
    return {
      call,
      system: undefined,
      context: GEMINI_SESSION_CONTEXT,
      instruction: undefined,
      singleUserTurn: true,
    };
  }
  return { call, system: undefined, context: undefined, instruction: undefined, singleUserTurn: false };
}
