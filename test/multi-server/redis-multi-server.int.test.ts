import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GapwiseServerProcess, startGapwiseServer } from '../support/gapwise-server-process.js';
import { startRedisServer, type TestRedisServer } from '../support/redis-server.js';
import { call } from '../support/test-server.js';

// Real processes only: one redis-server with persistence, and Gapwise servers sharing it.
const cvText = `Rita Gomez
rita@example.com

Experience
Platform Engineer — Harbor Freight Tech
Feb 2019 – Present
- Built deployment pipelines with GitLab CI and Docker
- Ran PostgreSQL and Redis for the booking platform

Skills
Docker, GitLab CI, PostgreSQL, Redis, Python`;
const jobText = `Platform Engineer

Requirements
- Strong experience with Kubernetes
- Experience with Terraform
- Experience with AWS`;

const strong = (skill: string) =>
  `Yes. At Harbor Freight Tech I set up ${skill} for the booking platform in 2022. I designed the rollout myself, automated it for 14 services and cut deployment time by 60%.`;

let redisServer: TestRedisServer;
let redis: Redis;
let prefix: string;
const servers: GapwiseServerProcess[] = [];

async function startGapwise(extra: Record<string, string> = {}): Promise<GapwiseServerProcess> {
  const server = await startGapwiseServer({
    REDIS_URL: redisServer.url,
    REDIS_KEY_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    ...extra,
  });
  servers.push(server);
  return server;
}

async function createSession(server: GapwiseServerProcess) {
  const created = await call(`${server.url}/api/sessions`, { json: { cvText, jobText } });
  expect(created.status, server.output().slice(-3000)).toBe(201);
  return created.body as {
    sessionId: string;
    token: string;
    session: { questions: Array<{ id: string; requirement: { keywords: string[] } }> };
  };
}

async function keysOf(sessionId: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `*${sessionId}*`, 'COUNT', 1000);
    cursor = next;
    found.push(...keys);
  } while (cursor !== '0');
  return found;
}

beforeAll(async () => {
  redisServer = await startRedisServer({ persistence: true });
  redis = new Redis(redisServer.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on('error', () => {});
  await redis.connect();
  prefix = `gw${randomBytes(3).toString('hex')}`;
}, 30_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.kill()));
  redis?.disconnect();
  await redisServer?.destroy();
});

