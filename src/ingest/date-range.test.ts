import { describe, expect, it } from 'vitest';
import { findDateRange, parseDateRange } from './date-range.js';

describe('parseDateRange', () => {
  it.each([
    ['Jan 2019 – Present', { startDate: '2019-01', current: true }],
    ['January 2019 - Dec 2020', { startDate: '2019-01', endDate: '2020-12', current: false }],
    ['2019-2021', { startDate: '2019', endDate: '2021', current: false }],
    ['03/2020 - 05/2022', { startDate: '2020-03', endDate: '2022-05', current: false }],
    ['2019 – now', { startDate: '2019', current: true }],
    ['Since 2018', { startDate: '2018', current: true }],
    ['Seit 2018', { startDate: '2018', current: true }],
    ['07/2019 – heute', { startDate: '2019-07', current: true }],
    ['Mai 2020 bis heute', { startDate: '2020-05', current: true }],
    ['Oktober 2017 — Januar 2018', { startDate: '2017-10', endDate: '2018-01', current: false }],
    ['Jan. 2019 to Mar. 2020', { startDate: '2019-01', endDate: '2020-03', current: false }],
    ['2019-03 – 2020-11', { startDate: '2019-03', endDate: '2020-11', current: false }],
    ['Sep 2019 - May 2023', { startDate: '2019-09', endDate: '2023-05', current: false }],
    ['Fall 2013 – Spring 2014', { startDate: '2013', endDate: '2014', current: false }],
    ['2022–2025', { startDate: '2022', endDate: '2025', current: false }],
  ])('parses %s', (text, expected) => {
    expect(parseDateRange(text)).toEqual(expected);
  });

  it('finds a range inside a line and says where it is', () => {
    const line = 'Backend Engineer, Acme — June 2022 – Present';
    const found = findDateRange(line);
    expect(found?.range).toEqual({ startDate: '2022-06', current: true });
    expect(line.slice(found!.index, found!.index + found!.length)).toBe('June 2022 – Present');
  });

  it('reads a lone date as a start date', () => {
    expect(parseDateRange('Expected graduation: June 2016')).toEqual({
      startDate: '2016-06',
      current: false,
    });
  });

  it('finds no date in phone numbers or plain text', () => {
    expect(parseDateRange('(123) 456-7890')).toBeUndefined();
    expect(parseDateRange('Marketing manager')).toBeUndefined();
  });
});
