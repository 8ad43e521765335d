import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, GapwiseError } from '../errors/index.js';

/** The body of every error response: a stable code and a message that says what to do. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

/** Maps Fastify's own failures (body too large, bad JSON, rate limit…) to our codes. */
function fromFastifyError(error: FastifyError): GapwiseError | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new GapwiseError('FILE_TOO_LARGE', {
        message: 'The request or the uploaded file is larger than the server accepts. Send a smaller file.',
      });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new GapwiseError('UNSUPPORTED_TYPE', {
        message: 'Unsupported content type. Send application/json or multipart/form-data.',
      });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new GapwiseError('BAD_REQUEST', { message: 'The request body is not valid JSON.' });
    default:
      break;
  }
  if (error.statusCode === 429) {
    return new GapwiseError('RATE_LIMITED', {
      message: 'Too many requests from this client. Wait a moment and try again.',
      retryAfterSeconds: 60,
    });
  }
  if (error.statusCode === 400 && error instanceof SyntaxError) {
    return new GapwiseError('BAD_REQUEST', { message: 'The request body is not valid JSON.' });
  }
  return undefined;
}

/** Turns any thrown value into a GapwiseError; unknown errors become INTERNAL with no detail. */
export function toGapwiseError(error: unknown): GapwiseError {
  if (error instanceof GapwiseError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const problems = error.validation.map((issue) => {
      const where = issue.instancePath
        ? issue.instancePath.replace(/^\//, '').replaceAll('/', '.')
        : 'request';
      return `${where}: ${issue.message}`;
    });
    return new GapwiseError('BAD_REQUEST', {
      message: `Invalid ${error.validationContext ?? 'request'} — ${problems.join('; ')}.`,
    });
  }
  const mapped = fromFastifyError(error as FastifyError);
  return (
    mapped ??
    new GapwiseError('INTERNAL', { message: 'Something went wrong on our side. Try again.', cause: error })
  );
}

/**
 * Installs the one error handler: every error leaves as `{ error: { code, message } }` with its
 * status, `Retry-After` where it applies, and never a stack trace or internal detail.
 */
export function installErrorHandler(app: FastifyInstance, onError?: (code: ErrorCode) => void): void {
  app.setErrorHandler((rawError, request, reply) => {
    const error = toGapwiseError(rawError);
    onError?.(error.code);
    if (error.status >= 500) request.log.error({ err: rawError, code: error.code }, 'request failed');
    else request.log.info({ code: error.code }, 'request rejected');
    if (error.retryAfterSeconds !== undefined)
      void reply.header('retry-after', String(error.retryAfterSeconds));
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details) body.error.details = error.details;
    return reply.status(error.status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      error: { code: 'NOT_FOUND', message: `No route ${request.method} ${request.url.split('?')[0]}.` },
    };
    return reply.status(404).send(body);
  });
}
