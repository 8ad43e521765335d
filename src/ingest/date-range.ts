/**
 * Finds the date range of a CV entry in free text ("Jan 2019 – Present", "2019-2021",
 * "03/2020 - 05/2022", "Seit 2018") and turns it into ISO `YYYY-MM` / `YYYY` dates.
 */

/** A parsed range. `current` is true when the range runs to the present ("Present", "heute", "Since 2018"). */
export interface DateRange {
  startDate?: string;
  endDate?: string;
  current: boolean;
}

/** A range found in a text, with where it sits so callers can cut it out. */
export interface DateRangeMatch {
  range: DateRange;
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  januar: 1,
  jänner: 1,
  jän: 1,
  feb: 2,
  february: 2,
  februar: 2,
  mar: 3,
  march: 3,
  märz: 3,
  maerz: 3,
  mär: 3,
  mrz: 3,
  apr: 4,
  april: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juni: 6,
  jul: 7,
  july: 7,
  juli: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
  dez: 12,
  dezember: 12,
};
const SEASONS = ['spring', 'summer', 'fall', 'autumn', 'winter', 'frühling', 'sommer', 'herbst'];

const MONTH_WORD = `(?<!\\p{L})(?:${[...Object.keys(MONTHS), ...SEASONS].sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})`;
const YEAR = '(?:19|20)\\d{2}';
const PRESENT_WORDS =
  'present|current(?:ly)?|now|today|ongoing|to date|till date|date|heute|jetzt|aktuell|laufend|dato';

/** One date or "present" token; alternatives are ordered longest form first. */
const TOKEN = new RegExp(
  [
    `(?<monthDay>(?<md_month>${MONTH_WORD})\\.?\\s+\\d{1,2},\\s*(?<md_year>${YEAR}))`,
    `(?<monthYear>(?:\\d{1,2}\\.?\\s+)?(?<my_month>${MONTH_WORD})\\.?,?\\s*(?<my_year>${YEAR}))`,
    `(?<monthShortYear>(?<ms_month>${MONTH_WORD})\\.?\\s*['’](?<ms_year>\\d{2}))`,
    `(?<numericMonthYear>(?<!\\d)(?<nm_month>0?[1-9]|1[0-2])[/.](?<nm_year>${YEAR})(?!\\d))`,
    `(?<isoYearMonth>(?<!\\d)(?<iso_year>${YEAR})[-/](?<iso_month>0[1-9]|1[0-2])(?![\\d/-]))`,
    `(?<year>(?<![\\d.,/])${YEAR}(?![\\d/]))`,
    `(?<present>\\b(?:${PRESENT_WORDS})\\b)`,
  ].join('|'),
  'giu',
);

const RANGE_SEPARATOR = /^\s*(?:[-–—−‒~]|to|until|till|bis|through|thru|\.\.)\s*$/i;
const SINCE_BEFORE = /(?:\bsince|\bseit|\bfrom|\bab)\s+$/i;

interface Token {
  index: number;
  end: number;
  /** ISO date, or undefined for "present". */
  date?: string;
  isPlainYear: boolean;
}

function monthNumber(word: string | undefined): number | undefined {
  return word ? MONTHS[word.toLowerCase()] : undefined;
}

function iso(year: string, month?: number): string {
  return month ? `${year}-${String(month).padStart(2, '0')}` : year;
}

function tokenDate(groups: Record<string, string | undefined>): { date?: string; isPlainYear: boolean } {
  if (groups.monthDay)
    return { date: iso(groups.md_year!, monthNumber(groups.md_month)), isPlainYear: false };
  if (groups.monthYear)
    return { date: iso(groups.my_year!, monthNumber(groups.my_month)), isPlainYear: false };
  if (groups.monthShortYear) {
    const short = Number(groups.ms_year);
    const year = String(short > 50 ? 1900 + short : 2000 + short);
    return { date: iso(year, monthNumber(groups.ms_month)), isPlainYear: false };
  }
  if (groups.numericMonthYear)
    return { date: iso(groups.nm_year!, Number(groups.nm_month)), isPlainYear: false };
  if (groups.isoYearMonth)
    return { date: iso(groups.iso_year!, Number(groups.iso_month)), isPlainYear: false };
  if (groups.year) return { date: groups.year, isPlainYear: true };
  return { isPlainYear: false };
}

function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    found.push({ index: match.index, end: match.index + match[0].length, ...tokenDate(groups) });
  }
  return found;
}

/** Finds the first date range (or lone date) in a text, with its position. */
export function findDateRange(text: string): DateRangeMatch | undefined {
  const found = tokens(text);
  for (let i = 0; i + 1 < found.length; i++) {
    const start = found[i]!;
    const end = found[i + 1]!;
    if (start.date === undefined) continue;
    const between = text.slice(start.end, end.index);
    const separated =
      RANGE_SEPARATOR.test(between) || (start.isPlainYear && end.isPlainYear && /^\s+$/.test(between));
    if (!separated) continue;
    const range: DateRange =
      end.date === undefined
        ? { startDate: start.date, current: true }
        : { startDate: start.date, endDate: end.date, current: false };
    return { range, index: start.index, length: end.end - start.index };
  }
  const first = found.find((token) => token.date !== undefined);
  if (!first) return undefined;
  const before = text.slice(0, first.index);
  const since = SINCE_BEFORE.exec(before);
  if (since) {
    const index = first.index - since[0].length;
    return { range: { startDate: first.date, current: true }, index, length: first.end - index };
  }
  return {
    range: { startDate: first.date, current: false },
    index: first.index,
    length: first.end - first.index,
  };
}

/**
 * Parses the first date range in `text`. A lone date gives only `startDate`; "since 2018" or a
 * range ending in "Present" gives `current: true` and no `endDate`. Undefined when no date.
 * @example parseDateRange('Jan 2019 – Present') // { startDate: '2019-01', current: true }
 */
export function parseDateRange(text: string): DateRange | undefined {
  return findDateRange(text)?.range;
}
