import type { Priority } from '../../domain/index.js';
import type { SectionKind } from './section-kind.js';

/** What a clause's own wording says about how much it matters. */
export type PriorityCue = 'strong' | 'nice';

/** Words that make an ask optional or a weaker ask ("a plus", "preferred", "familiarity with"). */
const NICE_CUE =
  /\b(?:preferred|preferably|preference|a plus|is a plus|big plus|huge plus|plus point|nice[- ]to[- ]have|bonus|desirable|desired|ideally|an advantage|advantageous|beneficial|would be (?:great|nice|good)|good to have|optional|not required|not a must|familiarity with|familiar with|exposure to|basic (?:knowledge|understanding)|some experience|interest in|wünschenswert|von vorteil|vorzugsweise|idealerweise|ein plus|pluspunkt|grundkenntnisse|grundlagen|erste erfahrungen?|gerne auch)\b/i;

/** Words that make an ask firm ("required", "must", "strong", "proven", "5+ years"). */
const STRONG_CUE =
  /(?<![-\p{L}])(?:required|requires?|requirement|must|mandatory|essential|strong|proven|expert|extensive|deep|solid|excellent|outstanding|thorough|in-depth|profound|significant|at least|minimum(?: of)?|\d+\s*\+\s*(?:years?|yrs|jahre)|\d+\s*(?:or more|plus)\s*years?|erforderlich|zwingend|muss|müssen|voraussetzung|sehr gute|fundierte?n?|tiefe[ns]?|ausgeprägte?n?|mehrjährige|umfangreiche|langjährige)\b/iu;

/** Phrases that contain a strong word without being a strong ask ("as required", "must-see"). */
const FALSE_STRONG = /\b(?:as required|if required|when required|where required|as needed)\b/gi;

/** The cue a clause carries, if any; a nice cue wins over a strong one ("strong Go is a plus"). */
export function priorityCue(clause: string): PriorityCue | undefined {
  if (NICE_CUE.test(clause)) return 'nice';
  if (STRONG_CUE.test(clause.replace(FALSE_STRONG, ' '))) return 'strong';
  return undefined;
}

/**
 * The priority of an ask from its section and its own cue. Requirement sections default to
 * CRITICAL, responsibilities and neutral text to IMPORTANT; responsibilities never rise above
 * IMPORTANT (they describe work, not a bar), and a nice-to-have section stays NICE_TO_HAVE
 * whatever its wording.
 */
export function resolvePriority(section: SectionKind, cue: PriorityCue | undefined): Priority {
  if (cue === 'nice' || section === 'nice-to-have') return 'NICE_TO_HAVE';
  switch (section) {
    case 'requirements':
      return 'CRITICAL';
    case 'responsibilities':
      return 'IMPORTANT';
    default:
      return cue === 'strong' ? 'CRITICAL' : 'IMPORTANT';
  }
}
