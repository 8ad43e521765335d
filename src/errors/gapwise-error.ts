import { ERROR_STATUS, type ErrorCode } from './error-codes.js';

/** Options every Gapwise error takes: a message that says what is wrong and what to do, and the cause. */
export interface GapwiseErrorOptions {
  message: string;
  cause?: unknown;
  /** Seconds after which retrying may succeed (503, 429). */
  retryAfterSeconds?: number;
  /** Extra, non-sensitive detail safe to show a client (never CV text or answers). */
  details?: Record<string, unknown>;
}

/**
 * The one base class of every error Gapwise raises on purpose. The HTTP layer and the CLI turn
 * it into a response or an exit message; anything else is an internal error.
 */
export class GapwiseError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryAfterSeconds: number | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, { message, cause, retryAfterSeconds, details }: GapwiseErrorOptions) {
    super(message, { cause });
    this.name = 'GapwiseError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.retryAfterSeconds = retryAfterSeconds;
    this.details = details;
  }
}

/** True when `error` is a GapwiseError with the given code (or any code when omitted). */
export function isGapwiseError(error: unknown, code?: ErrorCode): error is GapwiseError {
  return error instanceof GapwiseError && (code === undefined || error.code === code);
}
