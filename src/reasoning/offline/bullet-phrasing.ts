import {
  baseForm,
  isStrongActionVerb,
  isStrongProgressive,
  OWNERSHIP_PHRASES,
  pastTense,
  STRONG_ACTION_VERBS,
  WEAK_VERBS,
} from './action-verbs.js';
import { tidyClause, upperFirst } from './text-tools.js';

/** The most words a bullet may have (DESIGN.md §3). */
export const MAX_BULLET_WORDS = 30;

const ADVERBS =
  /^(?:also|then|personally|mainly|mostly|actually|first|later|directly|single-handedly|eventually|initially|successfully|quickly|once|really|basically|recently)\s+/i;
const SKIP_VERBS =
  /^(?:never|not|don'?t|didn'?t|haven'?t|hadn'?t|wasn'?t|can'?t|couldn'?t|would|will|think|guess|believe|mean|hope|want|wish|like|love|know|only|just|am|is|are|do|did|have|had|'m|could|should|might|must|need|needed|remember|suppose|feel|felt)$/i;

/** Present-progressive verbs that are not work done (`I'm learning`, `I'm hoping`). */
const NOT_WORK_IN_PROGRESS =
  /^(?:learning|studying|trying|hoping|planning|thinking|looking|going|considering|reading|waiting|getting|being|doing)$/i;

/** An action clause from an answer turned into bullet form: `I built X` → `Built X`. */
export interface ActionClause {
  text: string;
  /** First person singular (`I`), rather than the team (`we`). */
  own: boolean;
  strongVerb: boolean;
}

/**
 * Turns a sentence's first action clause into bullet form with a strong verb first:
 * `I built …` → `Built …`, `I was responsible for …` → `Owned …`, `we migrated …` → `Helped
 * migrate …` (the team's work is not claimed as the candidate's own).
 */
