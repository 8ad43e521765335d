import { z } from 'zod';
import { EvidenceSchema } from './evidence.js';
import { GapSchema } from './gap.js';
import { RequirementSchema } from './requirement.js';

/** One requirement of the job with what the CV shows for it. */
export const RequirementAssessmentSchema = z.object({
  requirement: RequirementSchema,
  evidence: z.array(EvidenceSchema),
  /** 0..1 coverage of this requirement; the match score is the priority-weighted mean. */
  coverage: z.number().min(0).max(1),
  /** Why this coverage, in one sentence a candidate understands. */
  explanation: z.string(),
});
export type RequirementAssessment = z.infer<typeof RequirementAssessmentSchema>;

/** The gap report: score, every requirement with evidence, the gaps ranked (CRITICAL first). */
export const GapReportSchema = z.object({
  /** 0..100, weighted by priority (see docs/scoring.md). */
  matchScore: z.number().min(0).max(100),
  jobTitle: z.string().optional(),
  requirements: z.array(RequirementAssessmentSchema),
  gaps: z.array(GapSchema),
});
export type GapReport = z.infer<typeof GapReportSchema>;
