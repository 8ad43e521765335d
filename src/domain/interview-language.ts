import { z } from 'zod';
import { GapwiseError } from '../errors/index.js';

/** Languages the interview can be held in (questions, feedback, follow-ups, advice, bullets). */
export const INTERVIEW_LANGUAGES = ['en', 'de'] as const;

/** An interview language as an ISO 639-1 code. */
export const InterviewLanguageSchema = z.enum(INTERVIEW_LANGUAGES);
export type InterviewLanguage = z.infer<typeof InterviewLanguageSchema>;

/** The language's name in English, for messages and prompts. */
export const LANGUAGE_NAMES: Record<InterviewLanguage, string> = { en: 'English', de: 'German' };

/** The language every session had before languages existed, and the fallback when unsure. */
export const DEFAULT_INTERVIEW_LANGUAGE: InterviewLanguage = 'en';

// Names people type instead of the code; matched case-insensitively.
const ALIASES: Record<string, InterviewLanguage> = {
  en: 'en',
  english: 'en',
  de: 'de',
  german: 'de',
  deutsch: 'de',
};

/**
 * Reads a user's language choice (`en`, `de`, or their names): undefined when absent, so the
 * documents decide. Throws BAD_REQUEST naming the supported languages for anything else.
 */
export function parseInterviewLanguage(value: unknown): InterviewLanguage | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const language = typeof value === 'string' ? ALIASES[value.trim().toLowerCase()] : undefined;
  if (language) return language;
  const supported = INTERVIEW_LANGUAGES.map((code) => `"${code}" (${LANGUAGE_NAMES[code]})`).join(', ');
  throw new GapwiseError('BAD_REQUEST', {
    message: `Unsupported interview language ${JSON.stringify(String(value)).slice(0, 40)}: use one of ${supported}, or leave it out to follow the language of the CV and job.`,
    details: { supported: [...INTERVIEW_LANGUAGES] },
  });
}
