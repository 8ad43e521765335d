import type { FastifyServerOptions } from 'fastify';

/**
 * Pino options for the HTTP server: structured JSON with request ids, and CV text, job text,
 * answers and tokens never logged. Fastify logs no bodies by default; the redaction list is a
 * second line of defence for anything that puts them on a log object by mistake.
 */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.cvText',
        '*.jobText',
        '*.answer',
        '*.text',
        '*.plainText',
        '*.body',
        'body',
      ],
      censor: '[redacted]',
    },
  };
}
