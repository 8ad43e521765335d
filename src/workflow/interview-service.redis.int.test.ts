import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedisServer } from '../../test/support/redis-server.js';
import type { CvDocument } from '../domain/index.js';
import { RedisCheckpointSaver } from '../state/redis-checkpoint-saver.js';
import { createRedisConnection } from '../state/redis-connection.js';
import { createSessionKeyspace } from '../state/redis-keyspace.js';
import { createRedisSessionStore } from '../state/redis-session-store.js';
import { createInterviewService } from './interview-service.js';
import { createScriptedReasoner } from './testing/scripted-reasoner.js';
import { DEFAULT_WORKFLOW_CONFIG } from './workflow-config.js';

const cv: CvDocument = {
  sourceType: 'markdown',
  plainText: 'Jane Doe\nBackend engineer at Acme.\n- Built the payments API in TypeScript.',
  resume: { basics: { name: 'Jane Doe' }, work: [{ name: 'Acme', highlights: ['Built the payments API'] }] },
};
const jobText = ['Backend engineer', '- TypeScript (must)', '- Kubernetes (must)', '- Kafka'].join('\n');
const STRONG = 'I moved 12 services to Kubernetes at Acme and cut deploy time by 40 percent';

describe('interview service on Redis state', () => {
  let server: TestRedisServer;
  let redis: Redis;
  const keyspace = createSessionKeyspace(`gwtest${randomBytes(4).toString('hex')}`);

  const makeService = (reasoner = createScriptedReasoner()) => {
    const checkpointer = new RedisCheckpointSaver({ redis, keyspace, ttlSeconds: 600 });
    return createInterviewService({
      reasoner,
      checkpointer,
      sessionStore: createRedisSessionStore({ redis, keyspace }),
      config: { ...DEFAULT_WORKFLOW_CONFIG, ttlSeconds: 600 },
      deleteThreads: async (sessionId) => {
        for (const threadId of await checkpointer.listThreads(sessionId))
          await checkpointer.deleteThread(threadId);
      },
    });
  };

  beforeAll(async () => {
    server = await startRedisServer();
    redis = await createRedisConnection({ url: server.url });
  });

  afterAll(async () => {
    redis?.disconnect();
    await server?.destroy();
  });

  it('runs, rolls back a failed step, continues on another instance and deletes every key', async () => {
    const reasoner = createScriptedReasoner();
    const first = makeService(reasoner);
    const { sessionId } = await first.createSession({ cv, jobText });

    reasoner.failNext('generateBullet');
    await expect(first.submitAnswer(sessionId, 'q-req-2', { answer: STRONG })).rejects.toThrow(
      /scripted failure/,
    );
    expect((await first.getQuestion(sessionId, 'q-req-2')).status).toBe('awaiting-answer');
    await first.submitAnswer(sessionId, 'q-req-2', { answer: 'Kubernetes a bit' });

    // Another server: same Redis, new service instance.
    const second = makeService();
    expect((await second.getQuestion(sessionId, 'q-req-2')).status).toBe('awaiting-follow-up');
    const answered = await second.submitAnswer(sessionId, 'q-req-2', { answer: STRONG, turn: 1 });
    expect(answered.next.kind).toBe('bullet');
    await first.decide(sessionId, 'q-req-2', { action: 'accept' });
    expect((await second.getResult(sessionId)).accepted).toBe(1);

    const concurrent = await Promise.allSettled([
      first.submitAnswer(sessionId, 'q-req-3', { answer: 'I have no experience with Kafka' }),
      second.submitAnswer(sessionId, 'q-req-3', { answer: 'I have no experience with Kafka' }),
    ]);
    expect(concurrent.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);

    await second.deleteSession(sessionId);
    const left = await redis.keys(`${keyspace.prefix}:{${sessionId}}*`);
    expect(left).toEqual([]);
    await expect(first.getSession(sessionId)).rejects.toMatchObject({ code: 'SESSION_NOT_FOUND' });
  });
});
