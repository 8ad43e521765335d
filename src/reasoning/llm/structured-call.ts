import { randomUUID } from 'node:crypto';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import {
  generateText,
  type LanguageModelUsage,
  type ModelMessage,
  NoObjectGeneratedError,
  Output,
  type ProviderMetadata,
  type SystemModelMessage,
  type UserContent,
} from 'ai';
import { GapwiseError } from '../../errors/index.js';
import { servedModelOf } from '../../model-calls/fallback-model.js';
import { GAPWISE_OPTIONS } from '../../model-calls/response-cache.js';
import type { ModelCallUsageListener } from './model-call-usage.js';
import type { ModelProvider } from './model-provider.js';
import { DATA_NOTICE } from './prompts/data-delimiting.js';
import type { PromptDefinition } from './prompts/prompt-definition.js';
import { type CacheHints, providerCacheHints } from './provider-cache-hints.js';

/** One structured model call of one step. */
export interface StructuredCallOptions<TVars, TOutput> {
  model: LanguageModelV3;
  provider: ModelProvider;
  modelId: string;
  prompt: PromptDefinition<TVars, TOutput>;
  vars: TVars;
  /** The rendered session context (CV + job); absent for steps that run before a session has one. */
  context?: string;
  sessionId?: string;
  onUsage?: ModelCallUsageListener;
}

/** The messages of one call, in the order that makes provider prompt caching hit. */
export interface CallLayout {
  system: SystemModelMessage;
  messages: ModelMessage[];
}

/**
 * Lays out a call: the system instruction (the same for every step), the session's context
 * (the same for every call of a session), the step's instruction (the same for every call of
 * the step), then the variable part. Each part only grows the prefix that earlier calls of the
 * session have already sent, so providers can serve all but the variable part from their cache.
 */
export function layoutCall({
  system,
  context,
  instruction,
  variable,
  hints,
}: {
  system: string;
  context: string | undefined;
  instruction: string;
  variable: string;
  hints: CacheHints;
}): CallLayout {
  // The notice that the rest is data ends the stable part, so it is cached with the instruction.
  const stable = `${instruction}\n\n${DATA_NOTICE}`;
  // Anthropic needs the step instruction as its own part to put a cache breakpoint after it.
  const step: UserContent = hints.instruction
    ? [
        { type: 'text', text: stable, providerOptions: hints.instruction },
        { type: 'text', text: variable },
      ]
    : `${stable}\n\n${variable}`;
  const messages: ModelMessage[] = [];
  if (context === undefined) {
    messages.push({ role: 'user', content: step });
  } else if (hints.singleUserTurn) {
    // Gemini expects turns to alternate: context and step go in one turn, as two parts.
    const stepParts = typeof step === 'string' ? [{ type: 'text' as const, text: step }] : step;
    messages.push({
      role: 'user',
      content: [
        { type: 'text', text: context, ...(hints.context && { providerOptions: hints.context }) },
        ...stepParts,
      ],
    });
  } else {
    messages.push({
      role: 'user',
      content: context,
      ...(hints.context && { providerOptions: hints.context }),
    });
    messages.push({ role: 'user', content: step });
  }
  return {
    system: { role: 'system', content: system, ...(hints.system && { providerOptions: hints.system }) },
    messages,
  };
}

/** A short, content-free reason an output failed validation (paths and messages, never values). */
function invalidReason(error: NoObjectGeneratedError): string {
  let cause: unknown = error.cause;
  for (let depth = 0; depth < 3 && cause; depth += 1) {
    const issues = (cause as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
    if (Array.isArray(issues)) {
      return issues
        .slice(0, 5)
        .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
        .join('; ');
    }
    cause = (cause as { cause?: unknown }).cause;
  }
  return 'the reply was not valid JSON';
}

function reportUsage(
  options: StructuredCallOptions<unknown, unknown>,
  usage: LanguageModelUsage | undefined,
  metadata: ProviderMetadata | undefined,
  startedAt: number,
) {
  // The fallback model may have answered instead of the configured one: bill the one that served.
  const served = servedModelOf(metadata);
  options.onUsage?.({
    step: options.prompt.id,
    provider: served?.provider ?? options.provider,
    modelId: served?.modelId ?? options.modelId,
    ...(options.sessionId !== undefined && { sessionId: options.sessionId }),
    inputTokens: usage?.inputTokens ?? 0,
    cachedInputTokens: usage?.inputTokenDetails?.cacheReadTokens ?? 0,
    cacheWriteTokens: usage?.inputTokenDetails?.cacheWriteTokens ?? 0,
    outputTokens: usage?.outputTokens ?? 0,
    durationMs: Date.now() - startedAt,
    cached: metadata?.[GAPWISE_OPTIONS]?.responseCache === true,
  });
}

/**
 * Runs one step as one structured call and returns its schema-validated output. Output that does
 * not match the schema is retried once, with the validation problem named in the variable part
 * (and a unique marker, so that the retry always reaches the model rather than our response cache); a
 * second failure is MODEL_OUTPUT_INVALID. Provider errors pass through unchanged.
 */
export async function runStructuredCall<TVars, TOutput>(
  options: StructuredCallOptions<TVars, TOutput>,
): Promise<TOutput> {
  const { model, prompt, vars, context, sessionId, provider } = options;
  const hints = providerCacheHints(provider, sessionId);
  const variable = prompt.render(vars);
  let correction = '';
  for (let attempt = 1; ; attempt += 1) {
    const layout = layoutCall({
      system: prompt.system,
      context,
      instruction: prompt.instruction,
      variable: variable + correction,
      hints,
    });
    const startedAt = Date.now();
    try {
      const result = await generateText({
        model,
        system: layout.system,
        messages: layout.messages,
        output: Output.object({ schema: prompt.schema, name: prompt.id.replaceAll('-', '_') }),
        temperature: prompt.temperature,
        // Our retry middleware retries; the SDK's own retries would multiply with it.
        maxRetries: 0,
        // A retry must reach the model. The response cache stores only replies that fit the JSON
        // schema, but Zod checks more than that schema says (non-empty text): a unique marker keeps
        // the cache from serving an earlier reply that passed the one and failed the other.
        providerOptions:
          attempt === 1
            ? hints.call
            : { ...hints.call, [GAPWISE_OPTIONS]: { ...hints.call[GAPWISE_OPTIONS], retry: randomUUID() } },
      });
      reportUsage(
        options as StructuredCallOptions<unknown, unknown>,
        result.usage,
        result.providerMetadata,
        startedAt,
      );
      return result.output;
    } catch (error) {
      if (!NoObjectGeneratedError.isInstance(error)) throw error;
      reportUsage(options as StructuredCallOptions<unknown, unknown>, error.usage, undefined, startedAt);
      const reason = invalidReason(error);
      if (attempt >= 2) {
        throw new GapwiseError('MODEL_OUTPUT_INVALID', {
          message: `The model's reply to the ${prompt.id} step did not match the expected structure twice (${reason}). Nothing was changed; the step can be retried.`,
          details: { step: prompt.id, reason },
        });
      }
      correction = `\n\nYour previous reply did not match the required JSON schema (${reason}). Reply again with one JSON object that matches it exactly.`;
    }
  }
}
