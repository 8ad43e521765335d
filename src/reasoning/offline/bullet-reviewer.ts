import type {
  AnswerTurn,
  Bullet,
  BulletReview,
  CvDocument,
  Gap,
  InterviewLanguage,
} from '../../domain/index.js';
import { checkGrounding, findNumbers, type Quantity } from '../grounding-check.js';
import { isStrongActionVerb, isStrongProgressive, WEAK_VERBS } from './action-verbs.js';
import { MAX_BULLET_WORDS, wordCount } from './bullet-phrasing.js';
import {
  GERMAN_ACTION_NOUNS,
  hasGermanOutcome,
  isGermanParticiple,
  isGermanStrongParticiple,
} from './german-cues.js';
import { germanTopic, joinUnd } from './german-terms.js';
import { groundingSources } from './grounding-sources.js';
import { requirementTopic } from './requirement-topic.js';
import { categoryOf, evidencesKeyword } from './skill-knowledge.js';
import { joinAnd } from './text-tools.js';

/**
 * What each failed check costs, from 10 (grounding is a gate, not points). Every rule of
 * DESIGN.md §3 costs more than 2, so one failure fails the default bar of 8; a weak but honest
 * verb (`Helped`, `Used`) costs only 1.
 */
const PENALTY = { actionVerb: 2.5, keyword: 3, result: 2.5, concise: 2.5, noFirstPerson: 2.5 } as const;
const WEAK_VERB_PENALTY = 1;
type Check = keyof typeof PENALTY;

const FIRST_PERSON = /(?<![\p{L}\p{N}])(?:I|i|me|my|mine|myself|we|We|us|our|Our|ours)(?![\p{L}\p{N}'’])/u;
const FIRST_PERSON_DE =
  /(?<![\p{L}\p{N}])(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|wir|uns|unser|unsere|unseren|unserem|unserer)(?![\p{L}\p{N}])/iu;
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
  language?: InterviewLanguage;
}): BulletReview {
  const { bullet, gap, answers } = input;
  const grounding = checkGrounding({ text: bullet.text, sources: groundingSources(input.cv, answers) });
  const answerText = answers.map((turn) => turn.answer).join('\n');
  const firstWord =
    bullet.text
      .trim()
      .split(/\s+/)[0]
      ?.replace(/[^\p{L}-]/gu, '') ?? '';
  const gaveResult =
    OUTCOME.test(answerText) || hasGermanOutcome(answerText) || findNumbers(answerText).some(isResultNumber);
  const verb = germanVerb(bullet.text);
  const checks: Record<Check, boolean> = {
    actionVerb: isStrongActionVerb(firstWord) || isStrongProgressive(firstWord) || verb === 'strong',
    keyword: keywordPresent(bullet.text, gap),
    result:
      !gaveResult ||
      OUTCOME.test(bullet.text) ||
      hasGermanOutcome(bullet.text) ||
      findNumbers(bullet.text).some(isResultNumber),
    concise: wordCount(bullet.text) <= MAX_BULLET_WORDS,
    noFirstPerson: !FIRST_PERSON.test(bullet.text) && !FIRST_PERSON_DE.test(bullet.text),
  };
  const penalty = (Object.keys(PENALTY) as Check[]).reduce((sum, check) => {
    if (checks[check]) return sum;
    const weakVerb = check === 'actionVerb' && (WEAK_VERBS.has(firstWord.toLowerCase()) || verb === 'weak');
    return sum + (weakVerb ? WEAK_VERB_PENALTY : PENALTY[check]);
  }, 0);
  const score = grounding.grounded ? Math.max(0, 10 - penalty) : 0;
  const passed = grounding.grounded && score >= input.threshold;
  return {
    score,
    grounded: grounding.grounded,
    ungroundedClaims: grounding.ungroundedClaims,
    checks,
    passed,
    feedback:
      input.language === 'de'
        ? feedbackFor(GERMAN, checks, grounding.ungroundedClaims, germanTopic(gap.requirement), passed)
        : feedbackFor(ENGLISH, checks, grounding.ungroundedClaims, requirementTopic(gap.requirement), passed),
  };
}

