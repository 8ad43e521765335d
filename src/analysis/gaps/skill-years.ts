import type { MonthRange } from './month-date.js';

/**
 * Merges overlapping or touching ranges, so two parallel jobs that both used Java count once.
 * Returns the merged ranges sorted by start.
 */
export function mergeRanges(ranges: readonly MonthRange[]): MonthRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: MonthRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end + 1) {
      last.end = Math.max(last.end, range.end);
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

/** Years covered by a set of ranges after merging overlaps, to one decimal. */
export function yearsCovered(ranges: readonly MonthRange[]): number {
  const months = mergeRanges(ranges).reduce((sum, range) => sum + (range.end - range.start + 1), 0);
  return Math.round((months / 12) * 10) / 10;
}
