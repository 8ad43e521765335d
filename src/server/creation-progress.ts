import { z } from 'zod';
import type { SessionEventListener } from '../workflow/session-event.js';
import type { SessionEventHub } from './session-event-hub.js';

/**
 * A client-chosen id under which a session's creation reports its progress, so the client can
 * follow it (`GET /api/session-progress/:progressId/events`) before the session id and token
 * exist. Knowing the id is what grants access: at least 22 base64url characters (≥ 128 bits when
 * random, e.g. `crypto.randomUUID()` without dashes is 32 hex = 128 bits).
 */
export const ProgressIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22,100}$/, 'progressId: 22 to 100 characters from A-Z a-z 0-9 _ -, chosen at random')
  .describe(
    'A fresh random id chosen by the client, to follow the creation at /api/session-progress/{progressId}/events',
  );

/** The event-hub stream of a creation; `:` never occurs in a session id, so the two cannot meet. */
export function creationStreamId(progressId: string): string {
  return `creation:${progressId}`;
}

/** A listener that republishes a creation's events on its progress stream (session id left out). */
export function forwardCreationProgress(events: SessionEventHub, progressId: string): SessionEventListener {
  const streamId = creationStreamId(progressId);
  return (event) => events.publish({ ...event, sessionId: streamId });
}
