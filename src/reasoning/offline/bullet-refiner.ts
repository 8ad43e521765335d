import type {
  AnswerTurn,
  Bullet,
  BulletReview,
  CvDocument,
  Gap,
  InterviewLanguage,
} from '../../domain/index.js';
import { checkGrounding } from '../grounding-check.js';
import { isStrongActionVerb, isStrongProgressive, WEAK_VERBS } from './action-verbs.js';
import { bulletLanguage } from './bullet-language.js';
import { MAX_BULLET_WORDS, withoutFirstPerson, wordCount } from './bullet-phrasing.js';
import { statedResult } from './bullet-writer.js';
import { withoutGermanFirstPerson } from './german-bullet-phrasing.js';
import { capitalised, germanStatedResult, withKeyword } from './german-bullet-writer.js';
import { isGermanParticiple } from './german-cues.js';
import { groundingSources } from './grounding-sources.js';
import { evidencesKeyword, mentionsKeyword, skillFor } from './skill-knowledge.js';
import { escapeRegExp, tidyClause, truncateWords, upperFirst } from './text-tools.js';

// A preposition or article left hanging once the claim after it is gone (`by 40%` → `by`).
const HANGING = String.raw`(?:\s+(?:by|to|from|of|for|with|at|in|on|over|across|about|around|nearly|almost|roughly|approximately|some|up to|more than|than|the|a|an|and|using|um|auf|von|bis|mit|für|über|ca\.?|rund|etwa|knapp|fast|mehr als|und))*`;

/**
 * Fixes what the review flagged: removes ungrounded claims (with the words that only served
 * them), drops first person, puts a verb first, adds the keyword when the answers name it, and
 * cuts to 30 words. Never adds a fact.
 */
export function refineOfflineBullet(input: {
  cv: CvDocument;
  gap: Gap;
  answers: readonly AnswerTurn[];
  bullet: Bullet;
  review: BulletReview;
  language?: InterviewLanguage;
}): Bullet {
  const { bullet, review, gap } = input;
  const sources = groundingSources(input.cv, input.answers);
  let text = bullet.text;

  for (const claim of review.ungroundedClaims) text = removeClaim(text, claim);
  // Removing one claim can expose another the first hid; check once more.
  for (const claim of checkGrounding({ text, sources }).ungroundedClaims) text = removeClaim(text, claim);
  if (bulletLanguage(input) === 'de') return refineGerman({ ...input, text, sources });

  if (!review.checks.noFirstPerson) text = withoutFirstPerson(text.replace(/^\s*(?:I|We)\s+/, ''));
  const first = firstWord(text).toLowerCase();
  // `Leading the migration …` is ongoing work: `Delivered leading …` would claim it finished.
  if (!isStrongActionVerb(first) && !isStrongProgressive(first) && !WEAK_VERBS.has(first))
    text = verbFirst(text);

  // Only the answers can say the work used the skill: the CV listing it somewhere does not.
  const answerText = input.answers.map((turn) => turn.answer).join('\n');
  const keyword = gap.requirement.keywords.find((k) => mentionsKeyword(answerText, k) && !isTrait(k));
  if (keyword && !gap.requirement.keywords.some((k) => evidencesKeyword(text, k))) {
    const name = skillFor(keyword)?.name ?? keyword;
    const [head, ...tail] = text.split(/(?=,\s)|(?=;\s)/);
    text = `${head} using ${name}${tail.join('')}`;
  }
  // The candidate gave a result the bullet lacks: add theirs, in their words.
  if (!review.checks.result) {
    const result = statedResult(input.answers);
    if (result && !text.includes(result.text)) text = `${tidyClause(text)}${result.joiner}${result.text}`;
  }
  text = upperFirst(truncateWords(tidyClause(dropClausesToFit(text)), MAX_BULLET_WORDS));
  const skills = bullet.skills.filter(
    (skill) => evidencesKeyword(text, skill) || evidencesKeyword(sources.join('\n'), skill),
  );
  return { ...bullet, text, skills };
}

