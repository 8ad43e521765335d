import type { EvidenceStrength } from '../../domain/index.js';

/**
 * What each strength contributes to a requirement's coverage (0..1). A skill used in a recent
 * role counts fully; in an older role or a project it counts most of the way; a lone keyword in a
 * skills list shows the candidate knows the word, not that they used it. See docs/scoring.md.
 */
export const STRENGTH_SCORE: Record<EvidenceStrength, number> = {
  strong: 1,
  moderate: 0.7,
  weak: 0.35,
  negative: 0,
};

/** Score of a related skill found in a role or project (partial evidence, shown as `weak`). */
export const RELATED_IN_EXPERIENCE_SCORE = 0.4;
/** Score of a related skill found only in a list. */
export const RELATED_IN_LIST_SCORE = 0.25;

/** A role that is ongoing or ended at most this many years ago counts as recent. */
export const RECENT_ROLE_YEARS = 3;

/** One step down: used when the CV qualifies a mention ("basic knowledge of Python"). */
export function lowerStrength(strength: EvidenceStrength): EvidenceStrength {
  switch (strength) {
    case 'strong':
      return 'moderate';
    case 'moderate':
      return 'weak';
    default:
      return strength;
  }
}
