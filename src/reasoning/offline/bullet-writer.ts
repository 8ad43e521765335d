import type { AnswerTurn, Bullet, CvDocument, Gap, InterviewLanguage } from '../../domain/index.js';
import { findNumbers } from '../grounding-check.js';
import { isStrongActionVerb, pastTense } from './action-verbs.js';
import { bulletLanguage } from './bullet-language.js';
import {
  type ActionClause,
  actionClauseOf,
  MAX_BULLET_WORDS,
  resultPhraseOf,
  resultsAsGerunds,
  withoutFirstPerson,
  wordCount,
} from './bullet-phrasing.js';
import { isClaimableResult, isIntent } from './claimable-result.js';
import { cvEntries } from './cv-entries.js';
import { writeGermanBullet } from './german-bullet-writer.js';
import { findRelatedExperience } from './related-experience.js';
import {
  evidencesKeyword,
  mentionsKeyword,
  namesFor,
  neighbourNames,
  skillFor,
  skillsMentioned,
} from './skill-knowledge.js';
import {
  escapeRegExp,
  hasPhrase,
  splitSentences,
  tidyClause,
  truncateWords,
  upperFirst,
} from './text-tools.js';

/** Words that play the work down (`a bit`, `a little`): a clause with them makes a weak bullet. */
const HEDGE =
  /\b(?:a\s+(?:little\s+)?bit|a\s+little|somewhat|kind\s+of|sort\s+of|here\s+and\s+there|occasionally|a\s+few\s+times|not\s+much)\b/i;

/** An action whose object is a bare pronoun (`I owned it end to end`): unreadable on its own. */
const PRONOUN_OBJECT = /^\s*\S+\s+(?:it|this|that)\b(?!\s+(?:was|is)\b)/i;

const OUTCOME_WORD =
  /\b(?:reduc|cut|increas|improv|sav|decreas|lower|rais|boost|doubl|tripl|halv|accelerat|sped|eliminat|faster|fewer|dropp|shorten|grew|prevent)\w*/i;

/**
 * Writes a CV bullet from the candidate's own words: their strongest action clause with the verb
 * first, the job's keyword (only when the answers name it), the result they gave, at most 30
 * words, no first person, no word or number the answers and CV do not contain. German answers
 * (or a German CV) get a German bullet: one language per bullet (see bulletLanguage).
 */
export function writeOfflineBullet(input: {
  cv: CvDocument;
  gap: Gap;
  answers: readonly AnswerTurn[];
  language?: InterviewLanguage;
}): Bullet {
  const { cv, gap, answers } = input;
  const answerText = answers.map((turn) => turn.answer).join('\n');
  if (bulletLanguage(input) === 'de') {
    return writeGermanBullet({ cv, gap, answers, placement: placementOf(cv, gap, answerText) });
  }
  const sentences = answers.flatMap((turn) => splitSentences(turn.answer));
  const evidencedKeywords = gap.requirement.keywords.filter((keyword) =>
    evidencesKeyword(answerText, keyword),
  );
  const topicSkills =
    evidencedKeywords.length > 0 ? evidencedKeywords : gap.requirement.keywords.flatMap(neighbourNames);

  const action = bestActionClause(sentences, topicSkills);
  let lead = action
    ? withoutOtherActors(withoutFirstPerson(action.clause.text))
    : fallbackLead(sentences, topicSkills, gap.requirement.keywords[0]);
  // A hedge the candidate used in passing does not belong in a CV line; a hedge-only answer
  // still gets a bullet that says no more than it did (`Used AWS Lambda`).
  lead = withStrongVerbFirst(withoutHedge(lead));
  // A long action that carries its own result (`…, which reduced cost by 25%`) would lose the
  // result to the word limit: split it off, so the action is shortened and the result kept.
  const carried = /,\s*which\s+/i.exec(lead);
  if (carried && hasOutcome(lead) && wordCount(lead) > MAX_BULLET_WORDS) lead = lead.slice(0, carried.index);
  const result = hasOutcome(lead) ? undefined : bestResult(sentences, action?.sentence ?? '');
  const resultText = result ? withoutFirstPerson(result.text) : '';

  // Only a keyword the answers name may be written in; an umbrella term shown through an
  // instance (MySQL for relational databases) is evidenced, not named.
  // A trait is shown by the deed: "chaired the sync using Teamwork" says nothing more.
  const keyword = evidencedKeywords.find(
    (k) => mentionsKeyword(answerText, k) && skillFor(k)?.category !== 'soft-skill',
  );
  let keywordPart = '';
  if (keyword) {
    lead = withCanonicalName(withPronounResolved(lead, canonical(keyword)), keyword);
    if (!mentionsKeyword(lead, keyword) && !mentionsKeyword(resultText, keyword))
      keywordPart = ` using ${canonical(keyword)}`;
  }

  const budget = MAX_BULLET_WORDS - wordCount(keywordPart) - (resultText ? wordCount(resultText) : 0);
  const shortLead = shortenLead(lead, Math.max(budget, 8), keyword);
  let text = `${withKeywordPart(tidyClause(shortLead), keywordPart)}${resultText ? `${result?.joiner ?? ', '}${resultText}` : ''}`;
  text = upperFirst(truncateWords(tidyClause(resultsAsGerunds(withSkillCasing(text))), MAX_BULLET_WORDS));

  const placement = placementOf(cv, gap, answerText);
  return {
    text: withoutPlacedEntry(text, cv, placement),
    ...placement,
    skills: evidencedKeywords.map(canonical),
  };
}

