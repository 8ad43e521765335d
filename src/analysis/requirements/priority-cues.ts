import type { Priority } from '../../domain/index.js';
import type { SectionKind } from './section-kind.js';

/**
 * What a clause's own wording says about how much it matters: a firm ask, a middling one (a
 * stated intermediate level, as in JSON Resume job skills "Database Management (Intermediate)"),
 * or an optional one.
 */
export type PriorityCue = 'strong' | 'moderate' | 'nice';

/** Words that make an ask optional or a weaker ask ("a plus", "preferred", "familiarity with"). */
const NICE_CUE =
  /\b(?:preferred|preferably|preference|a plus|is a plus|big plus|huge plus|plus point|nice[- ]to[- ]have|bonus|desirable|desired|ideally|an advantage|advantageous|beneficial|would be (?:great|nice|good)|good to have|optional|not required|not a must|familiarity with|familiar with|exposure to|basic (?:knowledge|understanding)|some experience|interest in|wünschenswert|von vorteil|vorzugsweise|idealerweise|ein plus|pluspunkt|grundkenntnisse|grundlagen|erste erfahrungen?|gerne auch)\b/i;

/** Words that make an ask firm ("required", "must", "strong", "proven", "5+ years"). */
const STRONG_CUE =
  /(?<![-\p{L}])(?:required|requires?|requirement|must|mandatory|essential|strong|proven|expert|extensive|deep|solid|excellent|outstanding|thorough|in-depth|profound|significant|at least|minimum(?: of)?|\d+\s*\+\s*(?:years?|yrs|jahre)|\d+\s*(?:or more|plus)\s*years?|erforderlich|zwingend|muss|müssen|voraussetzung|sehr gute|fundierte?n?|tiefe[ns]?|ausgeprägte?n?|mehrjährige|umfangreiche|langjährige)\b/iu;

/** Phrases that contain a strong word without being a strong ask ("as required", "must-see"). */
const FALSE_STRONG = /\b(?:as required|if required|when required|where required|as needed)\b/gi;

/** A skill level stated in brackets ("Web Development (Master)", "SQL (Intermediate)"). */
const STATED_LEVEL =
  /\(\s*(master|expert|advanced|senior|intermediate|mid-level|basic|beginner|novice|junior)\s*\)/i;

/** The cue a stated level gives: master/expert/advanced firm, intermediate middling, basic optional. */
function levelCue(clause: string): PriorityCue | undefined {
  const level = STATED_LEVEL.exec(clause)?.[1]?.toLowerCase();
  if (!level) return undefined;
  if (['master', 'expert', 'advanced', 'senior'].includes(level)) return 'strong';
  if (['intermediate', 'mid-level'].includes(level)) return 'moderate';
  return 'nice';
}

/** The cue a clause carries, if any; a nice cue wins over a strong one ("strong Go is a plus"). */
export function priorityCue(clause: string): PriorityCue | undefined {
  const level = levelCue(clause);
  if (level) return level;
  if (NICE_CUE.test(clause)) return 'nice';
  if (STRONG_CUE.test(clause.replace(FALSE_STRONG, ' '))) return 'strong';
  return undefined;
}

/** Headings that make every ask under them a must ("Must have", "Minimum qualifications"). */
const STRICT_HEADING =
  /\b(?:must[- ]?haves?|must|required|mandatory|essential|minimum|basic qualifications|non[- ]negotiable|muss[- ]kriterien|zwingend|erforderlich|voraussetzungen)\b/i;

/** True when a requirements heading itself says its asks are musts, not just "Requirements". */
export function isStrictHeading(heading: string | undefined): boolean {
  return heading !== undefined && STRICT_HEADING.test(heading);
}

/** Where an ask sits in its section's list: writers put what matters most first. */
export interface ListPlace {
  /** 0-based position of the item in its section. */
  index: number;
  /** Number of items in the section. */
  count: number;
  /** The section's heading says its asks are musts ("Must have", "Required qualifications"). */
  strict: boolean;
}

/**
 * How many leading items of a plain requirements list count as musts without a word saying so:
 * all of a short list (three items or fewer), the first half of a longer one.
 */
export function leadingMusts(count: number): number {
  return count <= 3 ? count : Math.ceil(count / 2);
}

/**
 * The priority of an ask from its section, its own cue and, in a requirements list, its place.
 * A requirements section under a strict heading ("Must have") is CRITICAL throughout; under a plain
 * one ("Requirements", "What you bring") an ask is CRITICAL when its words say so ("must", "strong",
 * "5+ years") or it stands in the first half of the list (a short list is all musts), IMPORTANT otherwise. Responsibilities and
 * neutral text default to IMPORTANT; responsibilities never rise above IMPORTANT (they describe
 * work, not a bar), and a nice-to-have section stays NICE_TO_HAVE whatever its wording. Without a
 * place, a requirements section is CRITICAL throughout. A stated intermediate level ("SQL
 * (Intermediate)") makes an ask IMPORTANT wherever it stands.
 */
export function resolvePriority(
  section: SectionKind,
  cue: PriorityCue | undefined,
  place?: ListPlace,
): Priority {
  if (cue === 'nice' || section === 'nice-to-have') return 'NICE_TO_HAVE';
  switch (section) {
    case 'requirements':
      if (cue === 'moderate') return 'IMPORTANT';
      if (!place || place.strict || cue === 'strong') return 'CRITICAL';
      return place.index < leadingMusts(place.count) ? 'CRITICAL' : 'IMPORTANT';
    case 'responsibilities':
      return 'IMPORTANT';
    default:
      return cue === 'strong' ? 'CRITICAL' : 'IMPORTANT';
  }
}
