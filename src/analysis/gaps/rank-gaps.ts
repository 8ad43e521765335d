import { type Gap, type InterviewLanguage, PRIORITY_ORDER } from '../../domain/index.js';
import { type GapCandidate, groupGapCandidates, mergeGapGroup } from './group-gaps.js';

/** A requirement covered below this is a gap (weak: some evidence, but not enough to rely on). */
export const GAP_THRESHOLD = 0.6;
/** Below this the gap is `missing`: nothing in the CV, or only a related skill. */
export const MISSING_THRESHOLD = 0.3;
/** Evidence shown with a gap: the best items only, so the candidate sees what they can build on. */
const GAP_EVIDENCE_LIMIT = 2;

/**
 * The gaps of a report: requirements covered below {@link GAP_THRESHOLD}, CRITICAL first, then
 * IMPORTANT, then NICE_TO_HAVE, and within a priority the lowest coverage first. Ties keep the
 * job's own order. Gaps from the same sentence or bullet of the job become one gap (see
 * `group-gaps.ts`) with every skill in its keywords, so the interview asks about it once; a group's
 * reason is written in `language`.
 */
export function rankGaps(assessments: readonly GapCandidate[], language: InterviewLanguage = 'en'): Gap[] {
  const ranked = assessments
    .map((assessment, position) => ({ assessment, position }))
    .filter(({ assessment }) => assessment.coverage < GAP_THRESHOLD)
    .sort(
      (a, b) =>
        PRIORITY_ORDER.indexOf(a.assessment.requirement.priority) -
          PRIORITY_ORDER.indexOf(b.assessment.requirement.priority) ||
        a.assessment.coverage - b.assessment.coverage ||
        a.position - b.position,
    )
    .map(({ assessment }) => assessment);
  return groupGapCandidates(ranked).map((members) =>
    mergeGapGroup(members, { missingBelow: MISSING_THRESHOLD, evidenceLimit: GAP_EVIDENCE_LIMIT, language }),
  );
}
