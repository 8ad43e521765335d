import {
  type AnswerTurn,
  type Gap,
  type Question,
  type TrueGapAdvice,
  TrueGapAdviceSchema,
} from '../../../domain/index.js';
import type { PromptDefinition } from './prompt-definition.js';
import { SHARED_INSTRUCTIONS } from './shared-instructions.js';
import { renderGap, renderQuestionThread } from './variable-parts.js';

/** Variables of the true-gap step. */
export interface TrueGapAdviceVars {
  gap: Gap;
  question: Question;
  answers: AnswerTurn[];
}

/** Honest advice for a requirement the candidate does not meet: what transfers, what to learn. */
export const trueGapAdvicePrompt: PromptDefinition<TrueGapAdviceVars, TrueGapAdvice> = {
  id: 'true-gap-advice',
  version: 2,
  temperature: 0.3,
  schema: TrueGapAdviceSchema,
  system: SHARED_INSTRUCTIONS,
  instruction: `# This step

The candidate has said they have no experience with the requirement in <gap>. This is a true gap. Give honest, useful advice; write no CV content.

- transferable: up to three pieces of experience from the CV or the answers that genuinely transfer to this requirement, each naming the entry or tool ("Your RabbitMQ work at Acme covers the same messaging concepts as Kafka"). Empty when nothing transfers; never stretch.
- toLearn: two to four concrete next steps, smallest first (an official tutorial, a small project that uses the skill with what they already know, a certification only when the job asks for one). No links, no product promotion.
- summary: two sentences at most: acknowledge the gap plainly, and say how to talk about it in an interview (what transfers, what they are doing about it). Never suggest claiming the skill.

Example: gap "Kafka (IMPORTANT)", CV shows RabbitMQ at Acme → {"transferable": ["RabbitMQ queues and consumers at Acme: the same producer/consumer ideas apply to Kafka"], "toLearn": ["Work through the Kafka quickstart", "Rebuild one Acme-style queue consumer on a local Kafka topic"], "summary": "Kafka is a true gap today. In interviews, lead with your RabbitMQ work and say you are learning Kafka's log-based model."}

Now write the advice for the true gap below.`,
  render: ({ gap, question, answers }) =>
    [renderGap(gap), renderQuestionThread(question, answers)].join('\n\n'),
};
