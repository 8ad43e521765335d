import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakeModelServer, startFakeModelServer } from '../../src/fake-model/fake-model-server.js';
import {
  DATA_ENGINEER_CV as cvText,
  DATA_ENGINEER_JOB as jobText,
} from '../support/data-engineer-documents.js';
import { type ModelGate, startModelGate } from '../support/model-gate.js';
import { call, startTestServer, type TestServer } from '../support/test-server.js';

/** One server-sent event as a test reads it. */
interface StreamedEvent {
  seq: number;
  type: string;
  data?: Record<string, unknown>;
}

/** Reads a server-sent-events response as it arrives; `next` waits for the first event that matches. */
async function openEventStream(url: string) {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const events: StreamedEvent[] = [];
  let raw = '';
  let buffered = '';
  const pull = async () => {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended; events so far: ${events.map((e) => e.type).join(', ')}`);
    const text = decoder.decode(value, { stream: true });
    raw += text;
    buffered += text;
    const blocks = buffered.split('\n\n');
    buffered = blocks.pop() ?? '';
    for (const block of blocks) {
      const id = /^id: (\d+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (id && data) events.push({ seq: Number(id), ...(JSON.parse(data) as Omit<StreamedEvent, 'seq'>) });
    }
  };
  return {
    events,
    raw: () => raw,
    async next(matches: (event: StreamedEvent) => boolean): Promise<StreamedEvent> {
      for (;;) {
        const found = events.find(matches);
        if (found) return found;
        await pull();
      }
    },
    close: () => controller.abort(),
  };
}

// Words that occur only in the answer: if any event carried the answer, they would show.
const answer =
  'At Zephyrwick Logistics I rebuilt the Quillmoor ingestion job on Spark, owned its rollout and cut the nightly run from 5 hours to 40 minutes.';

let fakeModel: FakeModelServer;
let gate: ModelGate;
let server: TestServer;
const streams: Array<{ close(): void }> = [];

beforeAll(async () => {
  fakeModel = await startFakeModelServer({ latencyMs: 5 });
  gate = await startModelGate(fakeModel.url);
  server = await startTestServer({
    OPENAI_BASE_URL: gate.url,
    GAPWISE_MODEL: 'openai-compatible:fake-model',
  });
});

afterEach(() => {
  gate.release();
  for (const stream of streams.splice(0)) stream.close();
});

afterAll(async () => {
  await server?.close();
  await gate?.close();
  await fakeModel?.close();
});

/** Tracks whether a request has answered yet. */
function track<T>(promise: Promise<T>) {
  const state = { settled: false, result: promise };
  const settle = () => {
    state.settled = true;
  };
  promise.then(settle, settle);
  return state;
}

describe('progress of a slow answer step', () => {
  it('streams step.started and the evaluating stage while the model call is still in flight', async () => {
    const created = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });
    expect(created.status).toBe(201);
    const { sessionId, token } = created.body;
    const question = created.body.session.questions[0];
    const stream = await openEventStream(`${server.url}/api/sessions/${sessionId}/events?token=${token}`);
    streams.push(stream);
    await stream.next((event) => event.type === 'session.ready');

    gate.hold();
    const answered = track(
      call(`${server.url}/api/sessions/${sessionId}/questions/${question.id}/answers`, {
        token,
        json: { answer },
      }),
    );
    const started = await stream.next((event) => event.type === 'step.started');
    const evaluating = await stream.next(
      (event) => event.type === 'step.progress' && event.data?.stage === 'evaluating-answer',
    );
    // The model is held: the answer cannot have come back, yet the stream already said what is going on.
    expect(answered.settled).toBe(false);
    expect(started.data).toMatchObject({ questionId: question.id, step: 'answer', turn: 1 });
    expect(evaluating.data).toEqual({ questionId: question.id, stage: 'evaluating-answer' });
    expect(started.seq).toBeLessThan(evaluating.seq);

    gate.release();
    const response = await answered.result;
    expect(response.status).toBe(200);
    const evaluated = await stream.next((event) => event.type === 'answer.evaluated');
    // After the evaluation, the stage of the next call (follow-up, bullet or advice) came before its result.
    const nextStage = stream.events.find(
      (event) =>
        event.type === 'step.progress' &&
        ['writing-follow-up', 'drafting-bullet', 'writing-advice'].includes(String(event.data?.stage)),
    );
    expect(nextStage).toBeDefined();
    expect(nextStage!.seq).toBeGreaterThan(evaluating.seq);
    expect(nextStage!.seq).toBeLessThan(evaluated.seq);
    const seqs = stream.events.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

    for (const word of ['Zephyrwick', 'Quillmoor', 'Kestrel', 'Lena', 'BigQuery']) {
      expect(stream.raw()).not.toContain(word);
    }
  });
});

describe('progress of a session being created', () => {
  it('streams the stages and a question count under a client-chosen id before the POST returns', async () => {
    const progressId = randomBytes(16).toString('base64url');
    const stream = await openEventStream(`${server.url}/api/session-progress/${progressId}/events`);
    streams.push(stream);

    gate.hold();
    const creating = track(
      call(`${server.url}/api/sessions?progressId=${progressId}`, { json: { cvText, jobText } }),
    );
    const reading = await stream.next(
      (event) => event.type === 'step.progress' && event.data?.stage === 'reading-job',
    );
    // Questions are written by the held model, so the session cannot exist yet.
    expect(creating.settled).toBe(false);
    expect(reading.data).toEqual({ stage: 'reading-job' });

    gate.release();
    const created = await creating.result;
    expect(created.status).toBe(201);
    await stream.next((event) => event.type === 'session.ready');
    const total = created.body.session.questions.length;
    expect(total).toBeGreaterThan(0);
    const types = stream.events.map((event) => event.type);
    expect(types.slice(0, 2)).toEqual(['analysis.started', 'step.progress']);
    expect(types.indexOf('analysis.done')).toBeLessThan(types.indexOf('question.generated'));
    expect(stream.events.find((event) => event.data?.stage === 'writing-questions')?.data).toEqual({
      stage: 'writing-questions',
      total,
    });
    const counts = stream.events
      .filter((event) => event.type === 'question.generated')
      .map((event) => [event.data?.done, event.data?.total]);
    expect(counts).toEqual(Array.from({ length: total }, (_, index) => [index + 1, total]));
    // The stream needs no token, so it must not hand out the session's id or token, nor CV text.
    for (const secret of [created.body.sessionId, created.body.token, 'Kestrel', 'Lena']) {
      expect(stream.raw()).not.toContain(secret);
    }

    // Someone who subscribes late gets the same events, in the same order.
    const late = await openEventStream(`${server.url}/api/session-progress/${progressId}/events`);
    streams.push(late);
    await late.next((event) => event.type === 'session.ready');
    expect(late.events.map((event) => [event.seq, event.type])).toEqual(
      stream.events.map((event) => [event.seq, event.type]),
    );
  });

  it('refuses a progress id that is too short to be secret, or was used before', async () => {
    const short = await call(`${server.url}/api/sessions?progressId=abc`, { json: { cvText, jobText } });
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('BAD_REQUEST');
    expect(short.body.error.message).toContain('progressId');
    const progressId = randomBytes(16).toString('base64url');
    const first = await call(`${server.url}/api/sessions?progressId=${progressId}`, {
      json: { cvText, jobText },
    });
    expect(first.status).toBe(201);
    const again = await call(`${server.url}/api/sessions?progressId=${progressId}`, {
      json: { cvText, jobText },
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('BAD_REQUEST');
    expect(again.body.error.message).toContain('progressId');
  });
});
