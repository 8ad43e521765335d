import type { Priority, Requirement, RequirementAssessment } from '../../domain/index.js';

/**
 * How much each priority weighs in the match score: a must-have counts three times a
 * nice-to-have. See docs/scoring.md for a worked example.
 */
export const PRIORITY_WEIGHT: Record<Priority, number> = {
  CRITICAL: 3,
  IMPORTANT: 2,
  NICE_TO_HAVE: 1,
};

/**
 * Soft skills ("excellent communication") weigh half their priority: a CV rarely proves them in
 * writing, so their absence says little about the fit. They still appear as gaps, which is where
 * the interview asks about them.
 */
export const SOFT_SKILL_WEIGHT_FACTOR = 0.5;

/** The weight of one requirement in the match score. */
export function requirementWeight(requirement: Pick<Requirement, 'priority' | 'kind'>): number {
  const weight = PRIORITY_WEIGHT[requirement.priority];
  return requirement.kind === 'soft-skill' ? weight * SOFT_SKILL_WEIGHT_FACTOR : weight;
}

/**
 * The match score, 0..100: the priority-weighted mean of the requirements' coverage, rounded.
 * A job with no requirements scores 0: there is nothing the CV can be shown to match.
 */
export function matchScore(
  assessments: readonly Pick<RequirementAssessment, 'requirement' | 'coverage'>[],
): number {
  let weighted = 0;
  let total = 0;
  for (const { requirement, coverage } of assessments) {
    const weight = requirementWeight(requirement);
    weighted += weight * coverage;
    total += weight;
  }
  return total === 0 ? 0 : Math.round((100 * weighted) / total);
}
