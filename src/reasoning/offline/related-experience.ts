import type { CvDocument, Evidence, Gap } from '../../domain/index.js';
import { type CvEntry, cvEntries, entryLabel } from './cv-entries.js';
import { mentionsKeyword, namesFor, neighbourNames, skillsMentioned } from './skill-knowledge.js';
import { hasPhrase, isConnectingWord, splitSentences, wordsOf } from './text-tools.js';

/** The CV entry a question about a gap builds on, and what in it relates to the gap. */
export interface RelatedExperience {
  entry: CvEntry;
  /** How the question names it: `Acme`, `your Atlas project`. */
  label: string;
  /**
   * The analysis found the gap's own skill in this entry (weak evidence), so the question may say
   * the CV mentions it there. Taken from the gap's evidence, never from a re-scan of the CV: a
   * question must not claim what the gap report says is missing ("Spring MVC" is not "Design
   * Patterns", though one of its aliases is MVC).
   */
  mentionsGapSkill: boolean;
  /** Canonical names of the gap's neighbouring skills the entry shows (`Node.js`). */
  relatedSkills: string[];
  /** The same skills as the CV writes them (`AWS` rather than `Amazon Web Services`). */
  relatedTerms: string[];
  /**
   * The analysis found the gap's skill only outside every entry (skills list, summary), so no role
   * shows it. From the gap's evidence, like `mentionsGapSkill`.
   */
  listedGapSkill: boolean;
  /** The gap's own skills that evidence names outside the entries, as the question may name them. */
  listedGapTerms: string[];
  /** Neighbouring skills the CV lists elsewhere (skills section, summary) when the entry shows none. */
  listedTerms: string[];
  /** A short noun phrase from the entry's own words (`the payments API`), when one reads well. */
  focus?: string;
}

/**
 * Finds the candidate's experience most related to a gap: the entry that names the gap's skill
 * or its taxonomy neighbours (and the analysis' evidence), preferring recent entries; failing
 * that, the most recent role, so the question still speaks to the candidate's background.
 */
export function findRelatedExperience(cv: CvDocument, gap: Gap): RelatedExperience | undefined {
  const entries = cvEntries(cv.resume);
  if (entries.length === 0) return undefined;
  const keywords = gap.requirement.keywords;
  const ownEvidence = ownSkillEvidence(gap);
  const neighbours = new Set(keywords.flatMap(neighbourNames).filter((name) => !keywords.includes(name)));
  for (const evidence of gap.evidence) {
    if (!keywords.includes(evidence.matched) && evidence.strength !== 'negative')
      neighbours.add(evidence.matched);
  }

  let best: { score: number; result: RelatedExperience } | undefined;
  for (const entry of entries) {
    const mentioned = skillsMentioned(entry.text);
    const relatedSkills = [...neighbours].filter(
      (name) => mentioned.has(name) || mentionsKeyword(entry.text, name),
    );
    const mentionsGapSkill = ownEvidence.some(
      (evidence) => evidence.section === entry.section && evidence.entryIndex === entry.index,
    );
    const evidenced = gap.evidence.some(
      (evidence) =>
        evidence.section === entry.section &&
        evidence.entryIndex === entry.index &&
        evidence.strength !== 'negative',
    );
    const recency = entry.section === 'work' ? 1 / (entry.index + 2) : 0.2;
    const score = (mentionsGapSkill ? 3 : 0) + relatedSkills.length * 2 + (evidenced ? 2 : 0) + recency;
    if (best && best.score >= score) continue;
    const topicSkills = mentionsGapSkill ? keywords : relatedSkills;
    const focus = focusPhrase(entry, topicSkills);
    best = {
      score,
      result: {
        entry,
        label: entryLabel(entry),
        mentionsGapSkill,
        relatedSkills: relatedSkills.slice(0, 2),
        relatedTerms: relatedSkills.slice(0, 2).map((name) => surfaceIn(entry.text, name)),
        listedTerms: [],
        listedGapSkill: false,
        listedGapTerms: [],
        ...(focus ? { focus } : {}),
      },
    };
  }
  const result = best?.result;
  if (result && !result.mentionsGapSkill) {
    const outsideEntries = ownEvidence.filter((evidence) => !ENTRY_SECTIONS.has(evidence.section));
    result.listedGapTerms = [...new Set(outsideEntries.map((evidence) => evidence.matched))];
    result.listedGapSkill = result.listedGapTerms.length > 0;
  }
  if (result && result.relatedSkills.length === 0 && !result.mentionsGapSkill) {
    // Nothing related in any entry: a related skill the CV lists still gives the question a hook.
    result.listedTerms = [...neighbours]
      .filter((name) => mentionsKeyword(cv.plainText, name))
      .slice(0, 2)
      .map((name) => surfaceIn(cv.plainText, name));
  }
  return result;
}

