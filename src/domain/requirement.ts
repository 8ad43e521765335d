import { z } from 'zod';

/** What sort of thing a job asks for. */
export const RequirementKindSchema = z.enum([
  'skill',
  'experience',
  'education',
  'certification',
  'language',
  'soft-skill',
]);
export type RequirementKind = z.infer<typeof RequirementKindSchema>;

/** How much the job cares, from its own cues ("must", "required" vs "a plus", "preferred"). */
export const PrioritySchema = z.enum(['CRITICAL', 'IMPORTANT', 'NICE_TO_HAVE']);
export type Priority = z.infer<typeof PrioritySchema>;

/** Priorities, most important first; ranking and weights follow this order. */
export const PRIORITY_ORDER: readonly Priority[] = ['CRITICAL', 'IMPORTANT', 'NICE_TO_HAVE'];

/** One thing the job asks for. */
export const RequirementSchema = z.object({
  /** Stable within a job: `req-1`, `req-2`… */
  id: z.string().min(1),
  /** The requirement as the job states it (one line or sentence). */
  text: z.string().min(1),
  kind: RequirementKindSchema,
  priority: PrioritySchema,
  /** Canonical names from the skills taxonomy (`Kubernetes`, not `k8s`), or normalised terms. */
  keywords: z.array(z.string()),
  /** Minimum years of experience, where the job states one. */
  minYears: z.number().nonnegative().optional(),
});
export type Requirement = z.infer<typeof RequirementSchema>;
