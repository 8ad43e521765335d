import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestServer, type TestServer } from '../support/test-server.js';

const cvText = `Jo Park
Backend Engineer — Fernwood Bank, 2020 – present
- Built payment services in Java and Spring Boot`;
const jobText = `Backend Engineer

Requirements
- 3+ years of Java
- Experience with Kubernetes`;

/** Every route that serves one session, with a body that passes validation (so auth is what answers). */
const SESSION_ROUTES: { method: string; path: string; json?: unknown }[] = [
  { method: 'GET', path: '/api/sessions/{id}' },
  { method: 'DELETE', path: '/api/sessions/{id}' },
  { method: 'POST', path: '/api/sessions/{id}/ttl', json: {} },
  { method: 'GET', path: '/api/sessions/{id}/events' },
  { method: 'GET', path: '/api/sessions/{id}/result' },
  {
    method: 'POST',
    path: '/api/sessions/{id}/questions/{qid}/answers',
    json: { answer: 'I ran Kubernetes' },
  },
  { method: 'POST', path: '/api/sessions/{id}/questions/{qid}/decision', json: { action: 'accept' } },
];

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

describe('every session route needs its session token', () => {
  it('covers every route under /api/sessions/{id} in the OpenAPI document', async () => {
    const spec = await call(`${server.url}/docs/json`);
    const documented = Object.entries(spec.body.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/api/sessions/{id}'))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      );
    // A new session route must be added above, so the test below proves it checks the token.
    expect(documented.sort()).toEqual(SESSION_ROUTES.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('answers 401 without a token and 404 with another session’s token, on each of them', async () => {
    const mine = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });
    const other = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });
    expect([mine.status, other.status]).toEqual([201, 201]);
    const questionId = mine.body.session.questions[0].id;

    for (const route of SESSION_ROUTES) {
      const url = `${server.url}${route.path.replace('{id}', mine.body.sessionId).replace('{qid}', questionId)}`;
      const request = { method: route.method, ...(route.json !== undefined && { json: route.json }) };
      const missing = await call(url, request);
      expect([route.path, missing.status, missing.body?.error?.code]).toEqual([
        route.path,
        401,
        'UNAUTHORIZED',
      ]);
      const wrong = await call(url, { ...request, token: other.body.token });
      expect([route.path, wrong.status, wrong.body?.error?.code]).toEqual([
        route.path,
        404,
        'SESSION_NOT_FOUND',
      ]);
    }

    // Nothing above changed the session: it is still there, unanswered, for its own token.
    const after = await call(`${server.url}/api/sessions/${mine.body.sessionId}`, { token: mine.body.token });
    expect(after.status).toBe(200);
    expect(after.body.questions[0].turns).toEqual([]);
  });
});
