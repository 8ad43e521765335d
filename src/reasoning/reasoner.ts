import type {
  AnswerEvaluation,
  AnswerTurn,
  Bullet,
  BulletReview,
  CvDocument,
  DeepDive,
  Gap,
  GapReport,
  InterviewLanguage,
  Job,
  Question,
  TrueGapAdvice,
} from '../domain/index.js';

/**
 * What every reasoning step sees of the session: the CV and the job. Stable for a session, so
 * the LLM engine serialises it the same way every time (that is what makes prompt caching hit).
 */
export interface SessionContext {
  sessionId: string;
  cv: CvDocument;
  job: Job;
  /** Language of the questions, feedback and advice; absent (sessions from before) means English. */
  language?: InterviewLanguage;
}

/** Input shared by the per-question steps. */
export interface QuestionStepInput {
  context: SessionContext;
  gap: Gap;
  question: Question;
  /** Every answer so far to this question and its follow-ups, oldest first. */
  answers: AnswerTurn[];
}

/**
 * The seam between the workflow and intelligence: one method per reasoning step. The offline
 * engine (rules + NLP) and the LLM engine implement it; the workflow never knows which runs.
 */
export interface Reasoner {
  /** `offline` or `llm:<provider>:<model>`, for logs and metrics. */
  readonly name: string;
  extractRequirements(input: { jobText: string; title?: string; company?: string }): Promise<Job>;
  /** `language`: the interview language the report's explanations and reasons are written in. */
  analyseGaps(input: { cv: CvDocument; job: Job; language?: InterviewLanguage }): Promise<GapReport>;
  generateQuestion(input: { context: SessionContext; gap: Gap }): Promise<Question>;
  evaluateAnswer(input: QuestionStepInput): Promise<AnswerEvaluation>;
  generateDeepDive(input: QuestionStepInput & { evaluation: AnswerEvaluation }): Promise<DeepDive>;
  generateBullet(input: QuestionStepInput): Promise<Bullet>;
  reviewBullet(input: QuestionStepInput & { bullet: Bullet }): Promise<BulletReview>;
  refineBullet(input: QuestionStepInput & { bullet: Bullet; review: BulletReview }): Promise<Bullet>;
  adviseTrueGap(input: QuestionStepInput): Promise<TrueGapAdvice>;
}
