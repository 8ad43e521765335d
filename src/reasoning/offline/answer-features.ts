import type { AnswerTurn, Gap } from '../../domain/index.js';
import { findNumbers, type Quantity } from '../grounding-check.js';
import { isStrongActionVerb, pastTense, STRONG_ACTION_VERBS } from './action-verbs.js';
import { isClaimableResult } from './claimable-result.js';
import {
  GERMAN_CONTEXT,
  GERMAN_OUTCOME,
  GERMAN_SCALE,
  GERMAN_TEAM,
  isGermanParticiple,
  isGermanStrongParticiple,
  participleOfPast,
} from './german-cues.js';
import { saysNoExperience } from './no-experience.js';
import { categoryOf, evidencesKeyword, neighbourNames, skillsMentioned } from './skill-knowledge.js';
import { countWords, splitSentences } from './text-tools.js';

/** What the offline rubric reads from the candidate's answers to one question. */
export interface AnswerFeatures {
  wordCount: number;
  sentenceCount: number;
  /** The gap's own skill (or an alias) is named. */
  mentionsGapSkill: boolean;
  /** Taxonomy neighbours of the gap skill that are named (`GCP Cloud Functions` for AWS Lambda). */
  relatedSkills: string[];
  /** Every tool or skill named (canonical names). */
  tools: string[];
  numbers: Quantity[];
  /** Words that give scale (`users`, `requests`, `engineers`, `per day`). */
  scaleCues: string[];
  /** Situation words (`at Acme`, `project`, `client`, `in production`). */
  contextCues: string[];
  /** Verbs of first-person-singular actions (`built`, `led`), strong ones first. */
  ownActions: string[];
  /** Weak first-person actions (`worked on`, `helped`, `used`). */
  weakOwnActions: string[];
  /** `we`, `our team`, `the team` doing the work. */
  teamActions: number;
  /** Outcome words (`reduced`, `faster`, `saved`, `as a result`). */
  outcomeCues: string[];
  /** An outcome stated with a number (`cut costs by 30%`, `3x faster`). */
  quantifiedOutcome: boolean;
  /** Content words shared with the requirement's text (for gaps without taxonomy keywords). */
  topicOverlap: number;
  star: { situation: boolean; task: boolean; action: boolean; result: boolean };
  /** The gap is a soft skill, shown by what the candidate did rather than named. */
  softSkill: boolean;
  /** Some answer says the candidate has no experience, and none describes related work. */
  noExperience: boolean;
}

const SCALE =
  /\b(?:users?|customers?|clients?|requests?|transactions?|events?|messages?|records?|rows?|services?|microservices?|servers?|nodes?|clusters?|instances?|engineers?|developers?|people|members?|reports?|countries|markets?|teams?|stores?|sites?|pipelines?|jobs?|models?|endpoints?|tb|gb|pb|mb|qps|rps|tps|per\s+(?:day|second|month|hour|week|year)|a\s+(?:day|month|week|year)|daily|monthly|weekly|million|billion|thousands?|hundreds?)\b/gi;
const CONTEXT =
  /\b(?:project|client|customer|production|company|startup|team|product|platform|system|migration|launch|release|department|organi[sz]ation|when\s+i\s+was|while\s+(?:at|working)|at\s+\p{Lu}\p{L}+)\b/giu;
const OUTCOME =
  /\b(?:reduc\w*|cut(?:ting)?|increas\w*|improv\w*|sav(?:ed|ing|ings)|decreas\w*|lower\w*|rais\w*|grew|grow\w*|boost\w*|doubl\w*|tripl\w*|halv\w*|accelerat\w*|sped\s+up|speed\w*\s+up|eliminat\w*|prevent\w*|faster|quicker|slower|fewer|less\s+than|dropp\w*|fell|rose|from\s+\d[^.;]{0,30}?\s+to\s+\d|went\s+from|down\s+from|up\s+from|result\w*|outcome|led\s+to|which\s+meant|so\s+that|enabl\w*|allow\w*|won|achiev\w*|adopted|launched|shipped|went\s+live|uptime|availability|revenue|profit|conversion|retention|latency|churn)\b/gi;
