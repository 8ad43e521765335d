import type { Requirement } from '../../domain/index.js';
import { joinOr, tidyClause, truncateWords } from './text-tools.js';

/**
 * How questions and feedback name what a requirement asks for: its canonical keywords
 * (`AWS Lambda or Azure Functions`), or, for a requirement without keywords, a short phrase from
 * its own text (`Experience leading distributed teams` → `leading distributed teams`).
 */
export function requirementTopic(requirement: Requirement): string {
  if (requirement.keywords.length > 0) return joinOr(requirement.keywords.slice(0, 2));
  const stripped = requirement.text
    .replace(
      /^\s*(?:[-*•]\s*)?(?:(?:must|should)\s+have\s+|we\s+(?:want|need|expect)\s+|you\s+have\s+|required:?\s+|preferred:?\s+|bonus:?\s+)?(?:(?:a\s+)?(?:strong|solid|proven|good|excellent|deep|hands-on|demonstrated|practical|professional)\s+)*(?:experience|knowledge|understanding|proficiency|familiarity|expertise|background|skills?|track\s+record|ability)\s+(?:with|in|of|on|to)\s+/i,
      '',
    )
    .replace(/^\d+\+?\s*years?\s+(?:of\s+)?(?:experience\s+)?(?:with|in)?\s*/i, '');
  return truncateWords(tidyClause(stripped || requirement.text), 8);
}

/** The primary keyword of a requirement, when it has one. */
export function primaryKeyword(requirement: Requirement): string | undefined {
  return requirement.keywords[0];
}