/**
 * `… for the billing service at ABC Company, Inc. and led …` → `… for the billing service and
 * led …`: the bullet sits under that employer in the CV, so naming it again only costs words
 * (and a cut legal suffix left `Inc;` behind).
 */
function withoutPlacedEntry(
  text: string,
  cv: CvDocument,
  placement: Pick<Bullet, 'workIndex' | 'projectIndex'>,
): string {
  const entry = cvEntries(cv.resume).find(
    (e) =>
      (e.section === 'work' && e.index === placement.workIndex) ||
      (e.section === 'projects' && e.index === placement.projectIndex),
  );
  const name = entry?.name?.trim();
  if (!name) return text;
  const core = name.replace(LEGAL_SUFFIX, '').trim();
  const names = [name.replace(/\.$/, ''), core].filter((n) => n.length >= 2);
  for (const n of names) {
    const pattern = new RegExp(
      `\\s+(?:at|for|with)\\s+${escapeRegExp(n)}(?:,?\\s+(?:inc|llc|ltd|gmbh|ag|corp|co|plc))?\\.?(?![\\p{L}\\p{N}])`,
      'iu',
    );
    const next = text.replace(pattern, '');
    // Keep the name when it is all the action says (`Worked at Acme`).
    if (next !== text && wordCount(next) >= 3) return upperFirst(tidyClause(next));
  }
  return text;
}

function bestActionClause(
  sentences: readonly string[],
  topicSkills: readonly string[],
): { clause: ActionClause; sentence: string } | undefined {
  let best: { clause: ActionClause; sentence: string; score: number } | undefined;
  for (const sentence of sentences.flatMap(clausesOf)) {
    const clause = actionClauseOf(sentence);
    if (!clause) continue;
    // A follow-up's concrete action (`I wrote the resize function`) beats the first turn's
    // hedged mention of the skill (`I used Lambda a bit`).
    const score =
      (topicSkills.some((skill) => mentionsKeyword(sentence, skill)) ? 2 : 0) +
      (clause.own ? 3 : 0) +
      (clause.strongVerb ? 1 : 0) +
      (findNumbers(sentence).length > 0 ? 1 : 0) +
      (skillsMentioned(sentence).size > 0 ? 1 : 0) -
      (HEDGE.test(clause.text) ? 3 : 0) -
      (isIntent(sentence) ? 3 : 0) -
      (PRONOUN_OBJECT.test(clause.text) ? 1 : 0);
    if (!best || score > best.score) best = { clause, sentence, score };
  }
  return best;
}

function bestResult(sentences: readonly string[], actionSentence: string) {
  let best: { text: string; joiner: ', ' | '; '; score: number } | undefined;
  sentences.forEach((whole, index) => {
    // Doubt can follow in the next sentence: `It saved 10%. Not sure, I did not measure it.`
    if (!isClaimableResult(whole, sentences[index + 1])) return;
    // `I owned it; it served 40,000 users and cut tickets by 20%`: each part may hold the result.
    const parts = whole.includes(';') ? [whole, ...whole.split(/\s*;\s*/)] : [whole];
    for (const sentence of parts) {
      if (!isClaimableResult(sentence)) continue;
      if (sentence === actionSentence && !OUTCOME_WORD.test(sentence)) continue;
      const phrase = resultPhraseOf(sentence === actionSentence ? afterAction(sentence) : sentence);
      if (!phrase) continue;
      const score = findNumbers(phrase.text).length > 0 ? 2 : 1;
      if (!best || score > best.score) best = { ...phrase, score };
    }
  });
  return best;
}

/** The result the candidate stated anywhere in their answers, phrased to follow an action. */
export function statedResult(
  answers: readonly AnswerTurn[],
): { text: string; joiner: ', ' | '; ' } | undefined {
  const sentences = answers.flatMap((turn) => splitSentences(turn.answer));
  const best = bestResult(sentences, '');
  return best ? { text: withoutFirstPerson(best.text), joiner: best.joiner } : undefined;
}

