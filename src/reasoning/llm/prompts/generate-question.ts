import { z } from 'zod';
import type { Gap } from '../../../domain/index.js';
import { nonEmptyText } from './model-schema-parts.js';
import type { PromptDefinition } from './prompt-definition.js';
import { SHARED_INSTRUCTIONS } from './shared-instructions.js';
import { renderGap } from './variable-parts.js';

/** What the model returns: the question and the CV entry it builds on (ids are the engine's). */
export const GeneratedQuestionSchema = z.object({
  text: nonEmptyText,
  anchor: z.string().nullable(),
});
export type GeneratedQuestion = z.infer<typeof GeneratedQuestionSchema>;

/** Variables of the question step. */
export interface GenerateQuestionVars {
  gap: Gap;
}

/** Writes one adaptive question for a gap, tailored to the candidate's background. */
export const generateQuestionPrompt: PromptDefinition<GenerateQuestionVars, GeneratedQuestion> = {
  id: 'generate-question',
  version: 2,
  temperature: 0.3,
  schema: GeneratedQuestionSchema,
  system: SHARED_INSTRUCTIONS,
  instruction: `# This step

Write one interview question for the gap given in <gap>. The question's purpose is to surface experience the candidate has but did not write down, so that an honest CV bullet can be written from the answer.

- Build on the candidate's most related experience in the CV: name the employer, project or technology they do have ("Your payments API at Acme ran on Node.js — did any of it run on AWS Lambda or another serverless platform?"). When nothing related exists, ask plainly whether and where they have used the skill.
- Ask about one requirement only, in one or two sentences, at most 45 words.
- Invite the elements the rubric rewards: what they did themselves, with which tools, at what scale, and with what result. Do not list the rubric.
- Make "no" an easy, acceptable answer; never imply they should claim experience they lack.
- Do not quote the job's wording back as a quiz ("Explain what Kubernetes is"); ask about their own work.
- anchor: a short description of the CV entry the question builds on ("payments API at Acme"), or null.

Examples:
Gap "Terraform (CRITICAL)", CV shows AWS deployments at Northwind → {"text": "At Northwind you deployed services to AWS. How was that infrastructure created and changed — did you write Terraform or other infrastructure-as-code yourself, and for how many services?", "anchor": "AWS deployments at Northwind"}
Gap "Mentoring junior engineers (IMPORTANT)", CV shows a tech lead role → {"text": "As tech lead at Bluebird, did you mentor or coach anyone? Tell me who, how you went about it and what changed for them.", "anchor": "tech lead at Bluebird"}

Now write the question for the gap below.`,
  render: ({ gap }) => renderGap(gap),
};
