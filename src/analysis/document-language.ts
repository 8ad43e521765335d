import { DEFAULT_INTERVIEW_LANGUAGE, INTERVIEW_LANGUAGES, type InterviewLanguage } from '../domain/index.js';

// Frequent function words that are rare in the other language (`die`, `and`); tech terms and
// names are shared by both, so only these decide.
const STOP_WORDS: Record<InterviewLanguage, ReadonlySet<string>> = {
  en: new Set(
    'the and of to for with on at by from is are was were be been has have had this that which who our your you we they it its as or not but their can would should into over about than'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das den dem des und oder mit für von zu zum zur im auf bei aus ist sind war waren wird werden wurde wurden hat haben hatte ein eine einen einem einer eines nicht auch sich wir ich du sie ihr ihre unsere unser sowie über durch nach als wie bis inkl sehr kenntnisse erfahrung'.split(
      ' ',
    ),
  ),
};

/** How many more stop words one language needs, relatively, to win: below it the text is unclear. */
const MARGIN = 1.5;
/** Stop words needed before any verdict: a skills list alone says nothing. */
const MIN_HITS = 5;

/**
 * The language of a text by the ratio of each language's stop words, or undefined when the
 * text is too short or too mixed to tell. Pure and fast (one pass over the words).
 */
export function detectTextLanguage(text: string): InterviewLanguage | undefined {
  const hits: Record<InterviewLanguage, number> = { en: 0, de: 0 };
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const language of INTERVIEW_LANGUAGES) if (STOP_WORDS[language].has(word)) hits[language]++;
  }
  const ranked = [...INTERVIEW_LANGUAGES].sort((a, b) => hits[b] - hits[a]);
  const [first, second] = ranked as [InterviewLanguage, InterviewLanguage];
  if (hits[first] < MIN_HITS || hits[first] < hits[second] * MARGIN) return undefined;
  return first;
}

/**
 * The interview language of a session: the CV's language (bullets are written into the CV, so
 * they must match it), else the job's, else English.
 * @example
 * detectInterviewLanguage({ cvText: cv.plainText, jobText }); // 'de' for a German CV
 */
export function detectInterviewLanguage({
  cvText,
  jobText,
}: {
  cvText: string;
  jobText: string;
}): InterviewLanguage {
  return detectTextLanguage(cvText) ?? detectTextLanguage(jobText) ?? DEFAULT_INTERVIEW_LANGUAGE;
}
