import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type TestRedisServer } from '../../test/support/redis-server.js';
import type { CvDocument } from '../domain/index.js';
import { isGapwiseError } from '../errors/index.js';
import type { Reasoner } from '../reasoning/reasoner.js';
import { openRedisBackend, openSqliteBackend, type StateBackend } from '../state/state-backend.js';
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
const LOCK_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A reasoner whose first answer evaluation waits until the test lets it go (a slow model call). */
function slowFirstEvaluation() {
  const scripted = createScriptedReasoner();
  let entered!: () => void;
  let finish!: () => void;
  const started = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const released = new Promise<void>((resolve) => {
    finish = resolve;
  });
  let first = true;
  const reasoner: Reasoner = {
    ...scripted,
    evaluateAnswer: async (input) => {
      if (first) {
        first = false;
        entered();
        await released;
      }
      return scripted.evaluateAnswer(input);
    },
  };
  return { reasoner, started, finish };
}

function describeLockHeartbeat(name: string, open: () => Promise<StateBackend>) {
  describe(`question lock during a long step (${name})`, () => {
    it('keeps the lock for a step several lock TTLs long: a duplicate still gets 409', async () => {
      const backend = await open();
      try {
        const { reasoner, started, finish } = slowFirstEvaluation();
        const service = createInterviewService({
          reasoner,
          checkpointer: backend.checkpointer,
          sessionStore: backend.sessionStore,
          config: { ...DEFAULT_WORKFLOW_CONFIG, ttlSeconds: 600 },
          deleteThreads: (sessionId) => backend.deleteThreads(sessionId),
          questionLockMs: LOCK_MS,
        });
        const { sessionId } = await service.createSession({ cv, jobText });

        const slow = service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG });
        await started;
        // Three lock TTLs into the step: without renewal the lock would have lapsed long ago.
        await sleep(LOCK_MS * 3);
        const duplicate = await service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG }).then(
          () => 'accepted',
          (error: unknown) => (isGapwiseError(error) ? error.code : String(error)),
        );
        expect(duplicate).toBe('ANSWER_CONFLICT');

        finish();
        const answered = await slow;
        expect(answered.question.turns).toHaveLength(1);
        // Released on finish: the next answer to the same question gets the lock at once.
        const next = await service.submitAnswer(sessionId, 'q-req-3', {
          answer: 'I have no experience with Kafka',
        });
        expect(next.question.turns).toHaveLength(1);
        await service.deleteSession(sessionId);
      } finally {
        await backend.close();
      }
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'gapwise-lock-'));
let redisServer: TestRedisServer;

beforeAll(async () => {
  redisServer = await startRedisServer();
}, 30_000);

afterAll(async () => {
  await redisServer?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describeLockHeartbeat('SQLite', async () => openSqliteBackend(join(dir, randomBytes(4).toString('hex'))));
describeLockHeartbeat('Redis', async () =>
  openRedisBackend({ url: redisServer.url, ttlSeconds: 600, prefix: `t${randomBytes(4).toString('hex')}` }),
);
