/** An aside that is only a cue word: it qualifies the item it ends, and says nothing else. */
const BARE_CUE =
  /^\s*(?:required|must|a must|preferred|a plus|nice to have|bonus|ideally|desirable|an advantage|wünschenswert|von vorteil|vorzugsweise)\s*$/i;

/**
 * Splits one item into clauses that may carry different priorities: "Fluent English is a must,
 * while German is an advantage", "CI/CD experience, ideally with GitHub Actions",
 * "Bachelor's degree (MBA preferred)". Clauses without such a contrast stay whole, so the lists
 * inside them keep their "or"/"such as" context.
 */
export function splitClauses(item: string): string[] {
  const clauses: string[] = [];
  // A bracketed aside that carries its own cue becomes its own clause.
  const withoutAsides = item.replace(
    /\(([^()]*\b(?:preferred|a plus|nice to have|bonus|ideally|desirable|advantage|wünschenswert|von vorteil|vorzugsweise|required|must)\b[^()]*)\)/gi,
    (match, aside: string) => {
      // A bare cue ("(required)", "(preferred)") qualifies the whole item: it stays with it.
      if (BARE_CUE.test(aside)) return match;
      clauses.push(aside.trim());
      return ' ';
    },
  );
  const parts = withoutAsides
    .split(
      /;\s+|\s+(?:while|whereas|but|although|though|während|wobei)\s+|,\s*(?=(?:but|ideally|preferably|optionally|vorzugsweise|idealerweise|gerne|bonus)\b)|\s+[–—]\s+/i,
    )
    .map((part) => part.trim().replace(/^(?:and|but)\s+/i, ''))
    .filter((part) => /\p{L}{2}/u.test(part));
  return [...parts, ...clauses];
}

/** The item's words without bare cue asides ("Kafka (required)" → "Kafka"), for showing the ask. */
export function withoutBareCues(text: string): string {
  return text
    .replace(/\s*\(([^()]*)\)/g, (match, aside: string) => (BARE_CUE.test(aside) ? '' : match))
    .trim();
}
