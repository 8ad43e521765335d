/**
 * Spoken languages a job may ask for, with the German names seen in German postings. The taxonomy's
 * `spoken-language` category is used first; this list backs it up so that "Deutsch" or
 * "fließend Englisch" still read as languages.
 */
const LANGUAGES: readonly [string, RegExp][] = [
  ['English', /\b(?:english|englisch)(?:kenntnisse)?\b/i],
  ['German', /\b(?:german|deutsch)(?:kenntnisse)?\b/i],
  ['French', /\b(?:french|französisch)\b/i],
  ['Spanish', /\b(?:spanish|spanisch)\b/i],
  ['Italian', /\b(?:italian|italienisch)\b/i],
  ['Dutch', /\b(?:dutch|niederländisch)\b/i],
  ['Portuguese', /\b(?:portuguese|portugiesisch)\b/i],
  ['Polish', /\b(?:polish|polnisch)\b/i],
  ['Russian', /\b(?:russian|russisch)\b/i],
  ['Mandarin Chinese', /\b(?:mandarin|chinese|chinesisch)\b/i],
  ['Japanese', /\b(?:japanese|japanisch)\b/i],
  ['Arabic', /\b(?:arabic|arabisch)\b/i],
  ['Turkish', /\b(?:turkish|türkisch)\b/i],
  ['Swedish', /\b(?:swedish|schwedisch)\b/i],
  ['Danish', /\b(?:danish|dänisch)\b/i],
  ['Norwegian', /\b(?:norwegian|norwegisch)\b/i],
  ['Korean', /\b(?:korean|koreanisch)\b/i],
  ['Hindi', /\bhindi\b/i],
];

/** Wording that shows a language is asked for as a language, not as an adjective ("German market"). */
const LANGUAGE_CONTEXT =
  /\b(?:fluent|fluency|native|proficien\w*|spoken|written|speak\w*|language|languages|verbal|business|working knowledge|level|[abc][12]|mother tongue|bilingual|fließend\w*|verhandlungssicher\w*|muttersprach\w*|sprach\w*|kenntnisse|wort und schrift|sehr gute|gute)\b/i;

/** "English skills", "communication skills in English": the language named as a skill. */
const LANGUAGE_AS_SKILL =
  /\b(?:english|german|french|spanish|italian|dutch|englisch|deutsch)[\s-]+(?:skills?|speaking|speaker)\b|\bcommunicat\w*\b[^.;]{0,40}\b(?:in|and)\s+(?:english|german|french|spanish|italian|dutch)\b/i;

/** True when the clause's wording asks for a language as a language ("fluent", "spoken", "C1"…). */
export function readsAsLanguageAsk(clause: string): boolean {
  return LANGUAGE_CONTEXT.test(clause) || /kenntnisse/i.test(clause) || LANGUAGE_AS_SKILL.test(clause);
}

/** Spoken languages a clause asks for (canonical English names), when it reads as a language ask. */
export function findSpokenLanguages(clause: string): string[] {
  if (!readsAsLanguageAsk(clause)) return [];
  return LANGUAGES.filter(([, pattern]) => pattern.test(clause)).map(([name]) => name);
}
