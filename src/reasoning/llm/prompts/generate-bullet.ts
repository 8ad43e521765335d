import { z } from 'zod';
import { type AnswerTurn, BulletSchema, type Gap, type Question } from '../../../domain/index.js';
import { nonEmptyText } from './model-schema-parts.js';
import type { PromptDefinition } from './prompt-definition.js';
import { SHARED_INSTRUCTIONS } from './shared-instructions.js';
import { renderGap, renderQuestionThread } from './variable-parts.js';

/** What the model returns for a bullet: placement as nullable indices (strict JSON schemas need every key). */
export const GeneratedBulletSchema = z.object({
  text: nonEmptyText,
  workIndex: z.number().int().min(0).nullable(),
  projectIndex: z.number().int().min(0).nullable(),
  skills: BulletSchema.shape.skills,
});
export type GeneratedBullet = z.infer<typeof GeneratedBulletSchema>;

/** Guidance shared by writing and rewriting a bullet. */
export const BULLET_WRITING_GUIDE = `- Use only facts from the CV and the answers: the candidate's own tools, numbers, scope and results, with their figures unchanged. If they gave no result, write none; never invent one.
- Start with a strong past-tense action verb (Built, Led, Migrated, Designed, Automated, Reduced). No first person, no "Responsible for", no "Helped".
- Include the job's keyword for the requirement when the candidate's experience really covers it, spelled as the job spells it.
- One sentence, at most 30 words, no trailing period needed, no Markdown.
- workIndex / projectIndex: the index from <cv-entries> of the job or project the answer was about (work[2] → workIndex 2), or null when unclear; never both.
- skills: the canonical skills this bullet really evidences (the requirement's keywords the answer supports, and tools the candidate named), one to five.`;

/** Variables of the bullet step. */
export interface GenerateBulletVars {
  gap: Gap;
  question: Question;
  answers: AnswerTurn[];
}

/** Writes one CV bullet from the candidate's own words. */
export const generateBulletPrompt: PromptDefinition<GenerateBulletVars, GeneratedBullet> = {
  id: 'generate-bullet',
  version: 2,
  temperature: 0.2,
  schema: GeneratedBulletSchema,
  system: SHARED_INSTRUCTIONS,
  instruction: `# This step

Write one CV bullet for the gap in <gap>, built from the candidate's answers in <answers> and the CV.

${BULLET_WRITING_GUIDE}

Examples:
Answers: "At Northwind I wrote the Terraform modules for our 12 services and cut environment setup from two days to one hour." (Northwind is work[1])
→ {"text": "Wrote Terraform modules for 12 services at Northwind, cutting environment setup from two days to one hour", "workIndex": 1, "projectIndex": null, "skills": ["Terraform"]}
Answers: "I moved our nightly billing jobs to Lambda, I think it saved money but I don't know how much." (Acme is work[0])
→ {"text": "Migrated nightly billing jobs at Acme to AWS Lambda serverless functions", "workIndex": 0, "projectIndex": null, "skills": ["AWS Lambda", "Serverless"]}
Note how the second bullet states no saving: the candidate gave no figure.

Now write the bullet for the gap and answers below.`,
  render: ({ gap, question, answers }) =>
    [renderGap(gap), renderQuestionThread(question, answers)].join('\n\n'),
};
