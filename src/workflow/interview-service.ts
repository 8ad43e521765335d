import { Command } from '@langchain/langgraph';
import type { BaseCheckpointSaver } from '@langchain/langgraph-checkpoint';
import { detectInterviewLanguage } from '../analysis/document-language.js';
import {
  type AnswerEvaluation,
  type Bullet,
  type BulletReview,
  type CvDocument,
  DEFAULT_INTERVIEW_LANGUAGE,
  type DeepDive,
  type GapReport,
  type InterviewLanguage,
  type Job,
  type Question,
  type Resume,
  type TrueGapAdvice,
} from '../domain/index.js';
import { GapwiseError } from '../errors/index.js';
import type { Reasoner } from '../reasoning/reasoner.js';
import { holdLock } from '../state/lock-heartbeat.js';
import type { SessionRecord, SessionStore } from '../state/session-store.js';
import { buildQuestionGraph } from './question-graph.js';
import type { BulletDecision, QuestionStateValue } from './question-state.js';
import { type QuestionView, toQuestionView, unansweredQuestionView } from './question-view.js';
import { resumeToMarkdown } from './result/resume-markdown.js';
import { tailorCvDocument } from './result/tailor-cv-document.js';
import type { TrueGap } from './result/true-gap.js';
import type { SessionEvent, SessionEventListener } from './session-event.js';
import { buildSessionGraph } from './session-graph.js';
import type { SessionStateValue } from './session-state.js';
import { hashToken, newSecret, tokenMatches } from './session-token.js';
import { isStageProgress, type StageProgress } from './stage-progress.js';
import { stageThread } from './staged-checkpoint-run.js';
import { DEFAULT_WORKFLOW_CONFIG, type WorkflowConfig } from './workflow-config.js';
import type { QuestionRunContextValue } from './workflow-context.js';

/** How long a question's lock outlives its holder; renewed while the step runs (slow model calls). */
const QUESTION_LOCK_MS = 30_000;

/** What the interview service is built from. */
export interface InterviewServiceDeps {
  reasoner: Reasoner;
  /** Durable LangGraph checkpointer: SQLite on one machine, Redis for several. */
  checkpointer: BaseCheckpointSaver;
  sessionStore: SessionStore;
  config: WorkflowConfig;
  onEvent?: (event: SessionEvent) => void;
  /** Removes every checkpoint thread of a session; default: deletes the threads the session knows. */
  deleteThreads?: (sessionId: string) => Promise<void>;
  /** TTL of a question's lock, renewed at a third of it while a step runs; default 30 s. */
  questionLockMs?: number;
}

/** Input of a new session: the ingested CV and the job text. */
export interface CreateSessionInput {
  cv: CvDocument;
  jobText: string;
  jobTitle?: string;
  company?: string;
  /** The interview's language; absent: the language of the CV (else the job). */
  language?: InterviewLanguage;
}

/** Per-call options of `createSession`. */
export interface CreateSessionOptions {
  /**
   * Also receives this creation's progress events, as they happen (the HTTP layer forwards them
   * to a stream the client opened before the session id existed). Must not throw.
   */
  onProgress?: SessionEventListener;
}

/** A session as its owner sees it. */
export interface SessionView {
  id: string;
  engine: string;
  createdAt: string;
  expiresAt: string;
  /** Moves on every change; clients can use it to notice changes. */
  version: number;
  /** The language the questions, feedback and advice are written in. */
  language: InterviewLanguage;
  report: GapReport;
  scoreBefore: number;
  questions: QuestionView[];
}

/** What comes after an answer. */
export type NextStep =
  | { kind: 'follow-up'; followUps: DeepDive['followUps'] }
  | { kind: 'bullet'; bullet: Bullet; review: BulletReview }
  | { kind: 'true-gap'; advice: TrueGapAdvice };

/** The outcome of one answer. */
export interface AnswerResult {
  evaluation: AnswerEvaluation;
  next: NextStep;
  question: QuestionView;
}

/** The outcome of a decision on a bullet. */
export interface DecisionResult {
  question: QuestionView;
  bullet?: Bullet;
  review?: BulletReview;
}

/** The tailored CV and what the interview changed. */
export interface InterviewResult {
  resume: Resume;
  markdown: string;
  scoreBefore: number;
  scoreAfter: number;
  /** Bullets accepted or edited into the CV. */
  accepted: number;
  trueGaps: TrueGap[];
}

/** A live session in a listing (no token hash). */
export interface SessionSummary {
  id: string;
  engine: string;
  createdAt: string;
  expiresAt: string;
}

