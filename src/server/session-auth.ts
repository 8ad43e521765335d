import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { GapwiseError } from '../errors/index.js';

/** What the session routes need to check a bearer token. */
export interface SessionAccess {
  verifyToken(sessionId: string, token: string): Promise<boolean>;
  /** Whether an id belonged to a session that has expired (to say "expired" rather than "unknown"). */
  wasExpired?(sessionId: string): Promise<boolean>;
}

/** The bearer token of a request: the Authorization header, or `?token=` for EventSource clients. */
function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || undefined;
  const query = request.query as { token?: unknown } | undefined;
  return typeof query?.token === 'string' && query.token !== '' ? query.token : undefined;
}

/**
 * Admits a request to a session only with that session's token. A wrong token and an unknown
 * session get the same 404, so a caller cannot learn which sessions exist.
 * @throws GapwiseError UNAUTHORIZED (no token), SESSION_NOT_FOUND or SESSION_EXPIRED.
 */
export async function requireSessionToken(
  access: SessionAccess,
  request: FastifyRequest,
  sessionId: string,
): Promise<void> {
  const token = bearerToken(request);
  if (!token) {
    throw new GapwiseError('UNAUTHORIZED', {
      message:
        'This route needs the session token: send "Authorization: Bearer <token>" as returned on creation.',
    });
  }
  if (await access.verifyToken(sessionId, token)) return;
  if (await access.wasExpired?.(sessionId)) {
    throw new GapwiseError('SESSION_EXPIRED', {
      message: 'This session has expired and its data was deleted. Start a new session.',
    });
  }
  throw new GapwiseError('SESSION_NOT_FOUND', {
    message: 'No session with this id and token. Check both, or start a new session.',
  });
}

/**
 * The token check as a route-level preHandler for routes under `/api/sessions/:id`: declared
 * on the route, so no handler can forget it. It runs after validation, as the check inside
 * handlers did, so bad input still gets its 400 first.
 * @example routes.get('/api/sessions/:id/result', { schema, preHandler: sessionTokenPreHandler(access) }, handler);
 */
export function sessionTokenPreHandler(access: SessionAccess): preHandlerAsyncHookHandler {
  return async (request) => {
    const { id } = request.params as { id?: unknown };
    // Only routes with an `:id` parameter may carry this hook; anything else is a wiring mistake.
    if (typeof id !== 'string')
      throw new Error(`session token check on a route without :id (${request.routeOptions.url})`);
    await requireSessionToken(access, request, id);
  };
}
