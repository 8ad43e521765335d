import { Annotation } from '@langchain/langgraph';
import type {
  AnswerEvaluation,
  AnswerTurn,
  Bullet,
  BulletReview,
  DeepDive,
  Gap,
  Question,
  TrueGapAdvice,
} from '../domain/index.js';

/** How a question ended. */
export type QuestionOutcome = 'accepted' | 'edited' | 'rejected' | 'true-gap';

/** The candidate's decision on a generated bullet. */
export interface BulletDecision {
  action: 'accept' | 'edit' | 'reject';
  /** The edited bullet text, for `edit`. */
  text?: string;
}

/**
 * State of one question's graph (thread id = `<session id>:<question id>`). It holds only what
 * belongs to this question; the CV and job come from the session thread at run time, so they
 * are not copied into every question's checkpoints.
 */
export const QuestionState = Annotation.Root({
  gap: Annotation<Gap>,
  question: Annotation<Question>,
  /** Every answer, to the question and to follow-ups, oldest first. */
  turns: Annotation<AnswerTurn[]>({
    reducer: (current, update) => current.concat(update),
    default: () => [],
  }),
  evaluation: Annotation<AnswerEvaluation | undefined>,
  /** Follow-up rounds asked so far. */
  deepDiveRounds: Annotation<number>({ reducer: (_current, update) => update, default: () => 0 }),
  followUps: Annotation<DeepDive['followUps'] | undefined>,
  bullet: Annotation<Bullet | undefined>,
  review: Annotation<BulletReview | undefined>,
  /** Bullet drafts written (the first plus refinements). */
  attempts: Annotation<number>({ reducer: (_current, update) => update, default: () => 0 }),
  advice: Annotation<TrueGapAdvice | undefined>,
  decision: Annotation<BulletDecision | undefined>,
  outcome: Annotation<QuestionOutcome | undefined>,
});

/** The question graph's state as nodes read it. */
export type QuestionStateValue = typeof QuestionState.State;
/** A partial update a question node returns. */
export type QuestionStateUpdate = typeof QuestionState.Update;
