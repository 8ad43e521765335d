import {
  APICallError,
  type LanguageModelV3,
  type LanguageModelV3GenerateResult,
  type LanguageModelV3Middleware,
  type SharedV3ProviderMetadata,
} from '@ai-sdk/provider';
import { isGapwiseError } from '../errors/index.js';
import { GAPWISE_OPTIONS } from './response-cache.js';
import { isRetryableModelError } from './retryable-error.js';
import { RateLimitExhaustedError } from './shared-rate-limit.js';

/** The provider and model that answered a call (as Gapwise names them, not as the SDK does). */
export interface ServedModel {
  provider: string;
  modelId: string;
}

/** Options of the fallback step. */
export interface FallbackModelOptions {
  /** The model the wrapped stack calls first, for the served-by mark and the log. */
  primary: ServedModel;
  /** The model called when the primary is unavailable, with its own breaker, limits and retries. */
  fallback: ServedModel & { model: LanguageModelV3 };
  /** Operational messages; names models and error statuses, never prompt or reply text. */
  log?: (message: string) => void;
}

/**
 * True when a model call failed because the provider is unavailable rather than because the
 * request is wrong: an open circuit or no rate-limit budget (MODEL_UNAVAILABLE, our limiter's
 * error), or a retryable error (429, 5xx, timeout, connection refused) that outlived our retries.
 * A 400 or 401 is not: another model would not fix our request, and a bad key must be seen.
 */
export function isModelUnavailableError(error: unknown): boolean {
  if (isGapwiseError(error)) return isGapwiseError(error, 'MODEL_UNAVAILABLE');
  if (error instanceof RateLimitExhaustedError) return true;
  return isRetryableModelError(error);
}

/** Reads the served-by mark the fallback step puts in a result's provider metadata. */
export function servedModelOf(metadata: SharedV3ProviderMetadata | undefined): ServedModel | undefined {
  const servedBy = metadata?.[GAPWISE_OPTIONS]?.servedBy;
  if (typeof servedBy !== 'object' || servedBy === null || Array.isArray(servedBy)) return undefined;
  const { provider, modelId } = servedBy;
  return typeof provider === 'string' && typeof modelId === 'string' ? { provider, modelId } : undefined;
}

function withServedBy(
  result: LanguageModelV3GenerateResult,
  served: ServedModel,
): LanguageModelV3GenerateResult {
  const metadata = result.providerMetadata;
  return {
    ...result,
    providerMetadata: {
      ...metadata,
      [GAPWISE_OPTIONS]: {
        ...metadata?.[GAPWISE_OPTIONS],
        servedBy: { provider: served.provider, modelId: served.modelId },
      },
    },
  };
}

/** A content-free description of a failure for the log: HTTP status, error code or error name. */
function describeFailure(error: unknown): string {
  if (APICallError.isInstance(error)) return `HTTP ${error.statusCode ?? 'error'}`;
  if (isGapwiseError(error)) return error.code;
  return error instanceof Error ? error.name : 'unknown error';
}

/**
 * The fallback step as AI SDK middleware around the primary model's stack: when the primary is
 * unavailable (see {@link isModelUnavailableError}), the same call goes to the fallback model's
 * stack. Request errors (400, 401…) and calls the caller aborted pass through unchanged. When the
 * fallback is unavailable too, the primary's error is thrown, so the caller sees the outage it
 * would have seen without a fallback; a request error of the fallback (e.g. its bad key) is thrown
 * as itself so that a misconfigured fallback is not hidden. Every result is marked with the model
 * that served it (`providerMetadata.gapwise.servedBy`), for usage and cost attribution.
 * @example
 * const model = wrapLanguageModel({
 *   model: primaryStack,
 *   middleware: [cache.middleware(), createFallbackMiddleware({ primary, fallback: { ...fallback, model: fallbackStack } })],
 * });
 */
export function createFallbackMiddleware({
  primary,
  fallback,
  log,
}: FallbackModelOptions): LanguageModelV3Middleware {
  const primaryName = `${primary.provider}:${primary.modelId}`;
  const fallbackName = `${fallback.provider}:${fallback.modelId}`;
  return {
    specificationVersion: 'v3',
    wrapGenerate: async ({ doGenerate, params }) => {
      let primaryError: unknown;
      try {
        return withServedBy(await doGenerate(), primary);
      } catch (error) {
        if (params.abortSignal?.aborted || !isModelUnavailableError(error)) throw error;
        primaryError = error;
      }
      log?.(
        `model ${primaryName} unavailable (${describeFailure(primaryError)}); calling fallback model ${fallbackName}`,
      );
      try {
        return withServedBy(await fallback.model.doGenerate(params), fallback);
      } catch (error) {
        log?.(`fallback model ${fallbackName} failed too (${describeFailure(error)})`);
        if (params.abortSignal?.aborted || isModelUnavailableError(error)) throw primaryError;
        throw error;
      }
    },
  };
}
