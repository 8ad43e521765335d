import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CvDocument } from '../domain/index.js';
import { isGapwiseError } from '../errors/index.js';
import type { SessionStore } from '../state/session-store.js';
import { createSqliteSessionStore } from '../state/sqlite-session-store.js';
import { createInterviewService, type InterviewService } from './interview-service.js';
import type { SessionEvent } from './session-event.js';
import { createScriptedReasoner, type ScriptedReasoner } from './testing/scripted-reasoner.js';
import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './workflow-config.js';

const cv: CvDocument = {
  sourceType: 'markdown',
  plainText:
    'Jane Doe\nBackend engineer at Acme, 2019 – present.\n- Built the payments API in Node.js and TypeScript.',
  resume: {
    basics: { name: 'Jane Doe', label: 'Backend engineer' },
    work: [
      {
        name: 'Acme',
        position: 'Backend engineer',
        startDate: '2019',
        highlights: ['Built the payments API'],
      },
    ],
    skills: [{ name: 'Languages', keywords: ['TypeScript', 'Node.js'] }],
  },
};

const jobText = ['Senior backend engineer', '- TypeScript (must)', '- Kubernetes (must)', '- Kafka'].join(
  '\n',
);

const STRONG = 'I moved 12 services to Kubernetes at Acme and cut deploy time by 40 percent';
const STRONG_KAFKA = 'I built 3 Kafka consumers at Acme that handle 2000 events per second';

async function expectCode(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isGapwiseError(error) ? error.code : error).toBe(code);
}

interface Harness {
  service: InterviewService;
  reasoner: ScriptedReasoner;
  store: SessionStore;
  db: Database.Database;
  events: SessionEvent[];
  close(): Promise<void>;
}

