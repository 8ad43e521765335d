/**
 * A progress event of one session (for the events stream and metrics). `data` carries ids,
 * counts and scores only: never CV text or answers.
 */
export interface SessionEvent {
  sessionId: string;
  /** `analysis.started`, `analysis.done`, `question.generated`, `answer.evaluated`, … */
  type: string;
  /** ISO time. */
  at: string;
  data?: Record<string, unknown>;
}

/** Receives session events; must not throw (a failing listener must not fail a step). */
export type SessionEventListener = (event: SessionEvent) => void;
