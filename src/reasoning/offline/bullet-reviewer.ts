import type { AnswerTurn, Bullet, BulletReview, CvDocument, Gap } from '../../domain/index.js';
import { checkGrounding, findNumbers } from '../grounding-check.js';
import { isStrongActionVerb } from './action-verbs.js';
import { MAX_BULLET_WORDS, wordCount } from './bullet-phrasing.js';
import { groundingSources } from './grounding-sources.js';
import { requirementTopic } from './requirement-topic.js';
import { mentionsKeyword } from './skill-knowledge.js';
import { joinAnd } from './text-tools.js';

/** Points per bullet check; they add up to 10 (DESIGN.md §3, grounding is a gate, not points). */
const CHECK_POINTS = { actionVerb: 2, keyword: 3, result: 2, concise: 2, noFirstPerson: 1 } as const;
type Check = keyof typeof CHECK_POINTS;

const FIRST_PERSON = /(?<![\p{L}\p{N}])(?:I|i|me|my|mine|myself|we|We|us|our|Our|ours)(?![\p{L}\p{N}'’])/u;
const OUTCOME =
  /\b(?:reduc|cut|increas|improv|sav|decreas|lower|rais|boost|doubl|tripl|halv|accelerat|sped|speed|eliminat|faster|fewer|dropp|shorten|grew|grow|prevent|enabl|result|achiev|won|launch|ship)\w*/i;

/**
 * Reviews a bullet: grounding against the CV and the answers (an ungrounded bullet scores 0 and
 * fails), then a strong verb first, the job's keyword, the result the candidate gave, ≤ 30 words
 * and no first person. Passes at `threshold` (8 by default).
 */
export function reviewOfflineBullet(input: {
  cv: CvDocument;
  gap: Gap;
  answers: readonly AnswerTurn[];
  bullet: Bullet;
  threshold: number;
}): BulletReview {
  const { bullet, gap, answers } = input;
  const grounding = checkGrounding({ text: bullet.text, sources: groundingSources(input.cv, answers) });
  const answerText = answers.map((turn) => turn.answer).join('\n');
  const firstWord =
    bullet.text
      .trim()
      .split(/\s+/)[0]
      ?.replace(/[^\p{L}-]/gu, '') ?? '';
  const gaveResult = OUTCOME.test(answerText) || findNumbers(answerText).some((n) => n.kind !== 'plain');
  const checks: Record<Check, boolean> = {
    actionVerb: isStrongActionVerb(firstWord),
    keyword: keywordPresent(bullet.text, gap),
    result: !gaveResult || OUTCOME.test(bullet.text) || findNumbers(bullet.text).length > 0,
    concise: wordCount(bullet.text) <= MAX_BULLET_WORDS,
    noFirstPerson: !FIRST_PERSON.test(bullet.text),
  };
  const points = (Object.keys(CHECK_POINTS) as Check[]).reduce(
    (sum, check) => sum + (checks[check] ? CHECK_POINTS[check] : 0),
    0,
  );
  const score = grounding.grounded ? points : 0;
  const passed = grounding.grounded && score >= input.threshold;
  return {
    score,
    grounded: grounding.grounded,
    ungroundedClaims: grounding.ungroundedClaims,
    checks,
    passed,
    feedback: feedbackFor(checks, grounding.ungroundedClaims, requirementTopic(gap.requirement), passed),
  };
}

function keywordPresent(text: string, gap: Gap): boolean {
  if (gap.requirement.keywords.length > 0)
    return gap.requirement.keywords.some((keyword) => mentionsKeyword(text, keyword));
  return requirementTopic(gap.requirement)
    .split(/\s+/)
    .filter((word) => word.length > 4)
    .some((word) => text.toLowerCase().includes(word.toLowerCase().slice(0, 5)));
}

const PROBLEMS: Record<Check, string> = {
  actionVerb: 'start with a strong action verb',
  keyword: 'name KEYWORD',
  result: 'include the result you gave',
  concise: `keep it to ${MAX_BULLET_WORDS} words`,
  noFirstPerson: 'drop the first person',
};

function feedbackFor(
  checks: Record<Check, boolean>,
  ungrounded: readonly string[],
  topic: string,
  passed: boolean,
): string {
  const problems = (Object.keys(checks) as Check[])
    .filter((check) => !checks[check])
    .map((check) => PROBLEMS[check].replace('KEYWORD', topic));
  const parts: string[] = [];
  if (ungrounded.length > 0) parts.push(`Not backed by your CV or answers: ${ungrounded.join(', ')}.`);
  if (problems.length > 0) parts.push(`To improve: ${joinAnd(problems)}.`);
  if (passed && parts.length === 0) return 'Grounded, concise and specific: ready for your CV.';
  return parts.join(' ');
}
