import type { StateSnapshot } from '@langchain/langgraph';
import type {
  AnswerEvaluation,
  AnswerTurn,
  Bullet,
  BulletReview,
  DeepDive,
  Gap,
  Question,
  Requirement,
  TrueGapAdvice,
} from '../domain/index.js';
import type { QuestionStateValue } from './question-state.js';

/** Where a question stands. */
export type QuestionStatus =
  | 'awaiting-answer'
  | 'awaiting-follow-up'
  | 'awaiting-decision'
  | 'accepted'
  | 'edited'
  | 'rejected'
  | 'true-gap';

/** One question as the candidate (its owner) sees it. */
export interface QuestionView {
  id: string;
  gapId: string;
  text: string;
  anchor?: string;
  requirement: Requirement;
  status: QuestionStatus;
  /** Every answer so far, oldest first. */
  turns: AnswerTurn[];
  evaluation?: AnswerEvaluation;
  /** The follow-ups of the last deep-dive round. */
  followUps?: DeepDive['followUps'];
  bullet?: Bullet;
  review?: BulletReview;
  advice?: TrueGapAdvice;
  /** Bullet drafts written (first draft plus refinements). */
  attempts: number;
}

/** The status of a question, read from where its graph stopped. */
export function questionStatus(snapshot: StateSnapshot): QuestionStatus {
  const values = snapshot.values as QuestionStateValue;
  if (values.outcome) return values.outcome;
  if (snapshot.next.includes('awaitDecision')) return 'awaiting-decision';
  return values.deepDiveRounds > 0 ? 'awaiting-follow-up' : 'awaiting-answer';
}

/** The view of one question from its thread's latest state. */
export function toQuestionView(snapshot: StateSnapshot): QuestionView {
  const values = snapshot.values as QuestionStateValue;
  const view: QuestionView = {
    id: values.question.id,
    gapId: values.gap.id,
    text: values.question.text,
    requirement: values.gap.requirement,
    status: questionStatus(snapshot),
    turns: values.turns ?? [],
    attempts: values.attempts ?? 0,
  };
  if (values.question.anchor) view.anchor = values.question.anchor;
  if (values.evaluation) view.evaluation = values.evaluation;
  if (values.followUps) view.followUps = values.followUps;
  if (values.bullet) view.bullet = values.bullet;
  if (values.review) view.review = values.review;
  if (values.advice) view.advice = values.advice;
  return view;
}

/** The view of a question whose thread has not started: nothing answered yet. */
export function unansweredQuestionView(question: Question, gap: Gap): QuestionView {
  return {
    id: question.id,
    gapId: gap.id,
    text: question.text,
    ...(question.anchor ? { anchor: question.anchor } : {}),
    requirement: gap.requirement,
    status: 'awaiting-answer',
    turns: [],
    attempts: 0,
  };
}
