import { APICallError } from '@ai-sdk/provider';

/** HTTP statuses worth retrying: timeouts, conflicts, rate limits and server errors. */
const RETRYABLE_STATUS = new Set([408, 409, 429, 500, 502, 503, 504]);

/** True when a model call failed in a way another attempt may fix (the AI SDK's `isRetryable`, or a timeout). */
export function isRetryableModelError(error: unknown): boolean {
  if (APICallError.isInstance(error)) {
    return error.isRetryable || (error.statusCode !== undefined && RETRYABLE_STATUS.has(error.statusCode));
  }
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
    return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|socket hang up|fetch failed/i.test(error.message);
  }
  return false;
}

/** Seconds the provider asked us to wait (`Retry-After`, seconds or an HTTP date), when it did. */
export function retryAfterSeconds(error: unknown, now = Date.now()): number | undefined {
  if (!APICallError.isInstance(error)) return undefined;
  const header = error.responseHeaders?.['retry-after'] ?? error.responseHeaders?.['Retry-After'];
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}
