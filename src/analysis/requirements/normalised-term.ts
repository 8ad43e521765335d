/**
 * The asked-for thing as a short lower-case term, for asks the taxonomy does not know
 * ("experience with payment systems" → `payment systems`).
 */

/** "experience with", "knowledge of", "proficiency in"… (English and German). */
const LEAD_IN =
  /\b(?:experience|experienced|knowledge|knowledgeable|proficiency|proficient|expertise|expert|understanding|familiarity|familiar|background|skills?|skilled|track record|exposure|competence|erfahrung(?:en)?|kenntnisse|know-how|verständnis)\s+(?:(?:working|developing|building|designing|working)\s+)?(?:in|with|of|on|using|as|at|around|across|mit|in der|im|von|für)\s+(.+)/i;

const CUT =
  /\s*(?:[,;:.()!?]|\s(?:and|or|as well as|to|for|including|such as|e\.g\.|like|with|und|oder|sowie|z\.\s?b\.|in order|that|which|where|who|is|are|would|will|a plus|preferred)\s)/i;

const LEADING_FILLER =
  /^(?:(?:must be able to|able to|ability to|willing(?:ness)? to|be|a|an|the|one|at least one|modern|popular|common|relevant|strong|solid|good|excellent|deep|hands-on|proven|working|professional|practical|demonstrable|demonstrated|extensive|sound|some|basic|advanced|general|similar|large-scale|related|any|all|various|several|multiple|other|\d+\+?|years?|of)\s+)+/i;

const STOP_ONLY =
  /^(?:the|a|an|and|or|this|that|it|them|these|work|working|team|teams|things|stuff|people|others|new|field|role|position|company|us|you|we|our|your|ability|skills?|experience|knowledge)$/i;

const TRAILING_FILLER =
  /\s+(?:skills?|experience|knowledge|kenntnisse|erfahrung|abilities|ability|background|principles|concepts|practices|technologies|tools)$/i;

/** Looser cut for a whole short clause: "written and verbal communication", "attention to detail". */
const WHOLE_CUT = /\s*(?:[,;:.()!?]|\s(?:such as|e\.g\.|including|like|in order|z\.\s?b\.)\s)/i;

function tidy(term: string, cut: RegExp = CUT): string | undefined {
  const head = term.split(cut)[0] ?? '';
  const words = head
    .toLowerCase()
    .replace(/["'`]/g, '')
    .replace(LEADING_FILLER, '')
    .replace(TRAILING_FILLER, '')
    .replace(/\s+\d+%?$/, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 5) return undefined;
  const result = words.join(' ');
  if (result.length < 3 || STOP_ONLY.test(result) || !/\p{L}{2}/u.test(result)) return undefined;
  return result;
}

/**
 * A term for a clause: the phrase after a lead-in ("experience with X"), or, with `wholeClause`,
 * the whole clause when it is short (a list entry such as "Payment systems"). Undefined when
 * nothing short and meaningful can be said.
 */
export function normalisedTerm(
  clause: string,
  { wholeClause = true }: { wholeClause?: boolean } = {},
): string | undefined {
  const lead = LEAD_IN.exec(clause);
  if (lead?.[1]) return tidy(lead[1]);
  if (!wholeClause) return undefined;
  const stripped = clause
    .replace(/^(?:\d+\s*\+?\s*(?:years?|yrs|jahre)\s+(?:of\s+)?)/i, '')
    .replace(/^(?:must have|must be|required|nice to have|bonus|plus|ideally|preferably)\s*:?\s*/i, '')
    .replace(
      /\s*(?:is|are|would be|will be)?\s*(?:an? (?:big |huge )?(?:plus|advantage|bonus)|preferred|required|a must|desirable|beneficial|von vorteil|wünschenswert)[.!]?$/i,
      '',
    )
    .trim();
  if (stripped.split(/\s+/).length > 6) return undefined;
  return tidy(stripped, WHOLE_CUT);
}
