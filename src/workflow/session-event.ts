/**
 * A progress event of one session (for the events stream and metrics). `data` carries ids,
 * stage names, counts and scores only: never CV text or answers.
 *
 * Types: `analysis.started`, `step.progress` ({ stage, total? } while a session is created),
 * `analysis.done`, `question.generated` ({ questionId, gapId, done, total }), `session.ready`,
 * `analysis.failed`; per question: `step.started` ({ questionId, step }), `step.progress`
 * ({ questionId, stage, attempt? }, published before each slow call), then `answer.evaluated`,
 * `follow-up.asked`, `bullet.generated`, `true-gap.recorded` or `bullet.decided`, or
 * `step.failed` ({ questionId, step, code }); `session.extended`, `session.deleted`.
 */
export interface SessionEvent {
  sessionId: string;
  /** `analysis.started`, `step.progress`, `question.generated`, `answer.evaluated`, … */
  type: string;
  /** ISO time. */
  at: string;
  data?: Record<string, unknown>;
}

/** Receives session events; must not throw (a failing listener must not fail a step). */
export type SessionEventListener = (event: SessionEvent) => void;
