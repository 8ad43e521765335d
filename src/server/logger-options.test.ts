import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions, redactTokenQuery } from './logger-options.js';

describe('request logger options', () => {
  it('logs a request URL without the token an EventSource client sent in the query', async () => {
    const lines: string[] = [];
    // Built as app.ts builds its server, with the log captured instead of written to stdout.
    const app = Fastify({
      logger: { ...loggerOptions('info'), stream: { write: (line: string) => void lines.push(line) } },
    });
    app.get('/api/sessions/:id/events', async () => 'ok');
    const reply = await app.inject({ url: '/api/sessions/abc/events?since=3&token=SECRET-TOKEN' });
    await app.close();

    expect(reply.statusCode).toBe(200);
    const logged = lines.join('');
    expect(logged).not.toContain('SECRET');
    const incoming = lines.map((line) => JSON.parse(line)).find((entry) => entry.req);
    expect(incoming.req).toMatchObject({
      method: 'GET',
      url: '/api/sessions/abc/events?since=3&token=[redacted]',
    });
  });

  it('redacts only the token parameter', () => {
    expect(redactTokenQuery('/x?token=abc')).toBe('/x?token=[redacted]');
    expect(redactTokenQuery('/x?a=1&token=abc&b=2')).toBe('/x?a=1&token=[redacted]&b=2');
    expect(redactTokenQuery('/x?mytoken=abc')).toBe('/x?mytoken=abc');
    expect(redactTokenQuery('/x')).toBe('/x');
  });
});
