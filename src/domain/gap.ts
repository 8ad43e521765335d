import { z } from 'zod';
import { EvidenceSchema } from './evidence.js';
import { RequirementSchema } from './requirement.js';

/** A requirement the CV does not show (`missing`) or shows only thinly (`weak`). */
export const GapSchema = z.object({
  /** Same as the requirement's id: one gap per requirement. */
  id: z.string(),
  requirement: RequirementSchema,
  status: z.enum(['missing', 'weak']),
  /** 0..1: how much of the requirement the CV covers today. */
  coverage: z.number().min(0).max(1),
  /** The best evidence found, if any (weak or related-skill evidence). */
  evidence: z.array(EvidenceSchema),
  /** One sentence on why this is a gap ("Go is never mentioned", "3 years shown, 5 asked"). */
  reason: z.string(),
});
export type Gap = z.infer<typeof GapSchema>;
