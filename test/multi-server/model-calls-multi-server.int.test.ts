import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FakeModelServer,
  type FakeRequestRecord,
  startFakeModelServer,
} from '../../src/fake-model/fake-model-server.js';
import { type GapwiseServerProcess, startGapwiseServer } from '../support/gapwise-server-process.js';
import { startRedisServer, type TestRedisServer } from '../support/redis-server.js';
import { call } from '../support/test-server.js';

// Real processes: one redis-server, Gapwise servers on the LLM engine, and the fake
// OpenAI-compatible model server in this process, which sees every model request they make.
const cvOf = (name: string, employer: string) => `${name}
${name.toLowerCase().replace(' ', '.')}@example.com

Experience
Platform Engineer — ${employer}
Feb 2019 – Present
- Built deployment pipelines with GitLab CI and Docker
- Ran PostgreSQL and Redis for the booking platform

Skills
Docker, GitLab CI, PostgreSQL, Redis, Python`;
const jobOf = (title: string) => `${title}

Requirements
- Strong experience with Kubernetes
- Experience with Terraform
- Experience with AWS`;

/** Sum of a Prometheus counter over the series whose labels include `labels`. */
async function counter(server: GapwiseServerProcess, name: string, labels: Record<string, string>) {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const labelText = line.slice(name.length + 1, line.indexOf('}'));
    if (Object.entries(labels).every(([key, value]) => labelText.includes(`${key}="${value}"`)))
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}

async function createSession(server: GapwiseServerProcess, cvText: string, jobText: string) {
  const created = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });
  expect(created.status, server.output().slice(-3000)).toBe(201);
  return created.body as { sessionId: string; token: string; session: { questions: Array<{ id: string }> } };
}

let redisServer: TestRedisServer;
let fake: FakeModelServer;
const servers: GapwiseServerProcess[] = [];

/** A Gapwise server on the fake model and the shared Redis; the offline fallback is off so model failures show. */
async function startGapwise(name: string, env: Record<string, string>): Promise<GapwiseServerProcess> {
  const server = await startGapwiseServer({
    REDIS_URL: redisServer.url,
    GAPWISE_MODEL: 'openai-compatible:fake',
    // Its own path on the fake server, so each request can be traced to the server that sent it.
    OPENAI_BASE_URL: fake.url.replace(/\/v1$/, `/${name}/v1`),
    GAPWISE_OFFLINE_FALLBACK: 'false',
    LOG_LEVEL: 'warn',
    ...env,
  });
  servers.push(server);
  return server;
}

const prefix = () => `gw${randomBytes(3).toString('hex')}`;

beforeAll(async () => {
  [redisServer, fake] = await Promise.all([startRedisServer(), startFakeModelServer()]);
}, 30_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.kill()));
  await fake?.close();
  await redisServer?.destroy();
});

const CALLS_PER_WINDOW = 4;
const WINDOW_SECONDS = 2;
const rateLimit = {
  MODEL_RATE_LIMIT_CALLS: String(CALLS_PER_WINDOW),
  MODEL_RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS),
};
const CALLS_PER_SERVER = 12;

/**
 * Starts of the rate limiter's windows, as Redis sees them: rate-limiter-flexible opens a fixed
 * window with `SET key 0 EX <window> NX` on the first call after the last one expired, so each
 * keyspace `set` event on a limiter key is a window start (a SET NX that sets nothing is silent).
 */
async function watchWindowStarts() {
  const subscriber = new Redis(redisServer.url);
  await subscriber.config('SET', 'notify-keyspace-events', 'K$');
  const starts: Array<{ key: string; at: number }> = [];
  subscriber.on('pmessage', (_pattern: string, channel: string, event: string) => {
    if (event === 'set') starts.push({ key: channel.replace(/^__keyspace@0__:/, ''), at: Date.now() });
  });
  await subscriber.psubscribe('__keyspace@0__:*:ratelimit:*');
  return { starts, close: () => subscriber.disconnect() };
}

/**
 * The notice of a window start reaches this process a few ms after Redis opened the window, and
 * a request let through in that window can overtake it (seen: by 2 ms). Requests arriving this
 * long before a seen start count in the new window. Safe here because every window's calls come
 * in a burst at its start, nearly two seconds after the previous window's burst.
 */
const NOTICE_LAG_MS = 100;

