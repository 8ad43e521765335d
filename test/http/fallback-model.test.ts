import { afterEach, describe, expect, it } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../../src/fake-model/fake-model-server.js';
import {
  DATA_ENGINEER_CV as cvText,
  DATA_ENGINEER_JOB as jobText,
} from '../support/data-engineer-documents.js';
import { call, startTestServer, type TestServer } from '../support/test-server.js';

// A server whose primary model (one fake model server) answers every call with HTTP 500, with a
// fallback model on a second fake server. The offline engine is turned off, so a session that
// gets questions got them from the fallback.
const started: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  for (const item of started.splice(0).reverse()) await item.close();
});

async function fakeModel(options: Parameters<typeof startFakeModelServer>[0]): Promise<FakeModelServer> {
  const server = await startFakeModelServer(options);
  started.push(server);
  return server;
}

async function gapwise(primary: FakeModelServer, fallback: FakeModelServer): Promise<TestServer> {
  const server = await startTestServer({
    GAPWISE_MODEL: 'openai-compatible:primary-model',
    OPENAI_BASE_URL: primary.url,
    GAPWISE_FALLBACK_MODEL: 'openai-compatible:fallback-model',
    GAPWISE_FALLBACK_BASE_URL: fallback.url,
    GAPWISE_OFFLINE_FALLBACK: 'false',
    // One attempt per call: the fallback is reached without the retries' back-off.
    MODEL_MAX_ATTEMPTS: '1',
  });
  started.push(server);
  return server;
}

describe('a fallback model', () => {
  it('creates the session with questions from the fallback while the primary fails, and bills the fallback', async () => {
    const primary = await fakeModel({ serverErrorRate: 1 });
    const fallback = await fakeModel({});
    const server = await gapwise(primary, fallback);

    const created = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });

    expect(created.status).toBe(201);
    expect(created.body.session.questions.length).toBeGreaterThan(0);
    expect(primary.stats().faults['server-error']).toBeGreaterThan(0);
    expect(fallback.stats().calls).toBeGreaterThan(0);
    expect(fallback.stats().requests.map((request) => request.schemaName)).toContain('generate_question');

    // The interview goes on: the answer is evaluated by the fallback too.
    const question = created.body.session.questions[0] as { id: string };
    const answered = await call(
      `${server.url}/api/sessions/${created.body.sessionId}/questions/${question.id}/answers`,
      {
        token: created.body.token,
        json: {
          answer: 'I ran Spark jobs on Dataproc for two years, tuning partitions for a 2 TB daily load.',
        },
      },
    );
    expect(answered.status).toBe(200);
    expect(fallback.stats().requests.map((request) => request.schemaName)).toContain('evaluate_answer');

    const dashboard = await call(`${server.url}/api/metrics/dashboard?windowMinutes=60`);
    expect(dashboard.status).toBe(200);
    const perModel = dashboard.body.cost.perModel as Array<{ modelId: string; calls: number }>;
    // Every answered call is the fallback's; the primary answered none.
    expect(perModel.find((model) => model.modelId === 'fallback-model')?.calls).toBeGreaterThan(0);
    expect(perModel.find((model) => model.modelId === 'primary-model')).toBeUndefined();
  });

  it('answers 503 MODEL_UNAVAILABLE when the fallback is down too', async () => {
    const primary = await fakeModel({ serverErrorRate: 1 });
    const fallback = await fakeModel({ serverErrorRate: 1 });
    const server = await gapwise(primary, fallback);

    const created = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });

    expect(created.status).toBe(503);
    expect(created.body.error.code).toBe('MODEL_UNAVAILABLE');
    expect(fallback.stats().faults['server-error']).toBeGreaterThan(0);
  });

  it('refuses to start with a fallback model but no primary model', async () => {
    await expect(startTestServer({ GAPWISE_FALLBACK_MODEL: 'openai:gpt-4.1-mini' })).rejects.toThrow(
      /GAPWISE_FALLBACK_MODEL/,
    );
  });
});
