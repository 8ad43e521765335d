/**
 * Dates as whole months since year 0 (`2019-03` → 2019 × 12 + 2), so ranges can be merged and
 * measured with integer arithmetic.
 */
export type MonthIndex = number;

/** The month index of a JS date. */
export function monthOf(date: Date): MonthIndex {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

const PRESENT = /^(present|current|now|today|ongoing|heute|aktuell|bis heute|jetzt)$/i;

/**
 * Reads a JSON Resume date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`). A bare year means its first month
 * when it starts a range and its last month when it ends one, so `2019`–`2021` counts 3 years.
 * Returns `'present'` for words like "Present", undefined for anything unreadable.
 */
export function parseResumeDate(
  value: string | undefined,
  edge: 'start' | 'end',
): MonthIndex | 'present' | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (PRESENT.test(text)) return 'present';
  const match = /^(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] !== undefined) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return undefined;
    return year * 12 + month - 1;
  }
  return year * 12 + (edge === 'start' ? 0 : 11);
}

/** A dated span, both ends inclusive, in months. */
export interface MonthRange {
  start: MonthIndex;
  end: MonthIndex;
}

/**
 * The range of a dated entry, or undefined when it has no readable start. A missing or
 * "present" end means the entry is ongoing; every range is clipped at `now`.
 */
export function entryRange(
  startDate: string | undefined,
  endDate: string | undefined,
  now: Date,
): MonthRange | undefined {
  const nowMonth = monthOf(now);
  const start = parseResumeDate(startDate, 'start');
  if (start === undefined || start === 'present') return undefined;
  const parsedEnd = parseResumeDate(endDate, 'end');
  // An unreadable end date is treated like an open one: the entry says when it began, not when it stopped.
  const end = parsedEnd === undefined || parsedEnd === 'present' ? nowMonth : parsedEnd;
  const clippedEnd = Math.min(end, nowMonth);
  if (start > clippedEnd) return undefined;
  return { start, end: clippedEnd };
}
