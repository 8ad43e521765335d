import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../../src/fake-model/fake-model-server.js';
import { DATA_ENGINEER_CV as cvText } from '../support/data-engineer-documents.js';
import { call, startTestServer, type TestServer } from '../support/test-server.js';
import { THIN_ANSWER_MISSING as MISSING, thinThenStrongModel } from '../support/thin-then-strong-model.js';

// The server on the LLM engine, talking to the project's fake OpenAI-compatible model server, which
// judges the first answer thin (a deep-dive follows) and the second one strong (a bullet follows).
let fakeModel: FakeModelServer;
let server: TestServer;

beforeAll(async () => {
  fakeModel = await startFakeModelServer({
    latencyMs: 5,
    respond: thinThenStrongModel(),
  });
  server = await startTestServer({
    OPENAI_BASE_URL: fakeModel.url,
    GAPWISE_MODEL: 'openai-compatible:fake-model',
  });
});

afterAll(async () => {
  await server?.close();
  await fakeModel?.close();
});

const jobText = `Senior Data Engineer

Requirements
- Strong experience with Apache Spark
- Experience with Python`;

/** The value of the exposition line that starts with `series` (name plus labels). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const deepDiveCalls = () =>
  fakeModel.stats().requests.filter((request) => request.schemaName === 'deep_dive').length;

describe('speculative model calls are measured on the LLM engine', () => {
  it('shows a deep-dive written beside a thin answer’s evaluation as started and used, and a needless one as wasted', async () => {
    const created = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });
    expect(created.status).toBe(201);
    const { sessionId, token } = created.body;
    const question = created.body.session.questions[0];
    const answerUrl = `${server.url}/api/sessions/${sessionId}/questions/${question.id}/answers`;

    // Thin to the offline quick reading and to the model: the follow-ups written beside the
    // evaluation ask for exactly what the model finds missing, so no second deep-dive call runs.
    const thin = await call(answerUrl, { token, json: { answer: 'I used Spark a bit.' } });
    expect(thin.status).toBe(200);
    expect(thin.body.next.kind).toBe('follow-up');
    expect(thin.body.next.followUps.map((followUp: { element: string }) => followUp.element).sort()).toEqual(
      [...MISSING].sort(),
    );
    expect(deepDiveCalls()).toBe(1);

    let dashboard = await call(`${server.url}/api/metrics/dashboard?windowMinutes=60`);
    expect(dashboard.status).toBe(200);
    const deepDive = (body: typeof dashboard.body) =>
      body.speculation.find((entry: { step: string }) => entry.step === 'deep-dive');
    expect(deepDive(dashboard.body)).toMatchObject({ started: 1, used: 1, wasted: 0, hitRate: 1 });

    // Still thin to the quick reading, but the model finds nothing missing: a bullet comes next and
    // the follow-ups written beside the evaluation were a wasted call.
    const strong = await call(answerUrl, { token, json: { answer: 'Spark, yes, a bit more.' } });
    expect(strong.status).toBe(200);
    expect(strong.body.next.kind).toBe('bullet');

    dashboard = await call(`${server.url}/api/metrics/dashboard?windowMinutes=60`);
    expect(deepDive(dashboard.body)).toMatchObject({
      started: 2,
      used: 1,
      discarded: 1,
      wasted: 1,
      unsettled: 0,
      hitRate: 0.5,
    });

    const text = await (await fetch(`${server.url}/metrics`)).text();
    const series = (outcome: string) =>
      `gapwise_speculative_calls_total{step="deep-dive",outcome="${outcome}"}`;
    expect(sample(text, series('started'))).toBe(2);
    expect(sample(text, series('used'))).toBe(1);
    expect(sample(text, series('discarded'))).toBe(1);
    expect(sample(text, series('regenerated'))).toBe(0);
  });
});
