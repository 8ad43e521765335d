import { z } from 'zod';
import { EvidenceSchema } from './evidence.js';
import { RequirementSchema } from './requirement.js';

/** What the CV does not show (`missing`) or shows only thinly (`weak`) of one ask of the job. */
export const GapSchema = z.object({
  /**
   * The id of the gap's most important requirement: requirements of one job sentence (same kind,
   * same state in the CV) and repeats of the same skill are grouped into one gap, which keeps that
   * requirement's id, text and priority and every member's keywords (docs/scoring.md, section 4).
   */
  id: z.string(),
  /** That requirement, with the keywords (and the largest minimum years) of every grouped one. */
  requirement: RequirementSchema,
  status: z.enum(['missing', 'weak']),
  /** 0..1: how much of the ask the CV covers today (the mean over grouped requirements). */
  coverage: z.number().min(0).max(1),
  /** The best evidence found, if any (weak or related-skill evidence). */
  evidence: z.array(EvidenceSchema),
  /** Why this is a gap, in the session's language: one sentence per kind of finding in the group. */
  reason: z.string(),
});
export type Gap = z.infer<typeof GapSchema>;
