/**
 * How the CV qualifies a mention: `negative` when it says the candidate lacks the skill or only
 * wants to learn it ("no experience with Go", "would like to learn Kubernetes"), `lowered` when it
 * hedges ("basic knowledge of Python", "Java (beginner)"), `plain` otherwise.
 */
export type MentionQualifier = 'negative' | 'lowered' | 'plain';

/** Cues before a mention, within its clause, that say the candidate does not have the skill. */
const NEGATIVE_BEFORE: readonly RegExp[] = [
  /\b(?:no|not|never|zero|without|lacks?|lacking)\b(?:\s+[\w-]+){0,3}?\s+(?:experience|exposure|knowledge|background|familiarity|expertise|used|worked|touched)\b/i,
  /\b(?:would|'d|i'd)\s+(?:like|love)\s+to\s+(?:learn|explore|try|get into|pick up)\b/i,
  /\b(?:want|wants|wanting|hope|hoping|plan|plans|planning|keen|eager|looking|aim|aiming|interested|intend|intending)\s+(?:to\s+|in\s+)?(?:learn|learning|explore|exploring|pick up|picking up|get into|study|studying)\b/i,
  /\b(?:currently|now|still|just started)\s+(?:learning|studying)\b/i,
  /\bnot\s+(?:yet\s+)?(?:familiar|experienced|proficient|used)\b/i,
  /\b(?:keine|ohne)\s+(?:\w+\s+){0,2}(?:erfahrung|kenntnisse)\b/i,
  // "not Java" right before the mention
  /\b(?:not|no|never|nor)\s*$/i,
];

/** Cues right after a mention that say the same ("Kubernetes (learning)", "Go — no experience"). */
const NEGATIVE_AFTER: readonly RegExp[] = [/^\W{0,4}(?:learning|no experience|in progress|to learn)\b/i];

/** Hedges that lower the strength by one step. */
const LOWERING_BEFORE: readonly RegExp[] = [
  /\b(?:basic|basics|beginner|elementary|novice|introductory|rudimentary|limited|some exposure|grundkenntnisse|grundlegende)\b/i,
];
const LOWERING_AFTER: readonly RegExp[] = [
  /^\W{0,4}(?:basic|beginner|elementary|novice|basics|grundkenntnisse)\b/i,
];

/** Sentence ends, semicolons, line breaks and "but": a negation does not reach across them. */
const CLAUSE_BREAK = /[.!?;]\s|[;\n]|\s(?:but|however|aber)\s/gi;

/** The clause around a mention (a full stop inside `Node.js` is not a break). */
function clauseBounds(text: string, start: number, end: number): { clauseStart: number; clauseEnd: number } {
  let clauseStart = 0;
  let clauseEnd = text.length;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= start) clauseStart = breakEnd;
    else if (match.index >= end) {
      clauseEnd = match.index;
      break;
    }
  }
  return { clauseStart, clauseEnd };
}

/** Reads the qualifier of the mention at [start, end) in `text`. */
export function qualifyMention(text: string, start: number, end: number): MentionQualifier {
  const { clauseStart, clauseEnd } = clauseBounds(text, start, end);
  const before = text.slice(clauseStart, start);
  const after = text.slice(end, clauseEnd);
  if (NEGATIVE_BEFORE.some((cue) => cue.test(before)) || NEGATIVE_AFTER.some((cue) => cue.test(after))) {
    return 'negative';
  }
  if (LOWERING_BEFORE.some((cue) => cue.test(before)) || LOWERING_AFTER.some((cue) => cue.test(after))) {
    return 'lowered';
  }
  return 'plain';
}