/** The interview, as the CLI and the HTTP API use it. */
export interface InterviewService {
  createSession(
    input: CreateSessionInput,
    options?: CreateSessionOptions,
  ): Promise<{ sessionId: string; token: string; session: SessionView }>;
  verifyToken(sessionId: string, token: string): Promise<boolean>;
  getSession(sessionId: string): Promise<SessionView>;
  getQuestion(sessionId: string, questionId: string): Promise<QuestionView>;
  submitAnswer(
    sessionId: string,
    questionId: string,
    input: { answer: string; turn?: number },
  ): Promise<AnswerResult>;
  decide(sessionId: string, questionId: string, decision: BulletDecision): Promise<DecisionResult>;
  getResult(sessionId: string): Promise<InterviewResult>;
  extendTtl(sessionId: string, ttlSeconds?: number): Promise<SessionSummary>;
  deleteSession(sessionId: string): Promise<void>;
  listSessions(): Promise<SessionSummary[]>;
}

/** The session thread's values once the session graph finished, questions in gap order. */
interface SessionData {
  sessionId: string;
  cv: CvDocument;
  job: Job;
  language: InterviewLanguage;
  report: GapReport;
  questions: Question[];
}

const questionThread = (sessionId: string, questionId: string) => `${sessionId}:${questionId}`;
const threadConfig = (threadId: string) => ({ configurable: { thread_id: threadId } });

const notFound = (sessionId: string) =>
  new GapwiseError('SESSION_NOT_FOUND', {
    message: 'No such session: it never existed, was deleted, or has expired.',
    details: { sessionId },
  });

const summary = (record: SessionRecord): SessionSummary => ({
  id: record.id,
  engine: record.engine,
  createdAt: record.createdAt,
  expiresAt: record.expiresAt,
});

/**
 * The adaptive interview on LangGraph: a session graph (parse → analyse → questions in
 * parallel) and one graph per question (answer → evaluate → deep-dive or bullet → review →
 * refine → decision). Every step runs staged and is checkpointed only when it succeeded;
 * steps on one question are serialised by a store lock shared by all servers.
 * @example
 * const service = createInterviewService({ reasoner, checkpointer, sessionStore, config });
 * const { sessionId, session } = await service.createSession({ cv, jobText });
 * const q = session.questions[0];
 * const { next } = await service.submitAnswer(sessionId, q.id, { answer: 'At Acme I …' });
 */