/** Model requests that arrived in each window: from one start to the next start of the same key. */
function countsPerWindow(starts: number[], arrivals: number[]): number[] {
  return starts.map((start, index) => {
    const next = starts[index + 1] ?? Number.POSITIVE_INFINITY;
    return arrivals.filter((at) => at >= start - NOTICE_LAG_MS && at < next - NOTICE_LAG_MS).length;
  });
}

/**
 * Both servers at once generate one question per gap for 12 gaps (the stateless batch endpoint:
 * 24 model calls issued together, with little CPU work around them, so a call reaches the fake
 * server within milliseconds of being let through). Each server's gaps differ: no cache hits.
 */
async function generateQuestionsOnBoth(pair: GapwiseServerProcess[]) {
  return Promise.all(
    pair.map((server, s) =>
      call(`${server.url}/api/adaptive-questions/batch-generate`, {
        json: {
          gaps: Array.from({ length: CALLS_PER_SERVER }, (_, i) => ({
            requirement: `Tool ${s}-${i}-${randomBytes(2).toString('hex')}`,
          })),
          parsed_cv: {
            basics: { name: 'Rita Gomez', label: 'Platform Engineer' },
            work: [
              {
                name: 'Harbor Freight Tech',
                position: 'Platform Engineer',
                startDate: '2019-02',
                highlights: ['Built deployment pipelines with GitLab CI and Docker'],
              },
            ],
          },
          parsed_jd: { title: 'Platform Engineer', rawText: 'Kubernetes, Terraform, AWS' },
        },
      }),
    ),
  );
}

