/**
 * Sentences in which the company, the team or the position describes itself ("National General is
 * a fast paced, dynamic, and entrepreneurial organization", "This company provides software as a
 * service", "They provide data feeds and APIs"): what the employer does is not what the candidate
 * must show. Sentences that also ask something ("we are looking for…", "you will…") are not.
 */
const COMPANY_SUBJECT =
  /^(?:we|we're|we've|our|they|the company|this company|the employer|employer|the firm|this firm|the organi[sz]ation|this organi[sz]ation|the business|our client|the client|my client|(?:a|an)\s+(?:full[- ]time|part[- ]time|permanent|temporary|contract|remote)\s+(?:position|role|job|opportunity)\s+(?:at|with|in)\b)/i;

/** "<Name> is a … company / organisation / leader": the company introducing itself. */
const NAMED_COMPANY =
  /^\p{Lu}[\p{L}\p{N}&.'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'-]*){0,4}\s+(?:is|are|has been|was)\s+(?:a|an|the|one of)\b[^.]*\b(?:company|companies|organi[sz]ation|firm|employer|leader|provider|business|startup|start-up|agency|group|enterprise|institution)\b/u;

/** Words that make the sentence an ask after all. */
const ASKS =
  /\b(?:looking for|seeking|searching for|hiring|recruiting|need|needs|want|wants|expect|expects|would like|love|ideally|someone|you will|you'll|you have|you bring|you should|your|candidates?|applicants?|must|required|requires?|requirements?|experience (?:with|in|of)|knowledge of|proficien\w+|fluent|skills?)\b/i;

/** True when a sentence describes the employer or the position rather than asking for anything. */
export function describesCompany(sentence: string): boolean {
  const text = sentence.trim();
  return (COMPANY_SUBJECT.test(text) || NAMED_COMPANY.test(text)) && !ASKS.test(text);
}
