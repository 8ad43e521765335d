import { type Gap, PRIORITY_ORDER, type RequirementAssessment } from '../../domain/index.js';

/** A requirement covered below this is a gap (weak: some evidence, but not enough to rely on). */
export const GAP_THRESHOLD = 0.6;
/** Below this the gap is `missing`: nothing in the CV, or only a related skill. */
export const MISSING_THRESHOLD = 0.3;
/** Evidence shown with a gap: the best items only, so the candidate sees what they can build on. */
const GAP_EVIDENCE_LIMIT = 2;

/**
 * The gaps of a report: requirements covered below {@link GAP_THRESHOLD}, CRITICAL first, then
 * IMPORTANT, then NICE_TO_HAVE, and within a priority the lowest coverage first. Ties keep the
 * job's own order.
 */
export function rankGaps(assessments: readonly (RequirementAssessment & { gapReason: string })[]): Gap[] {
  return assessments
    .map((assessment, position) => ({ assessment, position }))
    .filter(({ assessment }) => assessment.coverage < GAP_THRESHOLD)
    .sort(
      (a, b) =>
        PRIORITY_ORDER.indexOf(a.assessment.requirement.priority) -
          PRIORITY_ORDER.indexOf(b.assessment.requirement.priority) ||
        a.assessment.coverage - b.assessment.coverage ||
        a.position - b.position,
    )
    .map(({ assessment }) => ({
      id: assessment.requirement.id,
      requirement: assessment.requirement,
      status: assessment.coverage < MISSING_THRESHOLD ? 'missing' : 'weak',
      coverage: assessment.coverage,
      evidence: assessment.evidence
        .filter((evidence) => evidence.strength !== 'negative')
        .slice(0, GAP_EVIDENCE_LIMIT),
      reason: assessment.gapReason,
    }));
}
