import { z } from 'zod';
import { ResumeSchema } from './resume.js';

/** The kinds of CV file Gapwise reads, detected from the bytes, not the file name. */
export const CvSourceTypeSchema = z.enum(['pdf', 'docx', 'text', 'markdown', 'json-resume']);
export type CvSourceType = z.infer<typeof CvSourceTypeSchema>;

/**
 * A CV after ingestion: the structured JSON Resume plus the plain text it came from (kept so
 * that evidence can be quoted and grounding can check facts against the candidate's own words).
 * The plain text is CV content: never log it.
 */
export const CvDocumentSchema = z.object({
  sourceType: CvSourceTypeSchema,
  resume: ResumeSchema,
  plainText: z.string(),
});
export type CvDocument = z.infer<typeof CvDocumentSchema>;
