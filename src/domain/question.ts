import { z } from 'zod';

/** An adaptive question for one gap, tailored to the candidate's background. */
export const QuestionSchema = z.object({
  /** Stable within a session: `q-<gap id>`. */
  id: z.string(),
  gapId: z.string(),
  text: z.string().min(1),
  /** The CV entry the question builds on ("your payments API at Acme"), when one was found. */
  anchor: z.string().optional(),
});
export type Question = z.infer<typeof QuestionSchema>;

/** One answer the candidate gave, to the main question or to a follow-up. */
export const AnswerTurnSchema = z.object({
  /** The question or follow-up text this answers. */
  prompt: z.string(),
  answer: z.string(),
});
export type AnswerTurn = z.infer<typeof AnswerTurnSchema>;
