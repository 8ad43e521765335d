import { z } from 'zod';

/** The elements of the answer rubric (DESIGN.md §3). */
export const RubricElementSchema = z.enum(['relevance', 'specificity', 'ownership', 'impact', 'clarity']);
export type RubricElement = z.infer<typeof RubricElementSchema>;

/** Maximum points of each rubric element; they add up to 10. */
export const RUBRIC_MAX: Record<RubricElement, number> = {
  relevance: 3,
  specificity: 2,
  ownership: 2,
  impact: 2,
  clarity: 1,
};

/** The judgement of the candidate's answer(s) to one question. */
export const AnswerEvaluationSchema = z.object({
  /** 0..10, the sum of the rubric points. */
  score: z.number().min(0).max(10),
  rubric: z.object({
    relevance: z.number().min(0).max(3),
    specificity: z.number().min(0).max(2),
    ownership: z.number().min(0).max(2),
    impact: z.number().min(0).max(2),
    clarity: z.number().min(0).max(1),
  }),
  /** Rubric elements that are missing or thin, most important first. */
  missing: z.array(RubricElementSchema),
  /** The candidate says they have no experience with this: a true gap. */
  noExperience: z.boolean(),
  /** One or two sentences of feedback for the candidate. */
  feedback: z.string(),
});
export type AnswerEvaluation = z.infer<typeof AnswerEvaluationSchema>;

/** Follow-up questions asking for exactly what the answer lacks. */
export const DeepDiveSchema = z.object({
  followUps: z
    .array(z.object({ element: RubricElementSchema, text: z.string().min(1) }))
    .min(1)
    .max(3),
});
export type DeepDive = z.infer<typeof DeepDiveSchema>;