export function actionClauseOf(sentence: string): ActionClause | undefined {
  // "My job was to move X" says what the candidate did, in other words.
  const duty = /\bmy\s+(?:job|role|task|responsibility|part)\s+was\s+to\s+([a-z]+)\s+(.+)$/i.exec(sentence);
  if (duty?.[1] && duty[2] && !SKIP_VERBS.test(duty[1])) {
    const past = pastTense(duty[1]);
    return { text: `${upperFirst(past)} ${duty[2]}`, own: true, strongVerb: isStrongActionVerb(past) };
  }
  // Work in progress (`I'm currently leading the migration`) stays in progress: `Leading …`.
  const ongoing = /\bI(?:'m|\s+am)\s+(?:currently\s+|now\s+|still\s+)?([a-z]+ing)\s+(.+)$/i.exec(sentence);
  if (ongoing?.[1] && ongoing[2] && !NOT_WORK_IN_PROGRESS.test(ongoing[1])) {
    const strongVerb = isStrongProgressive(ongoing[1]);
    return { text: `${upperFirst(ongoing[1].toLowerCase())} ${ongoing[2]}`, own: true, strongVerb };
  }
  const match = /\b(I|we|my team|our team|the team)(?:'ve|\s+have|\s+had)?\s+(.+)$/i.exec(sentence);
  if (!match?.[1] || !match[2]) return undefined;
  const own = match[1].toLowerCase() === 'i';
  const predicate = match[2].replace(ADVERBS, '');
  for (const [pattern, verb] of OWNERSHIP_PHRASES) {
    const phrase = pattern.exec(predicate);
    if (!phrase) continue;
    const rest = predicate.slice(phrase[0].length);
    if (!rest.trim()) return undefined;
    const lead = verb.endsWith(' ') ? verb.trimEnd() : verb;
    const text =
      own || lead === 'Contributed to' || lead === 'Used'
        ? `${lead} ${rest}`
        : `Helped ${lead.toLowerCase()} ${rest}`;
    return { text, own, strongVerb: isStrongActionVerb(lead.split(' ')[0] ?? '') };
  }
  const [verb = '', ...rest] = predicate.split(/\s+/);
  if (!/^[a-z]+$/i.test(verb) || SKIP_VERBS.test(verb) || rest.length === 0) return undefined;
  const past = pastTense(verb);
  const strongVerb = isStrongActionVerb(past);
  if (!strongVerb && !WEAK_VERBS.has(past)) return undefined;
  if (past === 'was' || past === 'were' || past === 'did' || past === 'had' || past === 'got')
    return undefined;
  // `I maintain X and handle Y` → `Maintained X and handled Y`: one tense through the clause.
  const object = past !== verb.toLowerCase() ? inPastTense(rest.join(' ')) : rest.join(' ');
  const text = own ? `${upperFirst(past)} ${object}` : `Helped ${baseForm(past)} ${rest.join(' ')}`;
  return { text, own, strongVerb };
}

/** `… and handle on-call` → `… and handled on-call`, for verbs a bullet would lead with. */
function inPastTense(text: string): string {
  return text.replace(/\band\s+([a-z]+)(?=\s+\S)/g, (all, word: string) => {
    const past = pastTense(word);
    if (past === word.toLowerCase() || !(STRONG_ACTION_VERBS.has(past) || WEAK_VERBS.has(past))) return all;
    return `and ${past}`;
  });
}

const RESULT_VERBS =
  'reduced|cut|increased|improved|saved|decreased|lowered|raised|boosted|doubled|tripled|halved|accelerated|sped up|eliminated|shortened|grew|brought|took|freed|prevented|removed|trimmed|slashed|lifted|made';
const GERUND: Record<string, string> = {
  cut: 'cutting',
  grew: 'growing',
  brought: 'bringing',
  took: 'taking',
  'sped up': 'speeding up',
  made: 'making',
  freed: 'freeing',
};

/**
 * The result the candidate stated, phrased to follow an action: `It cut build time by 40%` →
 * `cutting build time by 40%`; `Latency dropped from 2s to 300ms` → `latency dropped from 2s to 300ms`.
 */
export function resultPhraseOf(sentence: string): { text: string; joiner: ', ' | '; ' } | undefined {
  const cleaned = sentence.replace(
    /^(?:so|and|as a result|in the end|overall|in total|this meant that|which meant that|the result was that|the outcome was that)[,:]?\s+/i,
    '',
  );
  const subjectVerb = new RegExp(
    `\\b(?:it|this|that|which|these|those|they|we|i|the (?:change|new \\w+|pipeline|service|system|tool|work|project|migration|rewrite|automation))\\s+(?:also\\s+|then\\s+|eventually\\s+)?(${RESULT_VERBS})\\s+(.+)$`,
    'i',
  ).exec(cleaned);
  // `it served 40,000 users and cut tickets by 20%`: the result verb shares the clause's subject.
  const shared = subjectVerb
    ? undefined
    : new RegExp(`\\s(?:and|,\\s*and)\\s+(${RESULT_VERBS})\\s+(.+)$`, 'i').exec(cleaned);
  const found = subjectVerb ?? (shared && findsNumber(shared[2] ?? '') ? shared : undefined);
  if (found?.[1] && found[2]) {
    const verb = found[1].toLowerCase();
    // `… and reduced costs` continues the same result: keep the verb form parallel.
    const rest = found[2].replace(
      new RegExp(`\\b(and|,)\\s+(${RESULT_VERBS})\\b`, 'gi'),
      (_all, joiner: string, next: string) =>
        `${joiner} ${GERUND[next.toLowerCase()] ?? gerundOf(next.toLowerCase())}`,
    );
    return { text: `${GERUND[verb] ?? gerundOf(verb)} ${rest}`, joiner: ', ' };
  }
  // `we shipped 2 weeks early`: a delivery ahead of time is a result; the team's stays the team's.
  const early =
    /\b(it|we|i|the team)\s+(shipped|delivered|launched|released|finished)\s+(.*?\b(?:early|ahead of (?:schedule|plan|time)|sooner than planned)\b.*)$/i.exec(
      cleaned,
    );
  if (early?.[1] && early[2] && early[3]) {
    const verb = early[2].toLowerCase();
    const team = /^(?:we|the team)$/i.test(early[1]);
    return {
      text: team ? `helping the team ${baseForm(verb)} ${early[3]}` : `${gerundOf(verb)} ${early[3]}`,
      joiner: ', ',
    };
  }
  const CHANGE =
    /\b(?:dropped|fell|went down|went up|rose|grew|improved|increased|decreased|halved|doubled|from .+ to)\b/i;
  if (CHANGE.test(cleaned)) {
    // Only the clause that states the change: `…, and afterwards the bill went down by $2,000`.
    const clauses = cleaned.split(/,(?!\d)\s*|\s+and\s+(?:afterwards\s+|then\s+)?/);
    const clause = clauses.find((part) => CHANGE.test(part) && !/\b(?:I|we)\b/i.test(part)) ?? '';
    if (!clause) return undefined;
    const text = /^\p{Lu}\p{Ll}/u.test(clause) ? clause.charAt(0).toLowerCase() + clause.slice(1) : clause;
    return { text, joiner: '; ' };
  }
  return undefined;
}

/** A figure in the text: a shared-subject result counts only with one (`cut tickets by 20%`, `by half`). */
function findsNumber(text: string): boolean {
  return /\d|\b(?:half|twice|in half)\b/i.test(text);
}

function gerundOf(pastVerb: string): string {
  const base = baseForm(pastVerb);
  if (/[^e]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(base)) return `${base}${base.slice(-1)}ing`;
  return `${base}ing`;
}

/**
 * Removes first person from bullet text: `my`/`our` → `the`, and cuts a trailing clause that
 * still talks about `I`/`we` (`…, so that I could …`).
 */
export function withoutFirstPerson(text: string): string {
  let result = text
    .replace(/\s+(?:all\s+)?(?:by\s+)?(?:myself|ourselves)\b/gi, '')
    .replace(/\b(?:my|our)\b/gi, 'the')
    .replace(/\bthe own\b/gi, 'the');
  const pronoun =
    /(?:,|\s)\s*(?:(?:so|and|but|because|since|which|where|when|as|then|after|before|until|while)\s+(?:that\s+)?)?(?:I|we|me|us)\b(?!\.)/i.exec(
      result,
    );
  if (pronoun && pronoun.index > 0) result = result.slice(0, pronoun.index);
  result = result.replace(/\b(?:I|me|we|us)\b/g, '').replace(/\bi\b/g, '');
  return tidyClause(result);
}

/** `…, saved 10 hours` → `…, saving 10 hours`: a result after a comma reads as a consequence. */
export function resultsAsGerunds(text: string): string {
  // `…, and it cut manual work by 10 hours` reads as `…, cutting manual work by 10 hours`.
  return text.replace(
    new RegExp(`,\\s+(?:and\\s+(?:it|this|that)\\s+(?:also\\s+)?)?(${RESULT_VERBS})\\b`, 'gi'),
    (_all, verb: string) => `, ${GERUND[verb.toLowerCase()] ?? gerundOf(verb.toLowerCase())}`,
  );
}

/** Words of `text`. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
