import type { InterviewLanguage } from '../../domain/index.js';
import { listWords } from './describe-evidence.js';

/**
 * Every sentence a spoken-language finding writes, per interview language. Languages arrive by
 * their English name ("German"); each phrasing names them in its own language.
 */
export interface LanguageReasonPhrases {
  unknownLanguage(): string;
  unknownLanguageReason(): string;
  notMentioned(languages: readonly string[]): string;
  shown(shown: readonly string[], missing: readonly string[]): string;
  /** Appended when the CV's own language is the evidence. */
  writtenIn(language: string): string;
  basicOnly(languages: readonly string[]): string;
}

const ENGLISH: LanguageReasonPhrases = {
  unknownLanguage: () => 'Gapwise could not tell which language this asks for.',
  unknownLanguageReason: () => 'Your CV does not show this language.',
  notMentioned: (languages) => `Your CV does not mention ${listWords(languages)}.`,
  shown: (shown, missing) =>
    `Your CV shows ${listWords(shown)}${missing.length > 0 ? `, not ${listWords(missing)}` : ''}.`,
  writtenIn: (language) => ` (Your CV is written in ${language}.)`,
  basicOnly: (languages) => `Your CV shows only basic ${listWords(languages)}.`,
};

/** German names of the languages the finding knows, by their English name. */
const GERMAN_NAMES: Record<string, string> = {
  English: 'Englisch',
  German: 'Deutsch',
  French: 'Französisch',
  Spanish: 'Spanisch',
  Italian: 'Italienisch',
  Portuguese: 'Portugiesisch',
  Dutch: 'Niederländisch',
  Polish: 'Polnisch',
  Russian: 'Russisch',
  Ukrainian: 'Ukrainisch',
  Chinese: 'Chinesisch',
  Japanese: 'Japanisch',
  Korean: 'Koreanisch',
  Arabic: 'Arabisch',
  Hindi: 'Hindi',
  Turkish: 'Türkisch',
  Swedish: 'Schwedisch',
  Danish: 'Dänisch',
  Norwegian: 'Norwegisch',
  Finnish: 'Finnisch',
  Czech: 'Tschechisch',
  Greek: 'Griechisch',
  Hebrew: 'Hebräisch',
  Romanian: 'Rumänisch',
  Hungarian: 'Ungarisch',
  Vietnamese: 'Vietnamesisch',
};
const deutsch = (languages: readonly string[], conjunction: 'and' | 'or' = 'and') =>
  listWords(
    languages.map((language) => GERMAN_NAMES[language] ?? language),
    conjunction,
    'de',
  );

const GERMAN: LanguageReasonPhrases = {
  unknownLanguage: () => 'Gapwise konnte nicht erkennen, welche Sprache hier verlangt wird.',
  unknownLanguageReason: () => 'Ihr Lebenslauf belegt diese Sprache nicht.',
  notMentioned: (languages) => `Ihr Lebenslauf erwähnt ${deutsch(languages)} nicht.`,
  shown: (shown, missing) =>
    `Ihr Lebenslauf zeigt ${deutsch(shown)}${missing.length > 0 ? `, aber nicht ${deutsch(missing)}` : ''}.`,
  writtenIn: (language) => ` (Ihr Lebenslauf ist auf ${deutsch([language])} verfasst.)`,
  basicOnly: (languages) => `Ihr Lebenslauf zeigt nur Grundkenntnisse in ${deutsch(languages)}.`,
};

/** The sentences of spoken-language findings, per interview language. */
export const LANGUAGE_REASON_PHRASES: Record<InterviewLanguage, LanguageReasonPhrases> = {
  en: ENGLISH,
  de: GERMAN,
};
