/**
 * Terms of the job that a candidate agrees to rather than shows: travel, relocation, shifts and
 * weekends, on-site presence, physical demands, work permits. They are conditions to accept, not
 * gaps to close, so no interview question should ask about them ("Must be able to travel 20%").
 */
const WORKING_CONDITION: readonly RegExp[] = [
  // Travel: "able/willing to travel", "travel up to 20%", "occasional travel", "Reisebereitschaft".
  /\b(?:able|willing(?:ness)?|available|ready|prepared|open|expected|required|need|needs)\s+to\s+travel\b/i,
  /\btravel(?:ling|ing)?\s+(?:up to\s+|about\s+|around\s+|approximately\s+|approx\.?\s+)?\d+\s*(?:%|percent\b)/i,
  /\b(?:some|occasional|frequent|regular|domestic|international|extensive|overnight|business)\s+travel\b/i,
  /\btravel\s+(?:is\s+)?(?:required|expected|needed|necessary)\b/i,
  /\b(?:must|will|may)\s+(?:be\s+able\s+to\s+|need\s+to\s+)?travel\b/i,
  /\breisebereitschaft\b/i,
  // Relocation and location.
  /\b(?:relocat\w+|umzugsbereitschaft)\b/i,
  /\bmust\s+(?:be\s+)?(?:located|based|reside|live)\b/i,
  /\b(?:commut\w+)\b/i,
  /\b(?:on[- ]site|in[- ]office|in the office)\s+(?:\d+|two|three|four|five)\s+days\b/i,
  // Hours: shifts, weekends, nights, overtime, on-call duty.
  /\b(?:work|working|available)\s+(?:in\s+)?(?:shifts?|weekends?|nights?|evenings?|holidays|overtime|irregular hours|extended hours)\b/i,
  /\b(?:shift work|night shifts?|weekend work|schichtarbeit|wochenendarbeit)\b/i,
  /\bon[- ]call\s+(?:rotation|duty|duties|shifts?|schedule)\b/i,
  // Physical demands.
  /\blift(?:ing)?\s+(?:up to\s+)?\d+\s*(?:lbs?|pounds|kg)\b/i,
  /\b(?:stand|standing|sit|sitting)\s+for\s+(?:long|extended|prolonged)\s+periods\b/i,
  // Permits.
  /\b(?:authori[sz]ed|eligible|permitted|legally able)\s+to\s+work\b/i,
  /\b(?:work permit|work authori[sz]ation|visa sponsorship|arbeitserlaubnis)\b/i,
  /\b(?:citizens?(?:hip)?|permanent residen(?:cy|ts?))\b/i,
];

/** Where a clause states a working condition: `[start, end)` offsets, in no particular order. */
export function workingConditionSpans(clause: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const pattern of WORKING_CONDITION) {
    const match = pattern.exec(clause);
    if (match) spans.push([match.index, match.index + match[0].length]);
  }
  return spans;
}

/** True when a clause states a working condition (travel, relocation, shifts…) rather than an ability. */
export function isWorkingCondition(clause: string): boolean {
  return WORKING_CONDITION.some((pattern) => pattern.test(clause));
}