describe('model calls across Gapwise server processes', () => {
  let a: GapwiseServerProcess;
  let b: GapwiseServerProcess;
  let alone: GapwiseServerProcess[];

  beforeAll(async () => {
    const shared = prefix();
    // a and b share one Redis prefix (state, L2 and rate-limit budget); the two `alone` servers
    // each have their own prefix, so each keeps its own budget: the limit as one process alone.
    [a, b, ...alone] = await Promise.all([
      // One attempt per call: a fault the fake server injects fails the step at once.
      startGapwise('a', { REDIS_KEY_PREFIX: shared, MODEL_MAX_ATTEMPTS: '1', ...rateLimit }),
      startGapwise('b', { REDIS_KEY_PREFIX: shared, MODEL_MAX_ATTEMPTS: '1', ...rateLimit }),
      startGapwise('c', { REDIS_KEY_PREFIX: prefix(), ...rateLimit }),
      startGapwise('d', { REDIS_KEY_PREFIX: prefix(), ...rateLimit }),
    ]);
  }, 90_000);

  it('a second server hits the first server’s L2 entry', async () => {
    fake.reset();
    const jobText = jobOf('Platform Engineer');
    // Two candidates apply to the same job, one through each server: extracting the job's
    // requirements is the same deterministic call (it depends on the job text alone).
    await createSession(a, cvOf('Rita Gomez', 'Harbor Freight Tech'), jobText);
    const afterA = fake.stats().requests;
    await createSession(b, cvOf('Sam Okafor', 'Northwind Logistics'), jobText);
    const afterB = fake.stats().requests;

    const extractions = (requests: FakeRequestRecord[]) =>
      requests.filter((request) => request.schemaName === 'extract_requirements').length;
    expect(extractions(afterA)).toBe(1);
    expect(extractions(afterB)).toBe(1); // B did not ask the model again
    // B did ask the model for its own candidate's calls: the cache is exact, not per job.
    expect(afterB.length).toBeGreaterThan(afterA.length);
    const step = { step: 'extract-requirements' };
    expect(await counter(b, 'gapwise_model_calls_total', { ...step, source: 'response_cache' })).toBe(1);
    expect(await counter(b, 'gapwise_model_calls_total', { ...step, source: 'provider' })).toBe(0);
    expect(await counter(b, 'gapwise_cache_requests_total', { layer: 'l2', result: 'hit' })).toBe(1);
    expect(await counter(a, 'gapwise_model_calls_total', { ...step, source: 'provider' })).toBe(1);
    expect(await counter(a, 'gapwise_cache_requests_total', { layer: 'l2', result: 'hit' })).toBe(0);
  }, 30_000);

  it('a step that failed on one server and is retried on another gets its finished call from L2', async () => {
    const { sessionId, token, session } = await createSession(
      a,
      cvOf('Rita Gomez', 'Harbor Freight Tech'),
      jobOf('Site Reliability Engineer'),
    );
    const path = `/api/sessions/${sessionId}/questions/${session.questions[0]!.id}/answers`;
    const json = { answer: 'I have no experience with Terraform.' };
    fake.reset();
    // The evaluation succeeds on A; the call after it (the true-gap advice) fails, so the step fails
    // and nothing of it is kept. The candidate sends the same answer again, and B takes it.
    fake.failNext({ schemaName: 'true_gap_advice' });
    const failed = await call(`${a.url}${path}`, { token, json });
    expect(failed.status).toBe(503);
    expect(failed.body.error.code).toBe('MODEL_UNAVAILABLE');
    const step = { step: 'evaluate-answer' };
    const l2HitsBefore = await counter(b, 'gapwise_cache_requests_total', { layer: 'l2', result: 'hit' });
    const retried = await call(`${b.url}${path}`, { token, json });
    expect(retried.status, b.output().slice(-3000)).toBe(200);
    expect(retried.body.next.kind).toBe('true-gap');

    const asked = (schemaName: string) =>
      fake.stats().requests.filter((request) => request.schemaName === schemaName);
    expect(asked('evaluate_answer').map((request) => request.path)).toEqual(['/a/v1/chat/completions']);
    expect(asked('true_gap_advice').map((request) => request.path)).toEqual([
      '/a/v1/chat/completions',
      '/b/v1/chat/completions',
    ]);
    expect(await counter(b, 'gapwise_model_calls_total', { ...step, source: 'response_cache' })).toBe(1);
    expect(await counter(b, 'gapwise_model_calls_total', { ...step, source: 'provider' })).toBe(0);
    expect(await counter(b, 'gapwise_cache_requests_total', { layer: 'l2', result: 'hit' })).toBe(
      l2HitsBefore + 1,
    );
  }, 30_000);

  it('the shared rate limit holds across two server processes', async () => {
    const windowMs = WINDOW_SECONDS * 1000;
    // Let the window the previous test opened run out, so that every window here is watched whole.
    await new Promise((resolve) => setTimeout(resolve, windowMs + 200));
    const watch = await watchWindowStarts();
    fake.reset();
    const replies = await generateQuestionsOnBoth([a, b]);
    watch.close();

    // Every call got through: the servers waited for budget, none failed (no fallback is configured).
    for (const reply of replies)
      expect(reply.body.total_questions, JSON.stringify(reply.body)).toBe(CALLS_PER_SERVER);
    const requests = fake.stats().requests;
    // One request per call (nothing retried), half from each server.
    expect(requests).toHaveLength(2 * CALLS_PER_SERVER);
    expect(requests.filter((request) => request.path.startsWith('/a/'))).toHaveLength(CALLS_PER_SERVER);

    const arrivals = requests.map((request) => request.at);
    const starts = watch.starts.map((start) => start.at);
    expect(new Set(watch.starts.map((start) => start.key)).size).toBe(1); // one budget for both servers
    const counts = countsPerWindow(starts, arrivals);
    // Every request fell in a watched window (none in one opened before the watch began).
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(requests.length);
    const timeline = [
      ...starts.map((at) => ({ at, what: 'window' })),
      ...requests.map((request) => ({ at: request.at, what: request.path.slice(0, 3) })),
    ]
      .sort((x, y) => x.at - y.at)
      .map(({ at, what }) => `${at - starts[0]!} ${what}`)
      .join(', ');
    expect(Math.max(...counts), timeline).toBeLessThanOrEqual(CALLS_PER_WINDOW);
    // Independently of where windows start: n calls at ≤ N per window need ⌈n/N⌉ windows.
    const span = Math.max(...arrivals) - Math.min(...arrivals);
    expect(span).toBeGreaterThanOrEqual((Math.ceil(requests.length / CALLS_PER_WINDOW) - 1) * windowMs - 500);
  }, 60_000);

  it('(control) the same check fails for two servers that each keep their own budget', async () => {
    const watch = await watchWindowStarts();
    fake.reset();
    await generateQuestionsOnBoth(alone);
    watch.close();
    expect(new Set(watch.starts.map((start) => start.key)).size).toBe(2);
    const [firstKey] = watch.starts.map((start) => start.key);
    const starts = watch.starts.filter((start) => start.key === firstKey).map((start) => start.at);
    const counts = countsPerWindow(
      starts,
      fake.stats().requests.map((request) => request.at),
    );
    // Each server spends its own budget in the same window: up to twice the provider's quota.
    expect(Math.max(...counts)).toBeGreaterThan(CALLS_PER_WINDOW);
  }, 60_000);
});
