import type { LoggerOptions } from 'pino';

/** The URL with the value of any `token` query parameter replaced (EventSource clients send it there). */
export function redactTokenQuery(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/g, '$1[redacted]');
}

/** What Fastify logs about a request (its own default fields), with the URL's token redacted. */
interface LoggedRequest {
  method?: string;
  url?: string;
  headers?: Record<string, unknown>;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

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
    serializers: {
      // Replaces Fastify's `req` serializer (same fields): its `url` would log `?token=` as sent.
      req: (req: LoggedRequest) => ({
        method: req.method,
        url: typeof req.url === 'string' ? redactTokenQuery(req.url) : req.url,
        version: req.headers?.['accept-version'],
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
  };
}
