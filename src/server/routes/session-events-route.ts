import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app-deps.js';
import { creationStreamId, ProgressIdSchema } from '../creation-progress.js';
import { followEvents } from '../follow-events.js';
import { sessionTokenPreHandler } from '../session-auth.js';
import type { SequencedEvent } from '../session-event-hub.js';

const HEARTBEAT_MS = 15_000;

function toSse(event: SequencedEvent): string {
  const { sessionId: _omitted, seq, type, ...rest } = event;
  return `id: ${seq}\nevent: ${type}\ndata: ${JSON.stringify({ type, ...rest })}\n\n`;
}

/**
 * Writes the stream `streamId` as server-sent events: its history first (after `Last-Event-ID`
 * when the client reconnects), then live events, in `seq` order, until the client leaves.
 */
async function streamEvents(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  streamId: string,
  openStreams: Set<() => void>,
): Promise<void> {
  const lastEventId = Number(request.headers['last-event-id'] ?? 0) || 0;
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  // Headers out now: a stream with no history yet (a creation just starting) must open at once.
  raw.flushHeaders();
  const unsubscribe = await followEvents(deps.events, streamId, lastEventId, (event) =>
    raw.write(toSse(event)),
  ).catch((error: unknown) => {
    raw.end();
    throw error;
  });
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), HEARTBEAT_MS);
  const end = () => {
    clearInterval(heartbeat);
    unsubscribe();
    openStreams.delete(end);
    raw.end();
  };
  openStreams.add(end);
  request.raw.on('close', end);
}

/**
 * `GET /api/sessions/:id/events`: a session's progress as server-sent events. And
 * `GET /api/session-progress/:progressId/events`: the progress of a session being created, under
 * the id the client chose for `POST /api/sessions?progressId=` (the session id comes later).
 */
export async function registerSessionEventsRoute(app: FastifyInstance, deps: AppDeps) {
  // Open streams never finish on their own: end them on shutdown so the server can close.
  const openStreams = new Set<() => void>();
  app.addHook('onClose', async () => {
    for (const end of openStreams) end();
  });
  const routes = app.withTypeProvider<ZodTypeProvider>();
  routes.get(
    '/api/sessions/:id/events',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Progress as server-sent events',
        description:
          "Replays the session's events, then streams new ones; each has an id (`seq`) for Last-Event-ID. Per answer or decision: step.started {questionId, step}, step.progress {questionId, stage: evaluating-answer | writing-follow-up | drafting-bullet | reviewing-bullet | refining-bullet | writing-advice | reviewing-edit, attempt?} before each slow model call, then answer.evaluated, follow-up.asked, bullet.generated, true-gap.recorded, bullet.decided, or step.failed {code}. Creation: analysis.started, step.progress {stage: reading-job | analysing-gaps | writing-questions, total?}, analysis.done, question.generated {done, total}, session.ready. Events carry ids, stages, counts and scores, never CV or answer text. The token may be sent as ?token= for EventSource clients.",
        params: z.object({ id: z.string().min(1).max(100) }),
        querystring: z.object({ token: z.string().optional() }),
      },
      preHandler: sessionTokenPreHandler(deps.access),
    },
    async (request, reply) => {
      await streamEvents(deps, request, reply, request.params.id, openStreams);
    },
  );
  routes.get(
    '/api/session-progress/:progressId/events',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Progress of a session being created, as server-sent events',
        description:
          'Open it before (or while) sending POST /api/sessions?progressId=<the same id>: analysis.started, step.progress {stage, total?}, analysis.done {matchScore, gaps}, question.generated {done, total}, then session.ready or analysis.failed {code}. Earlier events are replayed, so subscribing late loses nothing. No token: the random id is the key; the events hold no CV text, no session id and no token (the POST response brings those).',
        security: [],
        params: z.object({ progressId: ProgressIdSchema }),
      },
    },
    async (request, reply) => {
      await streamEvents(deps, request, reply, creationStreamId(request.params.progressId), openStreams);
    },
  );
}