describe('several Gapwise servers on one Redis', () => {
  let a: GapwiseServerProcess;
  let b: GapwiseServerProcess;

  beforeAll(async () => {
    [a, b] = await Promise.all([startGapwise(), startGapwise()]);
  }, 60_000);

  it('a session created on A is answered on B and finished on A', async () => {
    const { sessionId, token, session } = await createSession(a);
    const question = session.questions[0]!;
    const answered = await call(`${b.url}/api/sessions/${sessionId}/questions/${question.id}/answers`, {
      token,
      json: { answer: strong(question.requirement.keywords[0] ?? 'it') },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.next.kind).toBe('bullet');
    const decided = await call(`${a.url}/api/sessions/${sessionId}/questions/${question.id}/decision`, {
      token,
      json: { action: 'accept' },
    });
    expect(decided.status).toBe(200);
    const result = await call(`${a.url}/api/sessions/${sessionId}/result`, { token });
    expect(result.status).toBe(200);
    expect(result.body.accepted).toBe(1);
  });

  it('concurrent duplicate submissions to A and B: exactly one wins, the other gets 409', async () => {
    const { sessionId, token, session } = await createSession(a);
    const question = session.questions[0]!;
    const path = `/api/sessions/${sessionId}/questions/${question.id}/answers`;
    const json = { answer: strong('Kubernetes'), turn: 0 };
    const replies = await Promise.all([
      call(`${a.url}${path}`, { token, json }),
      call(`${b.url}${path}`, { token, json }),
    ]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
    expect(replies.find((reply) => reply.status === 409)?.body.error.code).toBe('ANSWER_CONFLICT');
    const read = await call(`${b.url}/api/sessions/${sessionId}`, { token });
    expect(read.body.questions.find((q: { id: string }) => q.id === question.id).turns).toHaveLength(1);
  });

  it('the creation of a session on A can be followed on B under its progress id', async () => {
    const progressId = randomBytes(16).toString('base64url');
    const stream = await fetch(`${b.url}/api/session-progress/${progressId}/events`, {
      signal: AbortSignal.timeout(20_000),
    });
    const created = await call(`${a.url}/api/sessions?progressId=${progressId}`, {
      json: { cvText, jobText },
    });
    expect(created.status).toBe(201);
    const reader = stream.body!.getReader();
    let text = '';
    while (!text.includes('session.ready')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    const types = [...text.matchAll(/^event: (.+)$/gm)].map((match) => match[1]);
    expect(types[0]).toBe('analysis.started');
    expect(types.filter((type) => type === 'question.generated')).toHaveLength(
      created.body.session.questions.length,
    );
    expect(types.at(-1)).toBe('session.ready');
    expect(text).not.toContain(created.body.token);
  });

  it('progress of an answer given on A reaches an event stream open on B', async () => {
    const { sessionId, token, session } = await createSession(a);
    const controller = new AbortController();
    const stream = await fetch(`${b.url}/api/sessions/${sessionId}/events?token=${token}`, {
      signal: controller.signal,
    });
    const reader = stream.body!.getReader();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
    };
    await readUntil('question.generated');
    const question = session.questions[0]!;
    await call(`${a.url}/api/sessions/${sessionId}/questions/${question.id}/answers`, {
      token,
      json: { answer: strong('Kubernetes') },
    });
    await readUntil('answer.evaluated');
    controller.abort();
    const types = [...text.matchAll(/^event: (.+)$/gm)].map((match) => match[1]);
    expect(types[0]).toBe('analysis.started');
    expect(types).toContain('answer.evaluated');
    // The step's stages came live from A, in order, before its result.
    const step = types.slice(types.indexOf('step.started'));
    expect(step.slice(0, 2)).toEqual(['step.started', 'step.progress']);
    expect(step.indexOf('step.progress')).toBeLessThan(step.indexOf('answer.evaluated'));
    expect(text).toContain('"stage":"evaluating-answer"');

    // A client that connects to B only now replays the same events, stages included, same ids.
    const late = await fetch(`${b.url}/api/sessions/${sessionId}/events?token=${token}`, {
      signal: AbortSignal.timeout(10_000),
    });
    const lateReader = late.body!.getReader();
    let replayed = '';
    while (!replayed.includes('answer.evaluated')) {
      const { value, done } = await lateReader.read();
      if (done) break;
      replayed += new TextDecoder().decode(value);
    }
    await lateReader.cancel();
    const idsAndTypes = (sse: string) =>
      [...sse.matchAll(/^id: (\d+)\nevent: (.+)$/gm)].map((match) => `${match[1]} ${match[2]}`);
    const live = idsAndTypes(text);
    expect(idsAndTypes(replayed).slice(0, live.length)).toEqual(live);
  });

  it('deleting a session removes every key it owns', async () => {
    const { sessionId, token } = await createSession(a);
    expect((await keysOf(sessionId)).length).toBeGreaterThan(0);
    expect((await call(`${b.url}/api/sessions/${sessionId}`, { method: 'DELETE', token })).status).toBe(204);
    expect(await keysOf(sessionId)).toEqual([]);
    expect((await call(`${a.url}/api/sessions/${sessionId}`, { token })).status).toBe(404);
  });

  it('extending the TTL extends every key of the session', async () => {
    const { sessionId, token } = await createSession(a);
    const extended = await call(`${b.url}/api/sessions/${sessionId}/ttl`, {
      token,
      json: { ttlSeconds: 86_400 },
    });
    expect(extended.status).toBe(200);
    for (const key of await keysOf(sessionId)) expect(await redis.ttl(key)).toBeGreaterThan(80_000);
  });
});

describe('faults survived', () => {
  it('an answer acknowledged by a server that is then killed -9 is there on the other server', async () => {
    const [a, b] = await Promise.all([startGapwise(), startGapwise()]);
    const { sessionId, token, session } = await createSession(a);
    const question = session.questions[1]!;
    const answered = await call(`${a.url}/api/sessions/${sessionId}/questions/${question.id}/answers`, {
      token,
      json: { answer: 'I have no experience with Terraform.' },
    });
    expect(answered.status).toBe(200);
    await a.kill();
    const read = await call(`${b.url}/api/sessions/${sessionId}`, { token });
    expect(read.status).toBe(200);
    const stored = read.body.questions.find((q: { id: string }) => q.id === question.id);
    expect(stored.turns).toHaveLength(1);
    expect(stored.status).toBe('true-gap');
  }, 60_000);

  it('Redis stopped: 503 with Retry-After, quickly; Redis back with its data: the session continues', async () => {
    const a = await startGapwise();
    const { sessionId, token, session } = await createSession(a);
    await redisServer.stop();
    const started = Date.now();
    const down = await call(`${a.url}/api/sessions/${sessionId}`, { token });
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('STORE_UNAVAILABLE');
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    const ready = await call(`${a.url}/ready`);
    expect(ready.status).toBe(503);

    await redisServer.start();
    let back = await call(`${a.url}/api/sessions/${sessionId}`, { token });
    for (let attempt = 0; back.status !== 200 && attempt < 50; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      back = await call(`${a.url}/api/sessions/${sessionId}`, { token });
    }
    expect(back.status).toBe(200);
    const question = session.questions[0]!;
    const answered = await call(`${a.url}/api/sessions/${sessionId}/questions/${question.id}/answers`, {
      token,
      json: { answer: strong('Kubernetes') },
    });
    expect(answered.status).toBe(200);
  }, 60_000);

  it('after the TTL passes, the session answers 404 SESSION_EXPIRED and no key is left', async () => {
    const short = await startGapwise({ STATE_TTL_SECONDS: '2' });
    const { sessionId, token } = await createSession(short);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const expired = await call(`${short.url}/api/sessions/${sessionId}`, { token });
    expect(expired.status).toBe(404);
    expect(expired.body.error.code).toBe('SESSION_EXPIRED');
    expect(await keysOf(sessionId)).toEqual([]);
  }, 60_000);
});

describe('Redis unreachable at start', () => {
  it('refuses to start by default, saying why', async () => {
    await expect(startGapwiseServer({ REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'warn' })).rejects.toThrow(
      /STORE_UNAVAILABLE/,
    );
  }, 60_000);

  it('or starts on the embedded store with /ready degraded, when configured', async () => {
    const degraded = await startGapwiseServer({
      REDIS_URL: 'redis://127.0.0.1:1',
      REDIS_UNAVAILABLE_AT_START: 'embedded',
      LOG_LEVEL: 'warn',
    });
    servers.push(degraded);
    const ready = await call(`${degraded.url}/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('degraded');
    expect(degraded.output()).toContain('DEGRADED');
  }, 60_000);
});