export function createInterviewService(deps: InterviewServiceDeps): InterviewService {
  const { reasoner, checkpointer, sessionStore, onEvent } = deps;
  const config: WorkflowConfig = { ...DEFAULT_WORKFLOW_CONFIG, ...deps.config };
  const workflowDeps = { reasoner, config };
  const sessionGraph = buildSessionGraph(workflowDeps);
  const questionGraph = buildQuestionGraph(workflowDeps);
  // Readers: compiled once against the durable checkpointer. Runs compile against a staged copy.
  const sessionReader = sessionGraph.compile({ checkpointer });
  const questionReader = questionGraph.compile({ checkpointer });

  const emit = (
    sessionId: string,
    type: string,
    data?: Record<string, unknown>,
    alsoTo?: SessionEventListener,
  ) => {
    const event = { sessionId, type, at: new Date().toISOString(), ...(data ? { data } : {}) };
    for (const listener of [onEvent, alsoTo]) {
      try {
        listener?.(event);
      } catch {
        // A failing listener must not fail the candidate's step.
      }
    }
  };

  const requireRecord = async (sessionId: string): Promise<SessionRecord> => {
    const record = await sessionStore.get(sessionId);
    if (!record) throw notFound(sessionId);
    return record;
  };

  const readSession = async (sessionId: string): Promise<SessionData> => {
    const snapshot = await sessionReader.getState(threadConfig(sessionId));
    const values = snapshot.values as Partial<SessionStateValue>;
    if (!values.cv || !values.job || !values.report) throw notFound(sessionId);
    return {
      sessionId,
      cv: values.cv,
      job: values.job,
      language: values.language ?? DEFAULT_INTERVIEW_LANGUAGE,
      report: values.report,
      questions: orderedQuestions(values.report, values.questions ?? []),
    };
  };

  /** The question and its gap as the session graph wrote them. */
  const findQuestion = (session: SessionData, questionId: string) => {
    const question = session.questions.find((candidate) => candidate.id === questionId);
    const gap = question && session.report.gaps.find((candidate) => candidate.id === question.gapId);
    if (!question || !gap) {
      throw new GapwiseError('QUESTION_NOT_FOUND', {
        message: 'This session has no such question.',
        details: { sessionId: session.sessionId, questionId },
      });
    }
    return { question, gap };
  };

  /**
   * A question's view. Its thread starts with its first answer (so creating a session costs
   * no per-question checkpoint writes); until then it is simply waiting for that answer.
   */
  const readQuestion = async (session: SessionData, questionId: string): Promise<QuestionView> => {
    const { question, gap } = findQuestion(session, questionId);
    const snapshot = await questionReader.getState(
      threadConfig(questionThread(session.sessionId, questionId)),
    );
    if ((snapshot.values as Partial<QuestionStateValue>).question) return toQuestionView(snapshot);
    return unansweredQuestionView(question, gap);
  };

  /**
   * Runs one step of a question's graph staged; durable only if the whole step succeeded.
   * `onStage` hears each slow stage as a node enters it (LangGraph's `custom` stream).
   */
  const runQuestionStep = async (
    session: SessionData,
    questionId: string,
    resume: string | BulletDecision,
    onStage: (progress: StageProgress) => void,
  ): Promise<QuestionView> => {
    const threadId = questionThread(session.sessionId, questionId);
    const staged = await stageThread(checkpointer, threadId);
    const graph = questionGraph.compile({ checkpointer: staged.saver });
    const context: QuestionRunContextValue = {
      session: {
        sessionId: session.sessionId,
        cv: session.cv,
        job: session.job,
        language: session.language,
      },
    };
    const options = { ...threadConfig(threadId), context, durability: 'exit' as const };
    // First answer: start the thread (it runs to the interrupt that awaits the answer) in the
    // same staged run, so starting and answering land together or not at all.
    if (!staged.existed) await graph.invoke(findQuestion(session, questionId), options);
    const stream = await graph.stream(new Command({ resume }), { ...options, streamMode: 'custom' });
    for await (const chunk of stream) if (isStageProgress(chunk)) onStage(chunk);
    await staged.commit();
    return toQuestionView(await graph.getState(threadConfig(threadId)));
  };

  const orderedQuestions = (report: GapReport, questions: Question[]): Question[] => {
    const rank = new Map(report.gaps.map((gap, index) => [gap.id, index]));
    const unique = new Map(questions.map((question) => [question.id, question]));
    return [...unique.values()].sort((a, b) => (rank.get(a.gapId) ?? 0) - (rank.get(b.gapId) ?? 0));
  };

  const bumpVersion = async (sessionId: string) => {
    // Different questions of one session may finish at once: retry the compare-and-set.
    for (let attempt = 0; attempt < 10; attempt++) {
      const record = await sessionStore.get(sessionId);
      if (!record || (await sessionStore.bumpVersion(sessionId, record.version))) return;
    }
  };

  /** Holds the question's lock for `work`; a busy lock is a concurrent change: 409. */
  const withQuestionLock = async <T>(
    sessionId: string,
    questionId: string,
    work: () => Promise<T>,
  ): Promise<T> => {
    const release = await holdLock(sessionStore, questionThread(sessionId, questionId), {
      ttlMs: deps.questionLockMs ?? QUESTION_LOCK_MS,
    });
    if (!release) {
      throw new GapwiseError('ANSWER_CONFLICT', {
        message: 'Another change to this question is in progress. Reload it and try again.',
        details: { sessionId, questionId },
      });
    }
    try {
      return await work();
    } finally {
      await release();
    }
  };

  const deleteKnownThreads = async (sessionId: string, questionIds: string[]) => {
    if (deps.deleteThreads) {
      await deps.deleteThreads(sessionId);
      return;
    }
    for (const threadId of [sessionId, ...questionIds.map((id) => questionThread(sessionId, id))]) {
      await checkpointer.deleteThread(threadId);
    }
  };

  const viewOf = async (record: SessionRecord): Promise<SessionView> => {
    const session = await readSession(record.id);
    return {
      ...summary(record),
      version: record.version,
      language: session.language,
      report: session.report,
      scoreBefore: session.report.matchScore,
      questions: await Promise.all(session.questions.map((question) => readQuestion(session, question.id))),
    };
  };

  return {
    async createSession({ cv, jobText, jobTitle, company, language: chosen }, { onProgress } = {}) {
      const sessionId = newSecret();
      // Detected once, here: every later step of the session reads it from the session thread.
      const language = chosen ?? detectInterviewLanguage({ cvText: cv.plainText, jobText });
      const token = newSecret();
      const report = (type: string, data?: Record<string, unknown>) =>
        emit(sessionId, type, data, onProgress);
      let questionsDone = 0;
      let questionsTotal = 0;
      report('analysis.started');
      try {
        const staged = await stageThread(checkpointer, sessionId);
        const graph = sessionGraph.compile({ checkpointer: staged.saver });
        const stream = await graph.stream(
          { sessionId, cv, jobText, jobTitle, company, language },
          { ...threadConfig(sessionId), streamMode: ['updates', 'custom'], durability: 'exit' },
        );
        for await (const [mode, chunk] of stream) {
          if (mode === 'custom') {
            if (isStageProgress(chunk)) report('step.progress', { ...chunk });
            continue;
          }
          const update = chunk as Record<string, Partial<SessionStateValue> | undefined>;
          const gapReport = update.analyseGaps?.report;
          if (gapReport) {
            report('analysis.done', { matchScore: gapReport.matchScore, gaps: gapReport.gaps.length });
            // The question branches start now, in parallel: one stage, with a count to fill.
            questionsTotal = Math.min(gapReport.gaps.length, Math.max(0, config.maxQuestions));
            if (questionsTotal > 0)
              report('step.progress', { stage: 'writing-questions', total: questionsTotal });
          }
          for (const question of update.generateQuestion?.questions ?? []) {
            questionsDone += 1;
            report('question.generated', {
              questionId: question.id,
              gapId: question.gapId,
              done: questionsDone,
              total: questionsTotal,
            });
          }
        }
        await staged.commit();
        const record = await sessionStore.create(
          {
            id: sessionId,
            tokenHash: hashToken(token),
            engine: reasoner.name,
            createdAt: new Date().toISOString(),
          },
          config.ttlSeconds,
        );
        const session = await viewOf(record);
        report('session.ready', { questions: session.questions.length });
        return { sessionId, token, session };
      } catch (error) {
        report('analysis.failed', { code: errorCode(error) });
        // Nothing was committed unless the graph finished; if the store write failed, drop the thread.
        await deleteKnownThreads(sessionId, []).catch(() => undefined);
        throw error;
      }
    },

    async verifyToken(sessionId, token) {
      const record = await sessionStore.get(sessionId);
      return record !== undefined && typeof token === 'string' && tokenMatches(token, record.tokenHash);
    },

    async getSession(sessionId) {
      return viewOf(await requireRecord(sessionId));
    },

    async getQuestion(sessionId, questionId) {
      await requireRecord(sessionId);
      return readQuestion(await readSession(sessionId), questionId);
    },

    async submitAnswer(sessionId, questionId, { answer, turn }) {
      if (typeof answer !== 'string' || answer.trim() === '') {
        throw new GapwiseError('EMPTY_ANSWER', {
          message: 'The answer is empty. Say what you did, in a sentence or two.',
        });
      }
      await requireRecord(sessionId);
      return withQuestionLock(sessionId, questionId, async () => {
        const session = await readSession(sessionId);
        const before = await readQuestion(session, questionId);
        const recorded = before.turns.length;
        if (turn !== undefined && turn !== recorded) {
          throw new GapwiseError('ANSWER_CONFLICT', {
            message: `This question already has ${recorded} answer(s), not ${turn}: it changed meanwhile. Reload it.`,
            details: { sessionId, questionId, recorded },
          });
        }
        if (turn === undefined && before.turns.at(-1)?.answer.trim() === answer.trim()) {
          throw new GapwiseError('ANSWER_CONFLICT', {
            message: 'This answer was already recorded for this question (sent twice?).',
            details: { sessionId, questionId, recorded },
          });
        }
        if (before.status !== 'awaiting-answer' && before.status !== 'awaiting-follow-up') {
          throw new GapwiseError('INVALID_STEP', {
            message: `This question is not waiting for an answer (it is ${before.status}).`,
            details: { sessionId, questionId, status: before.status },
          });
        }
        const step = { questionId, step: 'answer' } as const;
        emit(sessionId, 'step.started', { ...step, turn: recorded + 1 });
        const question = await runQuestionStep(session, questionId, answer, (progress) =>
          emit(sessionId, 'step.progress', { questionId, ...progress }),
        ).catch((error: unknown) => {
          emit(sessionId, 'step.failed', { ...step, code: errorCode(error) });
          throw error;
        });
        const evaluation = question.evaluation;
        if (!evaluation) throw new GapwiseError('INTERNAL', { message: 'The answer was not evaluated.' });
        emit(sessionId, 'answer.evaluated', {
          questionId,
          score: evaluation.score,
          missing: evaluation.missing,
          noExperience: evaluation.noExperience,
        });
        const next = nextStep(question);
        if (next.kind === 'follow-up')
          emit(sessionId, 'follow-up.asked', { questionId, count: next.followUps.length });
        if (next.kind === 'bullet') {
          emit(sessionId, 'bullet.generated', {
            questionId,
            score: next.review.score,
            passed: next.review.passed,
            attempts: question.attempts,
          });
        }
        if (next.kind === 'true-gap') emit(sessionId, 'true-gap.recorded', { questionId });
        await bumpVersion(sessionId);
        return { evaluation, next, question };
      });
    },

    async decide(sessionId, questionId, { action, text }) {
      if (action === 'edit' && (typeof text !== 'string' || text.trim() === '')) {
        throw new GapwiseError('BAD_REQUEST', { message: 'An edit needs the new bullet text.' });
      }
      await requireRecord(sessionId);
      return withQuestionLock(sessionId, questionId, async () => {
        const session = await readSession(sessionId);
        const before = await readQuestion(session, questionId);
        if (before.status !== 'awaiting-decision') {
          throw new GapwiseError('INVALID_STEP', {
            message: `This question has no bullet waiting for a decision (it is ${before.status}).`,
            details: { sessionId, questionId, status: before.status },
          });
        }
        const decision: BulletDecision = action === 'edit' ? { action, text: text?.trim() } : { action };
        const step = { questionId, step: 'decision' } as const;
        emit(sessionId, 'step.started', step);
        const question = await runQuestionStep(session, questionId, decision, (progress) =>
          emit(sessionId, 'step.progress', { questionId, ...progress }),
        ).catch((error: unknown) => {
          emit(sessionId, 'step.failed', { ...step, code: errorCode(error) });
          throw error;
        });
        emit(sessionId, 'bullet.decided', { questionId, action, status: question.status });
        await bumpVersion(sessionId);
        return {
          question,
          ...(question.bullet ? { bullet: question.bullet } : {}),
          ...(question.review ? { review: question.review } : {}),
        };
      });
    },

    async getResult(sessionId) {
      await requireRecord(sessionId);
      const session = await readSession(sessionId);
      const views = await Promise.all(
        session.questions.map((question) => readQuestion(session, question.id)),
      );
      const bullets = views
        .filter((view) => view.status === 'accepted' || view.status === 'edited')
        .flatMap((view) => (view.bullet ? [view.bullet] : []));
      const trueGaps: TrueGap[] = views.flatMap((view) =>
        view.status === 'true-gap' && view.advice
          ? [{ gapId: view.gapId, requirement: view.requirement, advice: view.advice }]
          : [],
      );
      const tailored = tailorCvDocument(session.cv, bullets);
      const after = await reasoner.analyseGaps({ cv: tailored, job: session.job });
      return {
        resume: tailored.resume,
        markdown: resumeToMarkdown(tailored.resume),
        scoreBefore: session.report.matchScore,
        scoreAfter: after.matchScore,
        accepted: bullets.length,
        trueGaps,
      };
    },

    async extendTtl(sessionId, ttlSeconds = config.ttlSeconds) {
      const record = await sessionStore.extend(sessionId, ttlSeconds);
      if (!record) throw notFound(sessionId);
      emit(sessionId, 'session.extended', { expiresAt: record.expiresAt });
      return summary(record);
    },

    async deleteSession(sessionId) {
      const snapshot = await sessionReader.getState(threadConfig(sessionId));
      const values = snapshot.values as Partial<SessionStateValue>;
      const questionIds = (values.questions ?? []).map((question) => question.id);
      const existed = await sessionStore.delete(sessionId);
      await deleteKnownThreads(sessionId, questionIds);
      if (!existed && !values.report) throw notFound(sessionId);
      emit(sessionId, 'session.deleted');
    },

    async listSessions() {
      return (await sessionStore.list()).map(summary);
    },
  };
}

/** A failure's stable code for progress events (never its message, which may quote input). */
function errorCode(error: unknown): string {
  return error instanceof GapwiseError ? error.code : 'INTERNAL';
}

/** The step that follows an answer, read from where the question's graph stopped. */
function nextStep(question: QuestionView): NextStep {
  if (question.status === 'true-gap' && question.advice) return { kind: 'true-gap', advice: question.advice };
  if (question.status === 'awaiting-follow-up' && question.followUps) {
    return { kind: 'follow-up', followUps: question.followUps };
  }
  if (question.status === 'awaiting-decision' && question.bullet && question.review) {
    return { kind: 'bullet', bullet: question.bullet, review: question.review };
  }
  throw new GapwiseError('INTERNAL', {
    message: `Unexpected question state after an answer: ${question.status}.`,
  });
}
