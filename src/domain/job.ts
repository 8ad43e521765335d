import { z } from 'zod';
import { RequirementSchema } from './requirement.js';

/** A job description after extraction. The raw text is kept for prompts and quoting. */
export const JobSchema = z.object({
  title: z.string().optional(),
  company: z.string().optional(),
  requirements: z.array(RequirementSchema),
  rawText: z.string(),
});
export type Job = z.infer<typeof JobSchema>;