/** Sections whose evidence belongs to one CV entry (and so to one role or project). */
const ENTRY_SECTIONS: ReadonlySet<Evidence['section']> = new Set(['work', 'projects']);

/** The analysis' evidence for the gap's own skills (not related skills, not "I lack it"). */
function ownSkillEvidence(gap: Gap): Evidence[] {
  const own = new Set(gap.requirement.keywords.map((keyword) => keyword.toLowerCase()));
  return gap.evidence.filter(
    (evidence) => evidence.strength !== 'negative' && own.has(evidence.matched.toLowerCase()),
  );
}

/** How `text` writes a skill: its first mention's surface, or the alias it uses. */
function surfaceIn(text: string, name: string): string {
  const surface =
    skillsMentioned(text).get(name)?.surface ??
    namesFor(name).find((alias) => alias.length > 1 && hasPhrase(text, alias)) ??
    name;
  // `Javascript` is JavaScript; a job title (`Product Manager`) is not a skill one "worked with".
  if (surface.toLowerCase() === name.toLowerCase() || ROLE_TITLE.test(surface)) return name;
  return surface;
}

/** An alias that is a job title: the question names the skill instead (`Product Management`). */
const ROLE_TITLE = /\b(?:manager|engineer|developer|designer|analyst|architect|owner|lead|consultant)s?$/i;

const STOP_AT = new Set([
  'in',
  'on',
  'with',
  'using',
  'for',
  'at',
  'by',
  'to',
  'from',
  'and',
  'that',
  'which',
  'across',
  'via',
  'into',
  'serving',
  'handling',
  'while',
  'resulting',
  'reducing',
  'increasing',
  'improving',
]);

/**
 * A short object phrase from the entry line that names the topic skills: `Built the payments API
 * in Node.js` → `the payments API`. Only returned when it reads as a noun phrase.
 */
function focusPhrase(entry: CvEntry, topicSkills: readonly string[]): string | undefined {
  const line =
    entry.lines
      .flatMap(splitSentences)
      .find((sentence) => topicSkills.some((s) => mentionsKeyword(sentence, s))) ?? undefined;
  if (!line) return undefined;
  const [first = '', ...rest] = line.split(/\s+/);
  if (
    !/^\p{Lu}\p{Ll}+(ed|t)$/u.test(first) &&
    !/^(Built|Led|Ran|Wrote|Made|Set|Drove|Grew|Took|Shipped)$/.test(first)
  ) {
    return undefined;
  }
  // The object of the verb, up to the first comma, bracket or preposition: `the payments API`.
  const object = rest.join(' ').split(/[,;:()–—]/)[0] ?? '';
  const phrase: string[] = [];
  for (const word of wordsOf(object)) {
    if (STOP_AT.has(word.toLowerCase())) {
      if (phrase.length === 0) return undefined;
      break;
    }
    if (/\p{N}/u.test(word) && phrase.length === 0) return undefined;
    phrase.push(word);
    if (phrase.length >= 6) break;
  }
  while (phrase.length > 0 && isConnectingWord(phrase[phrase.length - 1] ?? '')) phrase.pop();
  const content = phrase.filter((word) => !isConnectingWord(word));
  if (content.length < 2) return undefined;
  // The lead names the skill already; a focus that repeats it reads twice.
  if (topicSkills.some((skill) => mentionsKeyword(phrase.join(' '), skill))) return undefined;
  const text = phrase.join(' ');
  return /^(the|a|an)\s/i.test(text)
    ? text.replace(/^(a|an)\s/i, 'the ').replace(/^The\s/, 'the ')
    : `the ${text}`;
}
