import { z } from 'zod';

/** A CV bullet written from the candidate's own words, and where it belongs. */
export const BulletSchema = z.object({
  text: z.string().min(1),
  /** Index of the work entry (JSON Resume `work[i]`) the answer was about, when known. */
  workIndex: z.number().int().nonnegative().optional(),
  /** Index of the project entry, when the answer was about a project. */
  projectIndex: z.number().int().nonnegative().optional(),
  /** Canonical skills this bullet evidences (added to the CV's skills when accepted). */
  skills: z.array(z.string()),
});
export type Bullet = z.infer<typeof BulletSchema>;

/** The review of a bullet (DESIGN.md §3). Ungrounded bullets fail whatever their other scores. */
export const BulletReviewSchema = z.object({
  /** 0..10; forced to 0 when the bullet is not grounded. */
  score: z.number().min(0).max(10),
  grounded: z.boolean(),
  /** Facts (numbers, names, tools) in the bullet that neither the CV nor the answers contain. */
  ungroundedClaims: z.array(z.string()),
  checks: z.object({
    actionVerb: z.boolean(),
    keyword: z.boolean(),
    result: z.boolean(),
    concise: z.boolean(),
    noFirstPerson: z.boolean(),
  }),
  passed: z.boolean(),
  feedback: z.string(),
});
export type BulletReview = z.infer<typeof BulletReviewSchema>;

/** Honest advice for a true gap: what transfers, and what to learn. */
export const TrueGapAdviceSchema = z.object({
  transferable: z.array(z.string()),
  toLearn: z.array(z.string()),
  summary: z.string(),
});
export type TrueGapAdvice = z.infer<typeof TrueGapAdviceSchema>;
