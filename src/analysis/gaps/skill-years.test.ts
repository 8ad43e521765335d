import { describe, expect, it } from 'vitest';
import { entryRange, parseResumeDate } from './month-date.js';
import { mergeRanges, yearsCovered } from './skill-years.js';

const NOW = new Date('2025-06-15T00:00:00Z');

describe('dates of CV entries', () => {
  it('reads year-month, full dates, bare years and "present"', () => {
    expect(parseResumeDate('2019-03', 'start')).toBe(2019 * 12 + 2);
    expect(parseResumeDate('2019-03-17', 'start')).toBe(2019 * 12 + 2);
    expect(parseResumeDate('2019', 'start')).toBe(2019 * 12);
    expect(parseResumeDate('2019', 'end')).toBe(2019 * 12 + 11);
    expect(parseResumeDate('Present', 'end')).toBe('present');
    expect(parseResumeDate('soon', 'end')).toBeUndefined();
  });

  it('closes an open range at now and clips future ends', () => {
    expect(entryRange('2024-01', undefined, NOW)).toEqual({ start: 2024 * 12, end: 2025 * 12 + 5 });
    expect(entryRange('2024-01', '2030-01', NOW)).toEqual({ start: 2024 * 12, end: 2025 * 12 + 5 });
    expect(entryRange(undefined, '2020-01', NOW)).toBeUndefined();
    expect(entryRange('2030-01', undefined, NOW)).toBeUndefined();
  });
});

describe('years from dated entries', () => {
  it('merges overlapping and touching ranges before counting', () => {
    const ranges = [
      { start: 2020 * 12, end: 2021 * 12 + 11 }, // 2020–2021
      { start: 2021 * 12 + 6, end: 2022 * 12 + 11 }, // mid 2021–2022, overlaps
      { start: 2023 * 12, end: 2023 * 12 + 5 }, // touches the previous one
      { start: 2015 * 12, end: 2015 * 12 + 11 }, // separate year
    ];
    expect(mergeRanges(ranges)).toEqual([
      { start: 2015 * 12, end: 2015 * 12 + 11 },
      { start: 2020 * 12, end: 2023 * 12 + 5 },
    ]);
    expect(yearsCovered(ranges)).toBe(4.5);
  });

  it('counts "2019 – 2021" as three years', () => {
    const range = entryRange('2019', '2021', NOW)!;
    expect(yearsCovered([range])).toBe(3);
  });
});
