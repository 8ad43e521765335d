import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../../src/fake-model/fake-model-server.js';
import {
  DATA_ENGINEER_CV as cvText,
  DATA_ENGINEER_JOB as jobText,
} from '../support/data-engineer-documents.js';
import { call, startTestServer, type TestServer } from '../support/test-server.js';

// The server on the LLM engine, talking to the project's fake OpenAI-compatible model server.
let fakeModel: FakeModelServer;
let server: TestServer;

beforeAll(async () => {
  fakeModel = await startFakeModelServer({ latencyMs: 5 });
  server = await startTestServer({
    OPENAI_BASE_URL: fakeModel.url,
    GAPWISE_MODEL: 'openai-compatible:fake-model',
  });
});

afterAll(async () => {
  await server?.close();
  await fakeModel?.close();
});

describe('a session on the LLM engine is measured', () => {
  it('reports model calls, cached prompt tokens and Prometheus metrics', async () => {
    const created = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });
    expect(created.status).toBe(201);
    expect(created.body.session.engine).toBe('llm:openai-compatible:fake-model');
    expect(fakeModel.stats().calls).toBeGreaterThan(0);

    const stats = await call(`${server.url}/api/prompt-cache/stats`);
    expect(stats.status).toBe(200);
    expect(stats.body.overall.calls).toBeGreaterThan(0);
    expect(stats.body.overall.inputTokens).toBeGreaterThan(0);
    // Every call of a session shares its long prefix: the fake server reports it cached.
    expect(stats.body.overall.cachedInputTokens).toBeGreaterThan(0);

    const dashboard = await call(`${server.url}/api/metrics/dashboard?windowMinutes=60`);
    expect(dashboard.status).toBe(200);
    expect(dashboard.body.cost.calls).toBeGreaterThan(0);
    const names = dashboard.body.performance.operations.map((op: { name: string }) => op.name);
    expect(names).toContain('http POST /api/sessions');

    const prometheus = await fetch(`${server.url}/metrics`);
    const text = await prometheus.text();
    expect(text).toMatch(/^gapwise_\w+/m);
  });
});
