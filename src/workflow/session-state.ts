import { Annotation } from '@langchain/langgraph';
import type { CvDocument, GapReport, InterviewLanguage, Job, Question } from '../domain/index.js';

/**
 * State of the session graph (thread id = session id): the inputs, the parsed job, the gap
 * report and one question per gap. CV content: never log it.
 */
export const SessionState = Annotation.Root({
  sessionId: Annotation<string>,
  cv: Annotation<CvDocument>,
  jobText: Annotation<string>,
  /** The interview's language, fixed at creation (given, or detected from the documents). */
  language: Annotation<InterviewLanguage | undefined>,
  jobTitle: Annotation<string | undefined>,
  company: Annotation<string | undefined>,
  job: Annotation<Job | undefined>,
  report: Annotation<GapReport | undefined>,
  /** Filled by the parallel question branches; each branch adds its own question. */
  questions: Annotation<Question[]>({
    reducer: (current, update) => current.concat(update),
    default: () => [],
  }),
});

/** The session graph's state as nodes read it. */
export type SessionStateValue = typeof SessionState.State;
/** A partial update a session node returns. */
export type SessionStateUpdate = typeof SessionState.Update;
