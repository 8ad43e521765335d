import { describe, expect, it } from 'vitest';
import { splitRunOn, splitSentences } from './sentence-split.js';

describe('splitSentences', () => {
  it('keeps abbreviations and dotted names inside a sentence', () => {
    expect(splitSentences('Use Node.js, e.g. with Express. Know .NET too.')).toEqual([
      'Use Node.js, e.g. with Express.',
      'Know .NET too.',
    ]);
  });
});

describe('splitRunOn', () => {
  it('leaves a sentence of normal length whole, dashes and all', () => {
    const sentence = 'Go - or Rust - for the services';
    expect(splitRunOn(sentence)).toEqual([sentence]);
  });

  it('splits a long flattened list at its spaced dashes', () => {
    const flattened =
      'Strong Object Oriented Programming skills and knowledge of other software design patterns - At least 3 years of experience with implementing RESTful APIs in PHP, Python or Go - Ability to write complex SQL queries for MariaDB or PostgreSQL';
    expect(splitRunOn(flattened)).toEqual([
      'Strong Object Oriented Programming skills and knowledge of other software design patterns',
      'At least 3 years of experience with implementing RESTful APIs in PHP, Python or Go',
      'Ability to write complex SQL queries for MariaDB or PostgreSQL',
    ]);
  });

  it('does not split at a dash before a lower-case word', () => {
    const sentence = `${'word '.repeat(30)}front-end work - and more words here`;
    expect(splitRunOn(sentence)).toEqual([sentence]);
  });
});
