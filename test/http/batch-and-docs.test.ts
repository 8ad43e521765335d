import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

const resume = {
  basics: { name: 'Ana Silva', label: 'Data Engineer' },
  work: [
    {
      name: 'Orbit Logistics',
      position: 'Data Engineer',
      startDate: '2020-01',
      highlights: ['Built Airflow pipelines in Python loading 2 TB a day into BigQuery'],
    },
  ],
  skills: [{ name: 'Data', keywords: ['Python', 'Airflow', 'BigQuery', 'SQL'] }],
};

describe('POST /api/adaptive-questions/batch-generate', () => {
  it('answers snake_case requests with one question per gap', async () => {
    const reply = await call(`${server.url}/api/adaptive-questions/batch-generate`, {
      json: {
        gaps: [
          { requirement: 'Apache Spark', priority: 'CRITICAL' },
          { requirement: 'Kafka', priority: 'IMPORTANT' },
          { requirement: 'dbt', priority: 'NICE_TO_HAVE' },
        ],
        parsed_cv: resume,
        parsed_jd: { title: 'Senior Data Engineer', rawText: 'Spark, Kafka and dbt' },
        language: 'en',
        max_questions: 2,
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.success).toBe(true);
    expect(reply.body.total_questions).toBe(2);
    expect(reply.body.questions).toHaveLength(2);
    expect(reply.body.questions[0].text).toContain('Spark');
    expect(typeof reply.body.time_seconds).toBe('number');
  });

  it('accepts camelCase field names too', async () => {
    const reply = await call(`${server.url}/api/adaptive-questions/batch-generate`, {
      json: {
        gaps: [{ requirement: 'Kubernetes' }],
        parsedCv: resume,
        parsedJd: { rawText: 'Kubernetes' },
        maxQuestions: 5,
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.total_questions).toBe(1);
  });

  it('400 naming the field when the CV is missing', async () => {
    const reply = await call(`${server.url}/api/adaptive-questions/batch-generate`, {
      json: { gaps: [{ requirement: 'Kubernetes' }], parsed_jd: { rawText: '' } },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toContain('parsed_cv');
  });
});

describe('OpenAPI and operations', () => {
  it('serves the OpenAPI document generated from the route schemas, and a docs page', async () => {
    const spec = await call(`${server.url}/docs/json`);
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/sessions',
        '/api/sessions/{id}/questions/{qid}/answers',
        '/api/adaptive-questions/batch-generate',
      ]),
    );
    const answerBody = spec.body.paths['/api/sessions/{id}/questions/{qid}/answers'].post.requestBody;
    expect(JSON.stringify(answerBody)).toContain('answer');
    const page = await fetch(`${server.url}/docs/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
  });

  it('reports liveness and each component’s readiness', async () => {
    expect((await call(`${server.url}/health`)).body.status).toBe('ok');
    const ready = await call(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body.components.map((c: { name: string }) => c.name).sort()).toEqual(['model', 'store']);
    expect(ready.body.components.find((c: { name: string }) => c.name === 'model').detail).toBe('offline');
  });
});