/** In `I built X, which cut Y`, the part after the action clause. */
function afterAction(sentence: string): string {
  const match = /,\s*(?:which|and|so|that)\s+/.exec(sentence);
  return match ? `which ${sentence.slice(match.index + match[0].length)}` : '';
}

/** A sentence's clauses, so `We did X: I did Y` offers the candidate's own part on its own. */
function clausesOf(sentence: string): string[] {
  return sentence
    .split(/\s*[:;]\s*|,\s*(?=(?:and\s+|but\s+|then\s+)?(?:I|we)\b)|\s+(?:and|but)\s+(?=(?:I|we)\b)/)
    .filter((part) => part.trim().length > 0);
}

/**
 * Puts ` using X` after the action, before a result the lead carries (`Set up 6 Helm charts
 * using Kubernetes, and deployments went …`), so the tool does not read as part of the result.
 */
function withKeywordPart(lead: string, keywordPart: string): string {
  if (!keywordPart) return lead;
  const boundary = /,\s+(?:and|which|so)\b|;\s/.exec(lead);
  if (!boundary) return `${lead}${keywordPart}`;
  return `${lead.slice(0, boundary.index)}${keywordPart}${lead.slice(boundary.index)}`;
}

/**
 * `Used design patterns to rebuild the tracking service` → `Rebuilt the tracking service using
 * design patterns`: the candidate's own strong verb leads; the words are all theirs.
 */
function withStrongVerbFirst(lead: string): string {
  const match = /^Used\s+((?:\S+\s+){0,4}?\S+)\s+to\s+([a-z]+)\s+(.+)$/.exec(lead);
  if (!match?.[1] || !match[2] || !match[3] || /[,;]/.test(match[1])) return lead;
  const past = pastTense(match[2]);
  if (!isStrongActionVerb(past)) return lead;
  // A result after the action stays last: `…, cutting load time by 35%`.
  const boundary = /,\s|;\s/.exec(match[3]);
  const object = boundary ? match[3].slice(0, boundary.index) : match[3];
  const tail = boundary ? match[3].slice(boundary.index) : '';
  return `${upperFirst(past)} ${object} using ${match[1]}${tail}`;
}

/** `Used AWS Lambda a bit at Globex` → `Used AWS Lambda at Globex`. */
function withoutHedge(text: string): string {
  return tidyClause(text.replace(new RegExp(`\\s*${HEDGE.source}`, 'gi'), '').replace(/\s+;/g, ';'));
}

/** `Owned it end to end` → `Owned AWS Lambda end to end`: the answer was about the skill. */
function withPronounResolved(lead: string, name: string): string {
  if (!PRONOUN_OBJECT.test(lead)) return lead;
  return lead.replace(/^(\s*\S+\s+)(?:it|this|that)\b/i, `$1${name}`);
}

/** Cuts a trailing clause about someone else's work (`…, the team handled the database`). */
function withoutOtherActors(text: string): string {
  return text.replace(
    /,\s*(?:and\s+|while\s+|but\s+)?(?:the team|they|he|she|someone|others|the rest|the\s+\w+\s+team)\b.*$/i,
    '',
  );
}

/**
 * No action clause ("Yes, I know TDD"): say only what the answer supports — the skill, and
 * where or what for when the answer says so (`Used AWS Lambda for image resizing`).
 */
function fallbackLead(
  sentences: readonly string[],
  topicSkills: readonly string[],
  keyword: string | undefined,
): string {
  const named = topicSkills.find((skill) => sentences.some((s) => mentionsKeyword(s, skill)));
  const subject = named ? canonical(named) : keyword ? canonical(keyword) : 'the work described';
  const category = named ? skillFor(named)?.category : undefined;
  const verb = category === 'methodology' ? 'Applied' : category === 'soft-skill' ? 'Showed' : 'Used';
  const sentence = sentences.find((s) => (named ? mentionsKeyword(s, named) : false)) ?? '';
  // Only what was done: `in a course right now and hope to deploy 3 apps` stops before `and hope`.
  const found = /\b(?:for|on|in|at|to)\s+[^,;.]+/i
    .exec(sentence)?.[0]
    .split(/\s+(?:and|but|so|because|while|right now)\b/i)[0];
  // `to Kubernetes` after `Used Kubernetes` says nothing new.
  const purpose = found && named && mentionsKeyword(found, named) ? undefined : found;
  return `${verb} ${subject}${purpose ? ` ${withoutFirstPerson(truncateWords(purpose, 10))}` : ''}`;
}

function hasOutcome(text: string): boolean {
  return OUTCOME_WORD.test(text) && findNumbers(text).length > 0;
}

