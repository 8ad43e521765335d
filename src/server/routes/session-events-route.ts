import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { requireSessionToken } from '../session-auth.js';
import type { SequencedEvent } from '../session-event-hub.js';

const HEARTBEAT_MS = 15_000;

function toSse(event: SequencedEvent): string {
  const { sessionId: _omitted, seq, type, ...rest } = event;
  return `id: ${seq}\nevent: ${type}\ndata: ${JSON.stringify({ type, ...rest })}\n\n`;
}

/**
 * `GET /api/sessions/:id/events`: progress as server-sent events — the session's history first
 * (after `Last-Event-ID` when the client reconnects), then live events until the client leaves.
 */
export async function registerSessionEventsRoute(app: FastifyInstance, deps: AppDeps) {
  // Open streams never finish on their own: end them on shutdown so the server can close.
  const openStreams = new Set<() => void>();
  app.addHook('onClose', async () => {
    for (const end of openStreams) end();
  });
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/sessions/:id/events',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Progress as server-sent events',
        description:
          'Events: analysis.started, analysis.done, question.generated, answer.evaluated, bullet.generated… The token may be sent as ?token= for EventSource clients.',
        params: z.object({ id: z.string().min(1).max(100) }),
        querystring: z.object({ token: z.string().optional() }),
      },
    },
    async (request, reply) => {
      const sessionId = request.params.id;
      await requireSessionToken(deps.access, request, sessionId);
      const lastEventId = Number(request.headers['last-event-id'] ?? 0) || 0;
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      let lastSent = lastEventId;
      const send = (event: SequencedEvent) => {
        if (event.seq <= lastSent) return;
        lastSent = event.seq;
        raw.write(toSse(event));
      };
      // Subscribe before replaying so nothing published in between is missed (seq dedups).
      const unsubscribe = deps.events.subscribe(sessionId, send);
      for (const event of await deps.events.history(sessionId, lastEventId)) send(event);
      const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
      const end = () => {
        clearInterval(heartbeat);
        unsubscribe();
        openStreams.delete(end);
        raw.end();
      };
      openStreams.add(end);
      request.raw.on('close', end);
    },
  );
}