describe('interview service (scripted reasoner, SQLite)', () => {
  let dir: string;
  const open: Harness[] = [];

  const start = (config: Partial<WorkflowConfig> = {}, reasoner = createScriptedReasoner()): Harness => {
    const db = new Database(join(dir, 'checkpoints.sqlite'));
    const store = createSqliteSessionStore({ path: join(dir, 'sessions.sqlite') });
    const events: SessionEvent[] = [];
    const service = createInterviewService({
      reasoner,
      checkpointer: new SqliteSaver(db),
      sessionStore: store,
      config: { ...DEFAULT_WORKFLOW_CONFIG, ...config },
      onEvent: (event) => events.push(event),
    });
    const harness: Harness = {
      service,
      reasoner,
      store,
      db,
      events,
      close: async () => {
        await store.close();
        if (db.open) db.close();
      },
    };
    open.push(harness);
    return harness;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gapwise-workflow-'));
  });

  afterEach(async () => {
    for (const harness of open.splice(0)) await harness.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates a session with one question per gap, most important first, and reports progress', async () => {
    const { service, events } = start();
    const { sessionId, token, session } = await service.createSession({ cv, jobText, jobTitle: 'Backend' });

    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token).not.toBe(sessionId);
    expect(session.scoreBefore).toBe(33);
    expect(session.report.gaps.map((gap) => gap.id)).toEqual(['req-2', 'req-3']);
    expect(session.questions.map((q) => [q.id, q.status, q.text])).toEqual([
      ['q-req-2', 'awaiting-answer', 'Have you worked with Kubernetes?'],
      ['q-req-3', 'awaiting-answer', 'Have you worked with Kafka?'],
    ]);
    expect(events.map((event) => [event.type, event.data?.stage ?? event.data?.done])).toEqual([
      ['analysis.started', undefined],
      ['step.progress', 'reading-job'],
      ['step.progress', 'analysing-gaps'],
      ['analysis.done', undefined],
      ['step.progress', 'writing-questions'],
      ['question.generated', 1],
      ['question.generated', 2],
      ['session.ready', undefined],
    ]);
    expect(JSON.stringify(events)).not.toContain('payments API');
    expect(await service.verifyToken(sessionId, token)).toBe(true);
    expect(await service.verifyToken(sessionId, `${token}x`)).toBe(false);
    expect(await service.verifyToken('unknown', token)).toBe(false);
  });

  it('generates the questions of all gaps in parallel, capped at maxQuestions', async () => {
    const reasoner = createScriptedReasoner({ questionLatencyMs: 50 });
    const { service } = start({ maxQuestions: 4 }, reasoner);
    const manyGaps = [
      'Job',
      ...['Go', 'Rust', 'Kafka', 'Redis', 'Terraform', 'AWS'].map((s) => `- ${s}`),
    ].join('\n');
    const { session } = await service.createSession({ cv, jobText: manyGaps });
    expect(session.questions).toHaveLength(4);
    expect(reasoner.maxConcurrentQuestions).toBe(4);
  });

  it('handles a CV that already covers the job: no questions, the same score after', async () => {
    const { service } = start();
    const { sessionId, session } = await service.createSession({ cv, jobText: 'Job\n- TypeScript (must)' });
    expect(session.questions).toEqual([]);
    expect(session.scoreBefore).toBe(100);
    const result = await service.getResult(sessionId);
    expect(result).toMatchObject({ scoreBefore: 100, scoreAfter: 100, accepted: 0, trueGaps: [] });
  });

  it('refuses a decision on a question that has no bullet yet', async () => {
    const { service } = start();
    const { sessionId } = await service.createSession({ cv, jobText });
    await expectCode(service.decide(sessionId, 'q-req-2', { action: 'accept' }), 'INVALID_STEP');
    await expectCode(service.decide(sessionId, 'q-req-2', { action: 'edit', text: ' ' }), 'BAD_REQUEST');
  });

  it('runs the happy path: strong answer, bullet, accept, true gap, tailored CV with a higher score', async () => {
    const { service, reasoner, events } = start();
    const { sessionId } = await service.createSession({ cv, jobText });

    const first = await service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG, turn: 0 });
    expect(first.evaluation.score).toBe(10);
    expect(first.next.kind).toBe('bullet');
    expect(first.question.status).toBe('awaiting-decision');
    expect(first.question.attempts).toBe(1);
    if (first.next.kind !== 'bullet') throw new Error('expected a bullet');
    expect(first.next.review.passed).toBe(true);

    const decided = await service.decide(sessionId, 'q-req-2', { action: 'accept' });
    expect(decided.question.status).toBe('accepted');

    const gap = await service.submitAnswer(sessionId, 'q-req-3', {
      answer: 'Honestly I have no experience with it.',
    });
    expect(gap.next.kind).toBe('true-gap');
    expect(gap.question.status).toBe('true-gap');
    expect(gap.question.bullet).toBeUndefined();

    const result = await service.getResult(sessionId);
    expect(result.accepted).toBe(1);
    expect(result.resume.work?.[0]?.highlights).toContain(first.next.bullet.text);
    expect(result.resume.skills?.flatMap((skill) => skill.keywords ?? [])).toContain('Kubernetes');
    expect(result.markdown).toContain(first.next.bullet.text);
    expect(result.trueGaps.map((trueGap) => trueGap.gapId)).toEqual(['req-3']);
    expect(result.scoreBefore).toBe(33);
    expect(result.scoreAfter).toBe(67);
    expect(events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['answer.evaluated', 'bullet.generated', 'bullet.decided', 'true-gap.recorded']),
    );
    expect(JSON.stringify(events)).not.toContain('12 services');
    // Evaluate → generate → review: the candidate waits for three sequential calls.
    expect(
      reasoner.calls.slice(
        reasoner.calls.indexOf('evaluateAnswer'),
        reasoner.calls.indexOf('evaluateAnswer') + 3,
      ),
    ).toEqual(['evaluateAnswer', 'generateBullet', 'reviewBullet']);
  });

  it('asks follow-ups for a thin answer, then writes the bullet from both answers', async () => {
    const { service } = start();
    const { sessionId } = await service.createSession({ cv, jobText });

    const thin = await service.submitAnswer(sessionId, 'q-req-2', { answer: 'Kubernetes a bit' });
    expect(thin.next.kind).toBe('follow-up');
    expect(thin.question.status).toBe('awaiting-follow-up');
    if (thin.next.kind !== 'follow-up') throw new Error('expected follow-ups');
    expect(thin.next.followUps.map((f) => f.element)).toEqual(['specificity', 'ownership', 'impact']);

    const better = await service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG, turn: 1 });
    expect(better.next.kind).toBe('bullet');
    expect(better.question.turns.map((turn) => turn.answer)).toEqual(['Kubernetes a bit', STRONG]);
    expect(better.question.turns[1]?.prompt).toContain('Tell me more about specificity.');
  });

  it('writes a bullet after the last deep-dive round even when answers stay thin', async () => {
    const { service } = start({ maxDeepDiveRounds: 1 });
    const { sessionId } = await service.createSession({ cv, jobText });
    expect((await service.submitAnswer(sessionId, 'q-req-2', { answer: 'some' })).next.kind).toBe(
      'follow-up',
    );
    expect((await service.submitAnswer(sessionId, 'q-req-2', { answer: 'more' })).next.kind).toBe('bullet');
  });

  it('refines a failing bullet until the budget is spent, then lets the candidate decide', async () => {
    const reasoner = createScriptedReasoner();
    // A bullet with a number nobody said fails grounding every time.
    const original = reasoner.generateBullet.bind(reasoner);
    reasoner.generateBullet = async (input) => ({
      ...(await original(input)),
      text: 'Cut costs by 99 percent',
    });
    const { service } = start({ maxRefinements: 2 }, reasoner);
    const { sessionId } = await service.createSession({ cv, jobText });

    const answered = await service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG });
    expect(answered.question.attempts).toBe(3);
    expect(reasoner.calls.filter((call) => call === 'refineBullet')).toHaveLength(2);
    if (answered.next.kind !== 'bullet') throw new Error('expected a bullet');
    expect(answered.next.review).toMatchObject({ grounded: false, passed: false, score: 0 });
    // An ungrounded bullet cannot be accepted as it is.
    await expectCode(service.decide(sessionId, 'q-req-2', { action: 'accept' }), 'INVALID_STEP');
    expect((await service.getQuestion(sessionId, 'q-req-2')).status).toBe('awaiting-decision');
  });

  it('refuses an ungrounded edit and saves nothing; a grounded edit is reviewed and kept', async () => {
    const { service } = start();
    const { sessionId } = await service.createSession({ cv, jobText });
    await service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG });

    await expectCode(
      service.decide(sessionId, 'q-req-2', { action: 'edit', text: 'Migrated 50 services to Kubernetes' }),
      'INVALID_STEP',
    );
    const unchanged = await service.getQuestion(sessionId, 'q-req-2');
    expect(unchanged.status).toBe('awaiting-decision');
    expect(unchanged.bullet?.text).not.toContain('50 services');

    const edited = await service.decide(sessionId, 'q-req-2', {
      action: 'edit',
      text: 'Migrated 12 services to Kubernetes, cutting deploy time by 40%',
    });
    expect(edited.question.status).toBe('edited');
    expect(edited.review?.grounded).toBe(true);
    expect(edited.bullet?.text).toBe('Migrated 12 services to Kubernetes, cutting deploy time by 40%');
    const result = await service.getResult(sessionId);
    expect(result.resume.work?.[0]?.highlights).toContain(
      'Migrated 12 services to Kubernetes, cutting deploy time by 40%',
    );
  });

  it('records a rejection and leaves the bullet out of the CV', async () => {
    const { service } = start();
    const { sessionId } = await service.createSession({ cv, jobText });
    await service.submitAnswer(sessionId, 'q-req-3', { answer: STRONG_KAFKA });
    const rejected = await service.decide(sessionId, 'q-req-3', { action: 'reject' });
    expect(rejected.question.status).toBe('rejected');
    await expectCode(service.decide(sessionId, 'q-req-3', { action: 'accept' }), 'INVALID_STEP');
    expect((await service.getResult(sessionId)).accepted).toBe(0);
  });

  it('rejects blank answers and answers to a question that is not waiting for one', async () => {
    const { service } = start();
    const { sessionId } = await service.createSession({ cv, jobText });
    await expectCode(service.submitAnswer(sessionId, 'q-req-2', { answer: '   ' }), 'EMPTY_ANSWER');
    expect((await service.getQuestion(sessionId, 'q-req-2')).turns).toEqual([]);
    await service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG });
    await expectCode(service.submitAnswer(sessionId, 'q-req-2', { answer: 'another story' }), 'INVALID_STEP');
    await expectCode(service.submitAnswer(sessionId, 'q-nope', { answer: 'x' }), 'QUESTION_NOT_FOUND');
    await expectCode(
      service.submitAnswer('no-such-session', 'q-req-2', { answer: 'x' }),
      'SESSION_NOT_FOUND',
    );
  });

  it('lets exactly one of two concurrent answers to one question win', async () => {
    const { service, store } = start();
    const { sessionId } = await service.createSession({ cv, jobText });
    const versionBefore = (await store.get(sessionId))?.version ?? -1;

    const outcomes = await Promise.allSettled([
      service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG }),
      service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG }),
    ]);
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(
      isGapwiseError(lost[0]?.status === 'rejected' ? lost[0].reason : undefined, 'ANSWER_CONFLICT'),
    ).toBe(true);
    const question = await service.getQuestion(sessionId, 'q-req-2');
    expect(question.turns).toHaveLength(1);
    expect((await store.get(sessionId))?.version).toBe(versionBefore + 1);
  });

  it('answers 409 for a stale turn and for the same answer sent again after the question moved on', async () => {
    const { service } = start();
    const { sessionId } = await service.createSession({ cv, jobText });
    await service.submitAnswer(sessionId, 'q-req-2', { answer: 'Kubernetes a bit', turn: 0 });
    await expectCode(
      service.submitAnswer(sessionId, 'q-req-2', { answer: 'again', turn: 0 }),
      'ANSWER_CONFLICT',
    );
    await expectCode(
      service.submitAnswer(sessionId, 'q-req-2', { answer: 'Kubernetes a bit' }),
      'ANSWER_CONFLICT',
    );
    expect((await service.getQuestion(sessionId, 'q-req-2')).turns).toHaveLength(1);
  });

  it('announces each slow stage of an answer step before its result, with ids and stages only', async () => {
    const { service, reasoner, events } = start();
    const { sessionId } = await service.createSession({ cv, jobText });
    const stepEvents = () =>
      events
        .slice(events.findIndex((event) => event.type === 'session.ready') + 1)
        .map((event) => [event.type, event.data?.stage ?? event.data?.step ?? null]);

    await service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG });
    expect(stepEvents()).toEqual([
      ['step.started', 'answer'],
      ['step.progress', 'evaluating-answer'],
      ['step.progress', 'drafting-bullet'],
      ['step.progress', 'reviewing-bullet'],
      ['answer.evaluated', null],
      ['bullet.generated', null],
    ]);
    expect(events.at(-3)?.data).toEqual({ questionId: 'q-req-2', stage: 'reviewing-bullet', attempt: 1 });
    expect(JSON.stringify(events)).not.toContain('12 services');

    // A step that fails says so, with the error's code only, so a waiting screen does not hang on a stage.
    events.length = 0;
    reasoner.failNext('evaluateAnswer');
    await expect(service.submitAnswer(sessionId, 'q-req-3', { answer: STRONG_KAFKA })).rejects.toThrow();
    expect(events.map((event) => [event.type, event.data])).toEqual([
      ['step.started', { questionId: 'q-req-3', step: 'answer', turn: 1 }],
      ['step.progress', { questionId: 'q-req-3', stage: 'evaluating-answer' }],
      ['step.failed', { questionId: 'q-req-3', step: 'answer', code: 'INTERNAL' }],
    ]);
  });

  it('leaves the question unchanged when the reasoner fails, and the same answer can be sent again', async () => {
    const { service, reasoner } = start();
    const { sessionId } = await service.createSession({ cv, jobText });

    reasoner.failNext('evaluateAnswer');
    await expect(service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG })).rejects.toThrow(
      /scripted failure/,
    );
    let question = await service.getQuestion(sessionId, 'q-req-2');
    expect(question.status).toBe('awaiting-answer');
    expect(question.turns).toEqual([]);

    // A failure later in the step (after the bullet was drafted) is rolled back as a whole too.
    reasoner.failNext('reviewBullet');
    await expect(service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG, turn: 0 })).rejects.toThrow();
    question = await service.getQuestion(sessionId, 'q-req-2');
    expect(question.status).toBe('awaiting-answer');
    expect(question.bullet).toBeUndefined();

    const retried = await service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG, turn: 0 });
    expect(retried.next.kind).toBe('bullet');
    expect(retried.question.turns).toHaveLength(1);
  });

  it('fails session creation cleanly when the analysis fails, leaving nothing behind', async () => {
    const { service, reasoner, db } = start();
    reasoner.failNext('analyseGaps');
    await expect(service.createSession({ cv, jobText })).rejects.toThrow(/scripted failure/);
    expect(await service.listSessions()).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM checkpoints').get()).toEqual({ n: 0 });
  });

  it('continues a session from a new service instance on the same SQLite files', async () => {
    const first = start();
    const { sessionId, token } = await first.service.createSession({ cv, jobText });
    await first.service.submitAnswer(sessionId, 'q-req-2', { answer: 'Kubernetes a bit' });
    await first.close();

    const second = start();
    const resumed = await second.service.getSession(sessionId);
    expect(resumed.questions.map((q) => q.status)).toEqual(['awaiting-follow-up', 'awaiting-answer']);
    expect(await second.service.verifyToken(sessionId, token)).toBe(true);
    const answered = await second.service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG, turn: 1 });
    expect(answered.next.kind).toBe('bullet');
    await second.service.decide(sessionId, 'q-req-2', { action: 'accept' });
    expect((await second.service.getResult(sessionId)).accepted).toBe(1);
  });

  it('deletes the session and every checkpoint thread it owns', async () => {
    const { service, db, store } = start();
    const { sessionId } = await service.createSession({ cv, jobText });
    const other = await service.createSession({ cv, jobText });
    await service.submitAnswer(sessionId, 'q-req-2', { answer: STRONG });
    const rowsOf = (id: string) =>
      db
        .prepare('SELECT COUNT(*) AS n FROM checkpoints WHERE thread_id = ? OR thread_id LIKE ?')
        .get(id, `${id}:%`);
    expect(rowsOf(sessionId)).not.toEqual({ n: 0 });

    await service.deleteSession(sessionId);
    expect(rowsOf(sessionId)).toEqual({ n: 0 });
    expect(
      db.prepare('SELECT COUNT(*) AS n FROM writes WHERE thread_id LIKE ?').get(`${sessionId}%`),
    ).toEqual({
      n: 0,
    });
    expect(await store.get(sessionId)).toBeUndefined();
    await expectCode(service.getSession(sessionId), 'SESSION_NOT_FOUND');
    await expectCode(service.deleteSession(sessionId), 'SESSION_NOT_FOUND');
    // The other session is untouched.
    expect((await service.getSession(other.sessionId)).questions).toHaveLength(2);
    expect((await service.listSessions()).map((s) => s.id)).toEqual([other.sessionId]);
  });

  it('extends the ttl, and treats an expired session as not found', async () => {
    const { service } = start({ ttlSeconds: 1 });
    const { sessionId, token } = await service.createSession({ cv, jobText });
    const extended = await service.extendTtl(sessionId, 60);
    expect(Date.parse(extended.expiresAt)).toBeGreaterThan(Date.now() + 30_000);

    const short = await service.createSession({ cv, jobText });
    await new Promise((resolve) => setTimeout(resolve, 1300));
    await expectCode(service.getSession(short.sessionId), 'SESSION_NOT_FOUND');
    expect(await service.verifyToken(short.sessionId, short.token)).toBe(false);
    await expectCode(service.extendTtl(short.sessionId), 'SESSION_NOT_FOUND');
    expect(await service.verifyToken(sessionId, token)).toBe(true);
  });
});