/** The German counterpart: the same fixes, in German bullet form (participle closing the clause). */
function refineGerman(input: {
  gap: Gap;
  answers: readonly AnswerTurn[];
  bullet: Bullet;
  review: BulletReview;
  text: string;
  sources: string[];
}): Bullet {
  const { gap, review, bullet, sources } = input;
  let text = review.checks.noFirstPerson ? input.text : withoutGermanFirstPerson(input.text);
  const [head = '', ...tail] = text.split(/(?=;\s)/);
  let lead = head.trim();
  const lastWord = lead.split(/\s+/).at(-1) ?? '';
  // No verb to keep: say what the answers support, that it was done.
  if (!review.checks.actionVerb && !isGermanParticiple(lastWord)) lead = `${lead} umgesetzt`;
  const answerText = input.answers.map((turn) => turn.answer).join('\n');
  const keyword = gap.requirement.keywords.find((k) => mentionsKeyword(answerText, k) && !isTrait(k));
  if (keyword && !gap.requirement.keywords.some((k) => evidencesKeyword(lead, k))) {
    lead = withKeyword(lead, skillFor(keyword)?.name ?? keyword);
  }
  text = `${lead}${tail.join('')}`;
  if (!review.checks.result) {
    const result = germanStatedResult(input.answers);
    if (result && !text.includes(result)) text = `${tidyClause(text)}; ${result}`;
  }
  const words = text.split(/\s+/);
  if (words.length > MAX_BULLET_WORDS) text = (text.split(/;\s/)[0] ?? text).trim();
  text = capitalised(tidyClause(text));
  const skills = bullet.skills.filter(
    (skill) => evidencesKeyword(text, skill) || evidencesKeyword(sources.join('\n'), skill),
  );
  return { ...bullet, text, skills };
}

/** A soft skill is shown by the deed, never appended as a tool (`… mit Teamfähigkeit`, `using Teamwork`). */
function isTrait(keyword: string): boolean {
  return skillFor(keyword)?.category === 'soft-skill';
}

function removeClaim(text: string, claim: string): string {
  const pattern = new RegExp(`${HANGING}\\s*${escapeRegExp(claim)}(?![\\p{L}\\p{N}])`, 'iu');
  const next = text.replace(pattern, '');
  return tidyClause(
    next
      .replace(/\s{2,}/g, ' ')
      .replace(/,\s*,/g, ',')
      .replace(/\(\s*[,;/\s]*\)/g, '')
      .replace(/\s+([,;)])/g, '$1'),
  );
}

function firstWord(text: string): string {
  return (
    text
      .trim()
      .split(/\s+/)[0]
      ?.replace(/[^\p{L}-]/gu, '') ?? ''
  );
}

// Openings that say ownership without a verb, mapped to the verb that says it.
const VERBLESS_OPENINGS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:was\s+)?(?:responsible|accountable)\s+for\s+/i, 'Owned '],
  [/^(?:was\s+)?in\s+charge\s+of\s+/i, 'Led '],
  [/^(?:was\s+)?involved\s+in\s+/i, 'Contributed to '],
  [/^(?:worked|working)\s+on\s+/i, 'Contributed to '],
];

/**
 * Puts a verb first: `Responsible for X` → `Owned X`; a passive `The pipeline was rebuilt on Y`
 * → `Rebuilt the pipeline on Y`; a verb among the first words moves up; else `Delivered …`.
 */
function verbFirst(text: string): string {
  for (const [pattern, verb] of VERBLESS_OPENINGS) {
    if (pattern.test(text)) return `${verb}${text.replace(pattern, '')}`;
  }
  const passive = /^(.{3,60}?)\s+(?:was|were|has been|have been|got)\s+([a-z]+)\b\s*(.*)$/i.exec(text);
  if (passive?.[1] && passive[2] && isStrongActionVerb(passive[2])) {
    return `${upperFirst(passive[2].toLowerCase())} ${lowerArticle(passive[1])}${passive[3] ? ` ${passive[3]}` : ''}`;
  }
  const words = text.split(/\s+/);
  const index = words.findIndex((word, i) => i > 0 && isStrongActionVerb(word.replace(/[^\p{L}-]/gu, '')));
  if (index > 0 && index <= 3) return upperFirst(words.slice(index).join(' '));
  return `Delivered ${lowerArticle(text)}`;
}

function lowerArticle(text: string): string {
  return /^(?:The|A|An|This|That|These|Those|Our|My)\s/.test(text)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/** Over 30 words: drop trailing clauses (`, and leading …`) before cutting words. */
function dropClausesToFit(text: string): string {
  let result = text;
  while (wordCount(result) > MAX_BULLET_WORDS) {
    const cut = Math.max(result.lastIndexOf(', '), result.lastIndexOf('; '), result.lastIndexOf(' and '));
    if (cut <= 0 || wordCount(result.slice(0, cut)) < 8) break;
    result = result.slice(0, cut);
  }
  return result;
}
