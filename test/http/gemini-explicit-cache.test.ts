import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeGeminiBaseUrl } from '../../src/fake-model/fake-gemini-routes.js';
import { type FakeModelServer, startFakeModelServer } from '../../src/fake-model/fake-model-server.js';
import {
  DATA_ENGINEER_CV as cvText,
  DATA_ENGINEER_JOB as jobText,
} from '../support/data-engineer-documents.js';
import { call, startTestServer, type TestServer } from '../support/test-server.js';

// The server on a Gemini model, talking to the fake Gemini API of the project's fake model server.
let fakeModel: FakeModelServer;
let server: TestServer;

beforeAll(async () => {
  fakeModel = await startFakeModelServer();
  server = await startTestServer({
    GAPWISE_MODEL: 'google:gemini-2.5-flash',
    GOOGLE_GENERATIVE_AI_API_KEY: 'test',
    GOOGLE_GENERATIVE_AI_BASE_URL: fakeGeminiBaseUrl(fakeModel.url),
  });
});

afterAll(async () => {
  await server?.close();
  await fakeModel?.close();
});

describe('a session on Gemini', () => {
  it('uses one explicit cache for its calls, and deleting the session deletes the cache', async () => {
    const created = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });
    expect(created.status).toBe(201);
    expect(created.body.session.engine).toBe('llm:google:gemini-2.5-flash');
    const afterCreate = fakeModel.stats().gemini;
    expect(afterCreate.cachesCreated).toBe(1);
    expect(afterCreate.cachesActive).toBe(1);
    // Every call of the session named the cache (calls outside a session, if any, did not).
    expect(afterCreate.cachedContentCalls).toBeGreaterThanOrEqual(1);
    expect(afterCreate.rejectedCalls).toBe(0);

    const { sessionId, token } = created.body;
    expect((await call(`${server.url}/api/sessions/${sessionId}`, { method: 'DELETE', token })).status).toBe(
      204,
    );

    expect(fakeModel.stats().gemini).toMatchObject({ cachesDeleted: 1, cachesActive: 0 });
  });
});
