import { findMinYears } from './years-of-experience.js';

/**
 * The keyword of the requirement a job title's level becomes: the gap analysis measures it against
 * the candidate's years of work, not as a skill to search for.
 */
export const SENIORITY_KEYWORD = 'Seniority';

/** The career levels a job title can name. */
export type SeniorityLevel = 'junior' | 'senior' | 'lead';

/** The level a job title asks for, as a band of years of work. */
export interface SeniorityAsk {
  level: SeniorityLevel | undefined;
  /** Fewest years the level implies (0: a starting level, nothing asked below). */
  minYears: number;
  /** Most years the level implies, for a starting level only; undefined: no upper end. */
  maxYears?: number;
}

/**
 * Years each level usually means in postings and career ladders: junior up to about 3 years,
 * senior from about 5, lead / principal from about 7. Years the title states win.
 */
const LEVEL_BANDS: Record<SeniorityLevel, { minYears: number; maxYears?: number }> = {
  junior: { minYears: 0, maxYears: 3 },
  senior: { minYears: 5 },
  lead: { minYears: 7 },
};

const LEVEL_WORDS: readonly [SeniorityLevel, RegExp][] = [
  ['junior', /\b(?:junior|jr\.?|entry[- ]level|graduate|berufseinsteiger\w*)(?![\p{L}])/iu],
  ['lead', /\b(?:lead|principal|head of|leitende[rn]?)\b/i],
  ['senior', /\b(?:senior|sr\.?)(?![\p{L}])/iu],
];

/** "1-4 years", "3–5 Jahre": the upper end of a stated range. */
const YEARS_RANGE = /\b\d{1,2}\s*(?:-|–|to|bis)\s*(\d{1,2})\s*\+?\s*(?:years?|yrs?|jahre)\b/i;

/**
 * The seniority a job title asks for ("Senior Backend Engineer", "Junior Level Software Developer
 * (1-4 years experience)"), or undefined when it names neither a level nor years. Only the title is
 * read: in the body "senior" and "junior" name other people ("mentor junior developers", "report to
 * senior management").
 */
export function readSeniorityAsk(title: string): SeniorityAsk | undefined {
  const level = LEVEL_WORDS.find(([, pattern]) => pattern.test(title))?.[0];
  const stated = findMinYears(title);
  if (!level && stated === undefined) return undefined;
  const band = level ? LEVEL_BANDS[level] : { minYears: 0 };
  const upper = YEARS_RANGE.exec(title)?.[1];
  const maxYears = upper ? Number(upper) : stated === undefined ? band.maxYears : undefined;
  return {
    level,
    minYears: stated ?? band.minYears,
    ...(maxYears !== undefined ? { maxYears } : {}),
  };
}
