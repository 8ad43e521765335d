import { APICallError } from '@ai-sdk/provider';
import { GapwiseError, isGapwiseError } from '../../errors/index.js';
import { isRetryableModelError, retryAfterSeconds } from '../../model-calls/retryable-error.js';
import { RateLimitExhaustedError } from '../../model-calls/shared-rate-limit.js';

/**
 * Turns a failed model call into MODEL_UNAVAILABLE when the provider is the problem (a provider
 * error after our retries, a timeout, an open circuit, no rate-limit budget); returns undefined
 * for anything else, which the caller rethrows unchanged.
 */
export function asModelUnavailable(error: unknown, step: string): GapwiseError | undefined {
  if (isGapwiseError(error, 'MODEL_UNAVAILABLE')) return error;
  if (isGapwiseError(error)) return undefined;
  const providerFailure =
    APICallError.isInstance(error) ||
    isRetryableModelError(error) ||
    error instanceof RateLimitExhaustedError;
  if (!providerFailure) return undefined;
  const status = APICallError.isInstance(error) ? error.statusCode : undefined;
  return new GapwiseError('MODEL_UNAVAILABLE', {
    message: `The language model could not answer the ${step} step${status ? ` (HTTP ${status})` : ''}. Nothing was changed; try again shortly.`,
    cause: error,
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds(error) ?? 5)),
    details: { step, ...(status !== undefined && { status }) },
  });
}