/** Fits the lead into `budget` words: drops a trailing subordinate clause first, then cuts words. */
function shortenLead(lead: string, budget: number, keyword: string | undefined): string {
  if (wordCount(lead) <= budget) return lead;
  const clauses = lead.split(
    /,(?!\d)\s*|\s+(?=which\b|that\b|because\b|so that\b|while\b|where\b|including\b)/i,
  );
  let kept = clauses[0] ?? lead;
  for (const clause of clauses.slice(1)) {
    if (wordCount(`${kept} ${clause}`) > budget) break;
    kept = `${kept}, ${clause}`;
  }
  // Keep the clause that names the keyword, when the cut would drop it.
  if (keyword && !mentionsKeyword(kept, keyword)) {
    const withKeyword = clauses.find((clause) => mentionsKeyword(clause, keyword));
    const first = clauses[0] ?? '';
    if (withKeyword && wordCount(`${kept} ${withKeyword}`) <= budget) kept = `${kept}, ${withKeyword}`;
    // Else drop the list items in between: `Owned moving the monolith, …, the search cluster and
    // the workers onto Kubernetes` keeps the action and the clause that names the skill.
    else if (withKeyword && withKeyword !== first && wordCount(`${first} ${withKeyword}`) <= budget)
      kept = `${first}, ${withKeyword}`;
  }
  return truncateWords(kept, budget);
}

/** Writes tools the way their makers do when the answer only differed in case (`sql` → `SQL`). */
function withSkillCasing(text: string): string {
  let result = text;
  for (const { surface, skill } of skillsMentioned(text).values()) {
    const forms = [skill.name, ...skill.aliases.map((alias) => alias.replace(/^\?+/, ''))];
    // Written as the maker writes it already (`jQuery`, `Git`): an alias must not undo that.
    if (surface === skill.name) continue;
    const written = forms.find((form) => form !== surface && form.toLowerCase() === surface.toLowerCase());
    // `serverless` stays as written; `sql`, `s3`, `python` take their proper form.
    if (!written || (written === upperFirst(surface) && !PROPER_NAME_CATEGORIES.has(skill.category)))
      continue;
    result = result.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surface)}(?![\\p{L}\\p{N}])`, 'gu'),
      written,
    );
  }
  return result;
}

// Categories whose names are proper nouns even when they look like words (Python, Docker).
const PROPER_NAME_CATEGORIES = new Set(['language', 'framework', 'library', 'database', 'tool']);

/** Writes the job's own name for the skill where the candidate used an alias (`k8s` → Kubernetes). */
function withCanonicalName(text: string, keyword: string): string {
  const name = canonical(keyword);
  if (hasPhrase(text, name)) return text;
  for (const alias of namesFor(keyword)) {
    if (alias.length < 2 || alias === name) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(alias)}(?![\\p{L}\\p{N}])`, 'iu');
    if (pattern.test(text)) return text.replace(pattern, name);
  }
  return text;
}

function canonical(keyword: string): string {
  return skillFor(keyword)?.name ?? keyword;
}

// Legal suffixes the candidate leaves out when they talk ("ABC Company, Inc." → "ABC Company").
const LEGAL_SUFFIX =
  /[,\s]+(?:inc|llc|ltd|limited|gmbh|ag|corp|corporation|co|plc|s\.?a|b\.?v|oy|ab|se)\.?$/i;

/** True when the answer names the employer or project, with or without its legal suffix. */
function namesEntry(answerText: string, name: string): boolean {
  const core = name.trim().replace(LEGAL_SUFFIX, '').trim();
  if (core.length < 2) return false;
  if (hasPhrase(answerText, name) || hasPhrase(answerText, core)) return true;
  // A distinctive first word written with its capital ("at Acme" for "Acme Payments").
  const first = core.split(/\s+/)[0] ?? '';
  return (
    first.length >= 4 && /^\p{Lu}/u.test(first) && new RegExp(`\\b${escapeRegExp(first)}\\b`).test(answerText)
  );
}

const IMPLICIT_REFERENCE =
  /\b(?:there|that (?:job|role|company|team|project|client)|this (?:job|role|project)|same (?:job|company|team|project)|at the time|dort|damals|in dieser (?:Stelle|Rolle|Firma))\b/i;

/** Which CV entry the bullet belongs to: the one the answer names, or the question's anchor when the answer points back to it. */
function placementOf(
  cv: CvDocument,
  gap: Gap,
  answerText: string,
): Pick<Bullet, 'workIndex' | 'projectIndex'> {
  const named = cvEntries(cv.resume).find(
    (entry) => entry.name !== undefined && namesEntry(answerText, entry.name),
  );
  const entry =
    named ?? (IMPLICIT_REFERENCE.test(answerText) ? findRelatedExperience(cv, gap)?.entry : undefined);
  if (!entry) return {};
  return entry.section === 'work' ? { workIndex: entry.index } : { projectIndex: entry.index };
}
