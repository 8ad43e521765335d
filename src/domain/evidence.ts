import { z } from 'zod';

/** Where in the CV a piece of evidence was found. */
export const CvSectionSchema = z.enum([
  'summary',
  'work',
  'projects',
  'skills',
  'education',
  'certificates',
  'languages',
  'other',
]);
export type CvSection = z.infer<typeof CvSectionSchema>;

/** How convincing a piece of evidence is. `negative`: the CV says the candidate lacks it. */
export const EvidenceStrengthSchema = z.enum(['strong', 'moderate', 'weak', 'negative']);
export type EvidenceStrength = z.infer<typeof EvidenceStrengthSchema>;

/** A place in the CV that supports (or contradicts) a requirement. */
export const EvidenceSchema = z.object({
  requirementId: z.string(),
  section: CvSectionSchema,
  /** Index into the section's array in the JSON Resume (work[2]), when it has one. */
  entryIndex: z.number().int().nonnegative().optional(),
  /** Employer, project or school name of that entry, for display and question tailoring. */
  entryName: z.string().optional(),
  /** The CV's own words, quoted (a bullet, a skills line). */
  quote: z.string(),
  /** The keyword (canonical) that matched, or the related skill for partial evidence. */
  matched: z.string(),
  strength: EvidenceStrengthSchema,
  /** 0..1 contribution to the requirement's coverage. */
  score: z.number().min(0).max(1),
  /** Years of experience the dated entries show for the matched skill, when computable. */
  years: z.number().nonnegative().optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;
