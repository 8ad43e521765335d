import type { Evidence, InterviewLanguage } from '../../domain/index.js';
import { germanEmployer } from '../german-employer.js';

/** Where a piece of evidence sits, as a place phrase with its preposition, per language. */
const PLACES: Record<InterviewLanguage, (evidence: Evidence, name: string | undefined) => string> = {
  en: (evidence, name) => {
    switch (evidence.section) {
      case 'work':
        if (evidence.strength === 'strong')
          return name ? `in your recent role at ${name}` : 'in a recent role';
        return name ? `in your role at ${name}` : 'in an earlier role';
      case 'projects':
        return name ? `in your project "${name}"` : 'in a project';
      case 'summary':
        return 'in your profile summary';
      case 'skills':
        return 'in your skills list';
      case 'education':
        return name ? `in your education at ${name}` : 'in your education';
      case 'certificates':
        return 'in your certificates';
      case 'languages':
        return 'in your languages';
      default:
        return 'in your CV';
    }
  },
  de: (evidence, name) => {
    switch (evidence.section) {
      case 'work':
        if (evidence.strength === 'strong')
          return name
            ? `in Ihrer aktuellen Position bei ${germanEmployer(name)}`
            : 'in einer aktuellen Position';
        return name ? `in Ihrer Position bei ${germanEmployer(name)}` : 'in einer früheren Position';
      case 'projects':
        return name ? `in Ihrem Projekt „${name}“` : 'in einem Projekt';
      case 'summary':
        return 'in Ihrem Profil';
      case 'skills':
        return 'unter Ihren Kenntnissen';
      case 'education':
        return name ? `in Ihrer Ausbildung (${name})` : 'in Ihrer Ausbildung';
      case 'certificates':
        return 'in Ihren Zertifikaten';
      case 'languages':
        return 'unter Ihren Sprachkenntnissen';
      default:
        return 'in Ihrem Lebenslauf';
    }
  },
};

/**
 * Where a piece of evidence sits, with its preposition: "in your recent role at Acme",
 * "unter Ihren Kenntnissen".
 */
export function describeWhere(evidence: Evidence, language: InterviewLanguage = 'en'): string {
  return PLACES[language](evidence, evidence.entryName?.trim() || undefined);
}

const CONJUNCTIONS: Record<InterviewLanguage, Record<'and' | 'or', string>> = {
  en: { and: 'and', or: 'or' },
  de: { and: 'und', or: 'oder' },
};

/** "A", "A and B", "A, B and C" (German: "A, B und C"). */
export function listWords(
  words: readonly string[],
  conjunction: 'and' | 'or' = 'and',
  language: InterviewLanguage = 'en',
): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${CONJUNCTIONS[language][conjunction]} ${words[words.length - 1]}`;
}

/** A number of years as the language writes it: "4.5" in English, "4,5" in German. */
export function formatYears(years: number, language: InterviewLanguage = 'en'): string {
  return language === 'de' ? String(years).replace('.', ',') : String(years);
}

/** Shortens a requirement's text for use inside a sentence. */
export function shorten(text: string, max = 70): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
