import { END, Send } from '@langchain/langgraph';
import type { Gap } from '../../../domain/index.js';
import type { SessionContext } from '../../../reasoning/reasoner.js';
import type { SessionStateValue } from '../../session-state.js';

/** What one question branch is given (a `Send` payload, not the session state). */
export interface QuestionBranchInput {
  gap: Gap;
  context: SessionContext;
}

/**
 * Session edge after the analysis: one `generateQuestion` branch per gap (the report ranks
 * them, most important first), up to `maxQuestions`; LangGraph runs the branches in parallel.
 */
export function createFanOutQuestions({ maxQuestions }: { maxQuestions: number }) {
  return function fanOutQuestions(state: SessionStateValue): Send[] | typeof END {
    const gaps = (state.report?.gaps ?? []).slice(0, Math.max(0, maxQuestions));
    if (gaps.length === 0 || !state.job) return END;
    const context: SessionContext = {
      sessionId: state.sessionId,
      cv: state.cv,
      job: state.job,
      ...(state.language ? { language: state.language } : {}),
    };
    return gaps.map((gap) => new Send('generateQuestion', { gap, context } satisfies QuestionBranchInput));
  };
}
