import type { AnswerTurn, Bullet, CvDocument, Gap } from '../../domain/index.js';
import { findNumbers } from '../grounding-check.js';
import { MAX_BULLET_WORDS, wordCount } from './bullet-phrasing.js';
import { cvEntries } from './cv-entries.js';
import {
  type GermanActionClause,
  germanActionClauseOf,
  germanClauses,
  germanResultOf,
  withoutGermanFirstPerson,
  withoutLeadingArticle,
} from './german-bullet-phrasing.js';
import { hasGermanOutcome } from './german-cues.js';
import { germanName } from './german-terms.js';
import {
  evidencesKeyword,
  mentionsKeyword,
  neighbourNames,
  skillFor,
  skillsMentioned,
} from './skill-knowledge.js';
import { escapeRegExp, tidyClause, upperFirst } from './text-tools.js';

/** Where the bullet belongs; the writer that knows the CV's entries decides it. */
type Placement = Pick<Bullet, 'workIndex' | 'projectIndex'>;

/**
 * Writes a German CV bullet from the candidate's German answers, in the participle style German
 * CVs use (`Event-Verarbeitung mit Kafka aufgebaut; Latenz um 30 % gesenkt`): their strongest
 * action clause, the job's keyword when the answers name it, the result they gave, at most 30
 * words, no first person, and no word or number the answers and CV do not contain.
 */
export function writeGermanBullet(input: {
  cv: CvDocument;
  gap: Gap;
  answers: readonly AnswerTurn[];
  placement: Placement;
}): Bullet {
  const { gap, answers } = input;
  const answerText = answers.map((turn) => turn.answer).join('\n');
  const clauses = answers.flatMap((turn) => germanClauses(turn.answer));
  const evidencedKeywords = gap.requirement.keywords.filter((keyword) =>
    evidencesKeyword(answerText, keyword),
  );
  const topicSkills =
    evidencedKeywords.length > 0 ? evidencedKeywords : gap.requirement.keywords.flatMap(neighbourNames);
  const teamWord = /(?<!\p{L})team/iu.test(answerText);

  const action = bestAction(clauses, topicSkills, teamWord);
  let lead = withoutGermanHedge(
    withoutEmployer(action?.text ?? fallbackLead(clauses, topicSkills, gap), input.cv, input.placement),
  );
  // A trait is shown by the deed: `… mit Teamfähigkeit geschrieben` says nothing more.
  const keyword = evidencedKeywords.find(
    (k) => mentionsKeyword(answerText, k) && skillFor(k)?.category !== 'soft-skill',
  );
  if (keyword && !mentionsKeyword(lead, keyword)) lead = withKeyword(lead, canonical(keyword));
  const result = hasOutcome(lead) ? undefined : bestResult(clauses, action?.source);

  let text = result ? `${lead}; ${result}` : lead;
  if (wordCount(text) > MAX_BULLET_WORDS) text = lead;
  if (wordCount(text) > MAX_BULLET_WORDS) text = shortened(text);
  return {
    text: capitalised(tidyClause(withoutGermanFirstPerson(text))),
    ...input.placement,
    skills: evidencedKeywords.map(canonical),
  };
}

/** Words that play the work down (`ein bisschen`): they do not belong in a CV line. */
const GERMAN_HEDGE =
  /(?<!\p{L})(?:ein\s+(?:kleines\s+)?bisschen|ein\s+wenig|ab\s+und\s+zu|gelegentlich|ein\s+paar\s+Mal|nur\s+kurz|am\s+Rande)(?!\p{L})/iu;

/** `Kubernetes ein bisschen benutzt` → `Kubernetes benutzt`: says no more than the answer, minus the hedge. */
function withoutGermanHedge(text: string): string {
  return text.replace(new RegExp(`\\s*${GERMAN_HEDGE.source}`, 'giu'), '').trim();
}

function bestAction(
  clauses: readonly string[],
  topicSkills: readonly string[],
  teamWord: boolean,
): GermanActionClause | undefined {
  let best: { clause: GermanActionClause; score: number } | undefined;
  for (const sentence of clauses) {
    const clause = germanActionClauseOf(sentence, teamWord);
    if (!clause) continue;
    const score =
      (topicSkills.some((skill) => mentionsKeyword(sentence, skill)) ? 2 : 0) +
      (clause.own ? 3 : 0) +
      (clause.strongVerb ? 1 : 0) +
      (findNumbers(sentence).length > 0 ? 1 : 0) +
      (skillsMentioned(sentence).size > 0 ? 1 : 0) -
      // A follow-up's concrete action beats the first turn's `ein bisschen benutzt`.
      (GERMAN_HEDGE.test(clause.text) ? 3 : 0);
    if (!best || score > best.score) best = { clause, score };
  }
  return best?.clause;
}