const TEAM = /\b(?:we|our\s+team|the\s+team|my\s+team|together\s+with|as\s+a\s+team)\b/gi;
const FIRST_PERSON =
  /\b[Ii](?:'ve|\s+have|\s+had)?\s+(?:(?:also|then|personally|mainly|mostly|actually|first|later|directly|single-handedly|eventually|initially|successfully|quickly|once)\s+)?([a-z]+)(?:\s+(up|on|for|in|to|of))?/g;
const TASK =
  /\b(?:needed\s+to|had\s+to|goal|asked\s+to|tasked|responsible\s+for|in\s+charge|my\s+role|my\s+job|challenge|problem|requirement)\b/i;
const SITUATION =
  /\b(?:when|while|at\s+\p{Lu}|in\s+(?:19|20)\d\d|our\s+\w+\s+(?:was|were|had)|the\s+\w+\s+(?:was|were)\s+(?:slow|failing|manual|expensive|broken))/iu;

// German answers: the task, the situation, and the candidate's own part (`ich habe … aufgebaut`).
const TASK_DE =
  /(?<!\p{L})(?:musste|sollte|Ziel|Aufgabe|verantwortlich|zuständig|Herausforderung|Problem|Anforderung)/iu;
const SITUATION_DE =
  /(?<!\p{L})(?:damals|bei\s+\p{Lu}\p{L}+|im\s+Jahr\s+\d{4}|in\s+(?:19|20)\d\d|war(?:en)?\s+(?:zu\s+)?(?:langsam|fehleranfällig|manuell|teuer|instabil))/u;
const ICH = /(?<!\p{L})ich(?!\p{L})/iu;
const OWNED_DE = /(?<!\p{L})(?:verantwortlich|zuständig|federführend|hauptverantwortlich)(?!\p{L})/iu;

const STOP = new Set(
  'der die das den dem des ein eine einen einem einer und oder mit für von zu im in auf bei aus ist sind war waren hat haben hatte ich wir sie mein meine unser unsere sehr gute gut kenntnisse erfahrung erfahrungen jahre jahren praxis sowie the a an and or of to in on for with at by from as is are be been was were this that these those it its their our your you we i my me strong solid good excellent proven deep hands knowledge experience experienced skills skill ability able understanding familiarity proficiency proficient years year plus must should have has using use used work working including such other related relevant environment etc similar'.split(
    ' ',
  ),
);

/** Reads the rubric features from every answer turn to one question (main answer and follow-ups). */
export function readAnswerFeatures(gap: Gap, answers: readonly AnswerTurn[]): AnswerFeatures {
  const text = answers
    .map((turn) => turn.answer.trim())
    .filter(Boolean)
    .join('\n');
  const sentences = splitSentences(text);
  const keywords = gap.requirement.keywords;
  const tools = skillsMentioned(text);
  const related = new Set(keywords.flatMap(neighbourNames));
  const numbers = findNumbers(text);
  // Only results that happened and were the candidate's count (no `maybe 10%?`, no plans).
  const claimable = sentences.filter((sentence, i) => isClaimableResult(sentence, sentences[i + 1]));
  const claimableText = claimable.join(' ');
  const outcomeCues = [...matchesOf(claimableText, OUTCOME), ...matchesOf(claimableText, GERMAN_OUTCOME)];
  const ownActions: string[] = [];
  const weakOwnActions: string[] = [];
  for (const match of text.matchAll(FIRST_PERSON)) {
    const verb = (match[1] ?? '').toLowerCase();
    const particle = (match[2] ?? '').toLowerCase();
    if (/^(?:was|am)$/.test(verb)) {
      if (
        /\b(?:responsible|in charge|the lead|the owner|accountable)\b/i.test(
          text.slice(match.index, match.index + 40),
        )
      ) {
        ownActions.push('owned');
      }
      continue;
    }
    if (
      /^(?:never|not|don|didn|haven|hadn|wasn|can|couldn|would|think|guess|believe|mean|hope|want|wish|like|love|know|only|just|really|also|do|did|have|had|am|will|can)$/.test(
        verb,
      )
    ) {
      continue;
    }
    const past = pastTense(verb);
    if (isStrongActionVerb(verb) || STRONG_ACTION_VERBS.has(past)) ownActions.push(past);
    else if (
      /^(?:worked?|helped?|used?|made|make|set|did|tried|participated|assisted|contributed)$/.test(verb)
    ) {
      weakOwnActions.push(particle ? `${verb} ${particle}` : verb);
    }
  }
  ownActions.push(...germanOwnActions(sentences));
  const weakGerman = germanWeakActions(sentences);
  weakOwnActions.push(...weakGerman);
  const quantifiedOutcome =
    findNumbers(claimableText).some((n) => n.kind === 'percent' || n.kind === 'times') ||
    claimable.some(
      (s) =>
        matchesOf(s, OUTCOME).length + matchesOf(s, GERMAN_OUTCOME).length > 0 && findNumbers(s).length > 0,
    );
  const turnsSayNo = answers.map((turn) => saysNoExperience(turn.answer));
  const anyDescribesWork = answers.some(
    (turn, i) =>
      !turnsSayNo[i] &&
      turn.answer.trim().length > 0 &&
      !/^\s*(?:yes|yeah|sure|ok|ja|genau|klar)\W*$/i.test(turn.answer),
  );
  const topicWords = contentStems(gap.requirement.text);
  const answerWords = contentStems(text);
  const topicOverlap = [...topicWords].filter((word) => answerWords.has(word)).length;

  return {
    wordCount: countWords(text),
    sentenceCount: sentences.length,
    mentionsGapSkill: keywords.some((keyword) => evidencesKeyword(text, keyword)),
    relatedSkills: [...related].filter((name) => tools.has(name) && !keywords.includes(name)),
    tools: [...tools.keys()],
    numbers,
    scaleCues: [...matchesOf(text, SCALE), ...matchesOf(text, GERMAN_SCALE)],
    contextCues: [...matchesOf(text, CONTEXT), ...matchesOf(text, GERMAN_CONTEXT)],
    ownActions,
    weakOwnActions,
    teamActions: matchesOf(text, TEAM).length + matchesOf(text, GERMAN_TEAM).length,
    outcomeCues,
    quantifiedOutcome,
    topicOverlap,
    star: {
      situation: SITUATION.test(text) || SITUATION_DE.test(text),
      task: TASK.test(text) || TASK_DE.test(text),
      action: ownActions.length > 0,
      result: outcomeCues.length > 0,
    },
    noExperience: turnsSayNo.some(Boolean) && !anyDescribesWork,
    softSkill:
      gap.requirement.kind === 'soft-skill' ||
      keywords.some((keyword) => categoryOf(keyword) === 'soft-skill'),
  };
}

/** Strong actions in German first-person sentences: `ich habe … aufgebaut`, `ich leitete …`. */
function germanOwnActions(sentences: readonly string[]): string[] {
  const actions: string[] = [];
  for (const sentence of sentences) {
    if (!ICH.test(sentence)) continue;
    if (OWNED_DE.test(sentence)) actions.push('verantwortet');
    for (const word of sentence.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (isGermanStrongParticiple(word)) actions.push(word);
      else if (
        /^\p{L}+ierte$/u.test(word) ||
        /^(?:leitete|baute|führte|schrieb|übernahm|entwarf)$/.test(word)
      ) {
        actions.push(participleOfPast(word) ?? word);
      }
    }
  }
  return actions;
}

/** Weak German first-person actions (`ich habe mitgearbeitet`, `ich habe X genutzt`). */
function germanWeakActions(sentences: readonly string[]): string[] {
  return sentences
    .filter((sentence) => ICH.test(sentence))
    .flatMap((sentence) => sentence.toLowerCase().match(/\p{L}+/gu) ?? [])
    .filter((word) => isGermanParticiple(word) && !isGermanStrongParticiple(word));
}

function matchesOf(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[0].toLowerCase());
}

/** Content words cut to a 5-letter stem (`managed`, `management` → `manag`): a cheap stemmer. */
function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/\p{L}[\p{L}+#.]*/gu) ?? []) {
    if (word.length < 3 || STOP.has(word)) continue;
    stems.add(word.slice(0, 5));
  }
  return stems;
}
