import { z } from 'zod';
import {
  type AnswerEvaluation,
  type AnswerTurn,
  type DeepDive,
  type Gap,
  type Question,
  RubricElementSchema,
} from '../../../domain/index.js';
import { nonEmptyText } from './model-schema-parts.js';
import type { PromptDefinition } from './prompt-definition.js';
import { SHARED_INSTRUCTIONS } from './shared-instructions.js';
import { renderGap, renderQuestionThread } from './variable-parts.js';

/** Follow-ups as the model returns them: the domain's DeepDive, with strict-mode-safe text. */
export const DeepDiveReplySchema = z.object({
  followUps: z
    .array(z.object({ element: RubricElementSchema, text: nonEmptyText }))
    .min(1)
    .max(3),
});

/** Variables of the deep-dive step. */
export interface DeepDiveVars {
  gap: Gap;
  question: Question;
  answers: AnswerTurn[];
  evaluation: AnswerEvaluation;
}

/** Writes follow-up questions that ask for exactly the rubric elements the answer lacks. */
export const deepDivePrompt: PromptDefinition<DeepDiveVars, DeepDive> = {
  id: 'deep-dive',
  version: 2,
  temperature: 0.3,
  schema: DeepDiveReplySchema,
  system: SHARED_INSTRUCTIONS,
  instruction: `# This step

Write follow-up ("deep-dive") questions for an answer that is not yet strong enough. You get the gap, the main question, the answers so far and the list of missing rubric elements.

- One follow-up per missing element, at most three, in the order given; each names its element (relevance, specificity, ownership, impact or clarity).
- Each follow-up asks for exactly what is missing, building on what the candidate already said (quote their project or tool): scale and tools for specificity, their own actions and decisions for ownership, the outcome and any numbers they know for impact, the link to the requirement for relevance, a clearer sequence of events for clarity.
- One sentence each, at most 30 words, conversational, not a form to fill in.
- Never suggest an answer, a number or a tool they have not mentioned; ask, do not lead. "Roughly" is fine: "Roughly how many requests a day did it handle?".
- Do not repeat a question they already answered.

Examples:
Missing [impact] after "I migrated our billing jobs to Lambda at Acme" → {"followUps": [{"element": "impact", "text": "What changed after you moved the billing jobs to Lambda — cost, run time, failures, anything you noticed?"}]}
Missing [ownership, specificity] after "Our team built a Kafka pipeline" → {"followUps": [{"element": "ownership", "text": "Which parts of that Kafka pipeline did you build or decide yourself?"}, {"element": "specificity", "text": "Roughly how many events a day went through it, and what consumed them?"}]}

Now write the follow-up questions for the answers below.`,
  render: ({ gap, question, answers, evaluation }) =>
    [
      renderGap(gap),
      renderQuestionThread(question, answers),
      `Missing rubric elements: ${evaluation.missing.join(', ') || 'none named; ask for the weakest'}`,
      `Current score: ${evaluation.score}/10`,
    ].join('\n\n'),
};
