import type { LoggerOptions } from 'pino';

/**
 * Pino options for every logger of a server process — the start-up logger and Fastify's request
 * logger are both built from them, so neither can log what the other redacts: structured JSON,
 * and CV text, job text, answers and tokens never logged. Fastify logs no bodies by default;
 * the redaction list is a second line of defence for anything put on a log object by mistake.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      // `*.x` matches one level down only, so each field is listed at the top level too.
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        ...['cvText', 'jobText', 'answer', 'text', 'plainText', 'body', 'token'].flatMap((field) => [
          field,
          `*.${field}`,
        ]),
      ],
      censor: '[redacted]',
    },
  };
}
