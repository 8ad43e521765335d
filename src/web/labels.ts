import type { RubricElement } from '../domain/answer-evaluation.js';
import type { Priority } from '../domain/requirement.js';
import type { QuestionStatus } from '../workflow/question-view.js';

/**
 * Maximum points of each rubric element (DESIGN.md §3). Kept here rather than imported from
 * the domain module so the browser bundle does not pull in Zod; a test keeps the two in step.
 */
export const RUBRIC_POINTS: Record<RubricElement, number> = {
  relevance: 3,
  specificity: 2,
  ownership: 2,
  impact: 2,
  clarity: 1,
};

/** Rubric elements in the order the rubric lists them. */
export const RUBRIC_ELEMENTS = Object.keys(RUBRIC_POINTS) as RubricElement[];

/** What each rubric element asks of an answer, in the candidate's words. */
export const RUBRIC_LABELS: Record<RubricElement, string> = {
  relevance: 'Relevant to the requirement',
  specificity: 'Specific: tools, context, scale',
  ownership: 'Your own part in it',
  impact: 'Result or impact',
  clarity: 'Clear',
};

/** Priorities, most important first, with the names shown to people. */
export const PRIORITIES: { value: Priority; label: string }[] = [
  { value: 'CRITICAL', label: 'Critical' },
  { value: 'IMPORTANT', label: 'Important' },
  { value: 'NICE_TO_HAVE', label: 'Nice to have' },
];

/** A question's status as the side list shows it. */
export const STATUS_LABELS: Record<QuestionStatus, string> = {
  'awaiting-answer': 'Not answered',
  'awaiting-follow-up': 'Follow-up',
  'awaiting-decision': 'Bullet ready',
  accepted: 'Accepted',
  edited: 'Edited',
  rejected: 'Rejected',
  'true-gap': 'True gap',
};

/** Statuses after which the question needs nothing more from the candidate. */
export function isSettled(status: QuestionStatus): boolean {
  return status === 'accepted' || status === 'edited' || status === 'rejected' || status === 'true-gap';
}

/** What the first-class "no experience" button sends: the engine recognises it as a true gap. */
export const NO_EXPERIENCE_ANSWER = 'I have no experience with this';
