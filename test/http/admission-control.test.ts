import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../../src/fake-model/fake-model-server.js';
import { call, startTestServer, type TestServer } from '../support/test-server.js';

// One creation at a time and no queue: while a creation waits 1.5 s on the model, another is turned away.
let fakeModel: FakeModelServer;
let server: TestServer;

beforeAll(async () => {
  fakeModel = await startFakeModelServer({ latencyMs: 1500 });
  server = await startTestServer({
    OPENAI_BASE_URL: fakeModel.url,
    GAPWISE_MODEL: 'openai-compatible:fake-model',
    SESSION_CREATION_CONCURRENCY: '1',
    SESSION_CREATION_QUEUE: '0',
  });
});

afterAll(async () => {
  await server?.close();
  await fakeModel?.close();
});

const cvText = `Lena Brandt
lena@example.com

Experience
Data Engineer — Kestrel Retail
Mar 2020 – Present
- Built Airflow pipelines in Python loading 2 TB a day into BigQuery

Skills
Python, SQL, Airflow`;
const jobText = `Data Engineer

Requirements
- Experience with Apache Spark
- Experience with Python`;

describe('session creation under a spike', () => {
  it('answers 503 SERVER_BUSY with Retry-After to what it cannot take, and still serves the rest', async () => {
    const results = await Promise.all([
      call(`${server.url}/api/sessions`, { json: { cvText, jobText } }),
      call(`${server.url}/api/sessions`, { json: { cvText, jobText } }),
    ]);
    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual([201, 503]);
    const busy = results.find((result) => result.status === 503)!;
    expect(busy.body.error.code).toBe('SERVER_BUSY');
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    // The slot came back: the next creation is admitted, and reading sessions was never gated.
    const again = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });
    expect(again.status).toBe(201);
    const created = results.find((result) => result.status === 201)!;
    const read = await call(`${server.url}/api/sessions/${created.body.session.id}`, {
      token: created.body.token,
    });
    expect(read.status).toBe(200);
  });

  it('rejects a bad setting with a message naming the variable', async () => {
    await expect(startTestServer({ SESSION_CREATION_QUEUE: '-1' })).rejects.toThrow(/SESSION_CREATION_QUEUE/);
  });
});
