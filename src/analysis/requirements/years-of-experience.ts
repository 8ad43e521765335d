const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  ein: 1,
  eine: 1,
  einem: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  zehn: 10,
};

const NUMBER = `(\\d{1,2}(?:[.,]5)?|${Object.keys(NUMBER_WORDS).join('|')})`;

/** `5+ years`, `3-5 years`, `at least three years`, `over 10 years`, `mindestens 3 Jahre`, `5 yrs`. */
const YEARS = new RegExp(
  `(?<![\\p{L}\\p{N}])${NUMBER}\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to|bis)\\s*\\d{1,2}\\s*\\+?\\s*)?(?:\\([\\p{L}\\d]+\\)\\s*)?(?:full[- ]time\\s+|professional\\s+)?(?:years?|yrs?|jahre|jahren)\\b`,
  'iu',
);

/** A clause that states years of experience but not a number of them ("mehrjährige Erfahrung"). */
const YEARS_WITHOUT_NUMBER = /\b(?:mehrjährige|langjährige|several years|many years|multiple years)\b/i;

/**
 * The minimum years of experience a clause asks for, or undefined. A range gives its lower bound
 * ("3-5 years" → 3). Ages and dates are not years of experience: "years old" and "2019" are ignored.
 */
export function findMinYears(clause: string): number | undefined {
  // Cheap guard first: the full pattern is costly to try at every position of every clause.
  if (!/year|yrs|jahr/i.test(clause)) return undefined;
  const match = YEARS.exec(clause);
  if (!match?.[1]) return undefined;
  const after = clause.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 12);
  if (/^\s*(?:old|alt)\b/i.test(after)) return undefined;
  const raw = match[1].toLowerCase();
  const value = NUMBER_WORDS[raw] ?? Number.parseFloat(raw.replace(',', '.'));
  return Number.isFinite(value) && value > 0 && value <= 40 ? value : undefined;
}

/** True when the clause asks for experience over years, with or without a number. */
export function mentionsYears(clause: string): boolean {
  return findMinYears(clause) !== undefined || YEARS_WITHOUT_NUMBER.test(clause);
}