/**
 * The verb of a German bullet: the participle closing its first clause (`Pipeline aufgebaut; …`)
 * or a nominal opening (`Aufbau einer Pipeline`); `none` for a bullet without either.
 */
function germanVerb(text: string): 'strong' | 'weak' | 'none' {
  const firstClause = text.split(/[;,]/)[0] ?? '';
  const words = firstClause
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}-]/gu, ''));
  // `X eingeführt und Y umgestellt`: any participle of the clause counts, not only the last.
  const participles = words.slice(1).filter((word) => /^\p{Ll}/u.test(word) && isGermanParticiple(word));
  if (GERMAN_ACTION_NOUNS.test(words[0] ?? '') || participles.some(isGermanStrongParticiple)) return 'strong';
  return participles.length > 0 ? 'weak' : 'none';
}

/** A number that states a result by itself: a percentage, a multiple or an amount of money. */
function isResultNumber(quantity: Quantity): boolean {
  return quantity.kind === 'percent' || quantity.kind === 'times' || quantity.kind.startsWith('currency:');
}

function keywordPresent(text: string, gap: Gap): boolean {
  // A soft skill is shown by the deed, not named: "showed attention to detail" adds nothing.
  if (
    gap.requirement.kind === 'soft-skill' ||
    gap.requirement.keywords.some((k) => categoryOf(k) === 'soft-skill')
  ) {
    return true;
  }
  if (gap.requirement.keywords.length > 0)
    return gap.requirement.keywords.some((keyword) => evidencesKeyword(text, keyword));
  return requirementTopic(gap.requirement)
    .split(/\s+/)
    .filter((word) => word.length > 4)
    .some((word) => text.toLowerCase().includes(word.toLowerCase().slice(0, 5)));
}

/** How the review's feedback is worded in one language. */
interface ReviewPhrasing {
  /** What to do about each failed check; KEYWORD stands for the requirement's topic. */
  problems: Record<Check, string>;
  ungrounded: (claims: string) => string;
  improve: (problems: readonly string[]) => string;
  ready: string;
}

const ENGLISH: ReviewPhrasing = {
  problems: {
    actionVerb: 'start with a strong action verb',
    keyword: 'name KEYWORD',
    result: 'include the result you gave',
    concise: `keep it to ${MAX_BULLET_WORDS} words`,
    noFirstPerson: 'drop the first person',
  },
  ungrounded: (claims) => `Not backed by your CV or answers: ${claims}.`,
  improve: (problems) => `To improve: ${joinAnd(problems)}.`,
  ready: 'Grounded, concise and specific: ready for your CV.',
};

const GERMAN: ReviewPhrasing = {
  problems: {
    actionVerb: 'eine klare Tätigkeit nennen (etwa „aufgebaut“, „eingeführt“, „migriert“)',
    keyword: 'KEYWORD nennen',
    result: 'das Ergebnis aufnehmen, das Sie genannt haben',
    concise: `höchstens ${MAX_BULLET_WORDS} Wörter verwenden`,
    noFirstPerson: 'ohne „ich“ und „wir“ formulieren',
  },
  ungrounded: (claims) => `Weder durch Ihren Lebenslauf noch durch Ihre Antworten belegt: ${claims}.`,
  improve: (problems) => `Verbesserungsvorschlag: ${joinUnd(problems)}.`,
  ready: 'Belegt, knapp und konkret: bereit für Ihren Lebenslauf.',
};

function feedbackFor(
  phrasing: ReviewPhrasing,
  checks: Record<Check, boolean>,
  ungrounded: readonly string[],
  topic: string,
  passed: boolean,
): string {
  const problems = (Object.keys(checks) as Check[])
    .filter((check) => !checks[check])
    .map((check) => phrasing.problems[check].replace('KEYWORD', topic));
  const parts: string[] = [];
  if (ungrounded.length > 0) parts.push(phrasing.ungrounded(ungrounded.join(', ')));
  if (problems.length > 0) parts.push(phrasing.improve(problems));
  if (passed && parts.length === 0) return phrasing.ready;
  return parts.join(' ');
}