function bestResult(clauses: readonly string[], actionSource: string | undefined): string | undefined {
  let best: { text: string; score: number } | undefined;
  for (const clause of clauses) {
    if (clause === actionSource) continue;
    const text = germanResultOf(clause);
    if (!text) continue;
    const score = findNumbers(text).length > 0 ? 2 : 1;
    if (!best || score > best.score) best = { text, score };
  }
  return best?.text;
}

/** The result the candidate stated anywhere in their German answers, in bullet form. */
export function germanStatedResult(answers: readonly AnswerTurn[]): string | undefined {
  return bestResult(
    answers.flatMap((turn) => germanClauses(turn.answer)),
    undefined,
  );
}

/**
 * `Bei der Beispiel AG die Pipeline aufgebaut` → `Pipeline aufgebaut`: the bullet sits under its
 * employer in the CV, so naming it again only costs words.
 */
function withoutEmployer(lead: string, cv: CvDocument, placement: Placement): string {
  for (const entry of cvEntries(cv.resume)) {
    if (!entry.name) continue;
    const placed =
      (entry.section === 'work' && entry.index === placement.workIndex) ||
      (entry.section === 'projects' && entry.index === placement.projectIndex);
    // `mypy bei Beispiel AG für den Abrechnungsdienst aufgebaut`: the entry it is filed under.
    const inside = new RegExp(
      `\\s+(?:bei|in|im|für)\\s+(?:der|dem|den|die)?\\s*${escapeRegExp(entry.name)}(?!\\p{L})`,
      'iu',
    );
    if (placed && inside.test(lead)) {
      const next = lead.replace(inside, '');
      if (next.split(/\s+/).length >= 2) return next;
    }
    const pattern = new RegExp(
      `^(?:bei|in|im|für)\\s+(?:der|dem|den|die)?\\s*${escapeRegExp(entry.name)}\\s+`,
      'iu',
    );
    if (pattern.test(lead)) return capitalised(withoutLeadingArticle(lead.replace(pattern, '')));
  }
  return lead;
}

/** `Pipeline aufgebaut` + Kafka → `Pipeline mit Kafka aufgebaut`: the keyword before the participle. */
export function withKeyword(lead: string, name: string): string {
  const words = lead.split(/\s+/);
  if (words.length < 2) return `${name} eingesetzt`;
  return [...words.slice(0, -1), 'mit', name, words[words.length - 1]].join(' ');
}

/** No action clause ("Ja, kenne ich"): only what the answer supports — the skill, used. */
function fallbackLead(clauses: readonly string[], topicSkills: readonly string[], gap: Gap): string {
  const named = topicSkills.find((skill) => clauses.some((clause) => mentionsKeyword(clause, skill)));
  const keyword = named ?? gap.requirement.keywords[0];
  const category = keyword ? skillFor(keyword)?.category : undefined;
  const subject = keyword ? germanName(canonical(keyword)) : 'Beschriebene Arbeit';
  if (category === 'soft-skill') return `${subject} bewiesen`;
  if (category === 'methodology') return `${subject} angewendet`;
  return `${subject} eingesetzt`;
}

function hasOutcome(text: string): boolean {
  return hasGermanOutcome(text) && findNumbers(text).length > 0;
}

/** Over 30 words: keep the opening and the participle that closes the clause. */
function shortened(text: string): string {
  const words = text.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return [...words.slice(0, MAX_BULLET_WORDS - 1), last].join(' ');
}

/** Upper-cases the first letter, unless the bullet opens with a tool written in lower case (`mypy`). */
export function capitalised(text: string): string {
  const first = text.split(/\s+/)[0] ?? '';
  const tool = [...skillsMentioned(first).values()][0]?.skill.name;
  if (tool && tool.toLowerCase() === first.toLowerCase() && tool.charAt(0) === tool.charAt(0).toLowerCase()) {
    return `${tool}${text.slice(first.length)}`;
  }
  return upperFirst(text);
}

function canonical(keyword: string): string {
  return skillFor(keyword)?.name ?? keyword;
}
