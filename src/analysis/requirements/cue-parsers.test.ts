import { describe, expect, it } from 'vitest';
import { findDegreeAsk } from './degree-cues.js';
import { normalisedTerm } from './normalised-term.js';
import { findSpokenLanguages } from './spoken-languages.js';
import { findMinYears } from './years-of-experience.js';

describe('findMinYears', () => {
  it.each([
    ['5+ years of backend development', 5],
    ['at least three years of experience', 3],
    ['3-5 years in sales', 3],
    ['over 10 yrs managing teams', 10],
    ['mindestens 2 Jahre Berufserfahrung', 2],
    ['Minimum of 7 (seven) years', 7],
    ['fünf Jahre Erfahrung', 5],
  ])('reads "%s" as %d', (clause, years) => {
    expect(findMinYears(clause)).toBe(years);
  });

  it('ignores ages and clauses without years', () => {
    expect(findMinYears('must be 18 years old')).toBeUndefined();
    expect(findMinYears('Experience with Python 3')).toBeUndefined();
  });
});

describe('findDegreeAsk', () => {
  it('reads levels and fields', () => {
    expect(findDegreeAsk('BS/MS in Computer Science or equivalent')).toEqual({
      levels: ["bachelor's degree", "master's degree"],
      fields: ['computer science'],
    });
    expect(findDegreeAsk('Degree in Computer Science, Engineering, or a related field')).toEqual({
      levels: ["bachelor's degree"],
      fields: ['computer science', 'engineering'],
    });
    expect(findDegreeAsk('PhD in Physics')?.levels).toEqual(['doctorate']);
    expect(findDegreeAsk('Abgeschlossenes Studium der Informatik')?.fields).toEqual(['informatik']);
  });

  it('ignores clauses with no degree', () => {
    expect(findDegreeAsk('Experience with MS Office')).toBeUndefined();
    expect(findDegreeAsk('5 years of Java')).toBeUndefined();
  });
});

describe('findSpokenLanguages', () => {
  it('finds languages asked for as languages, in English and German', () => {
    expect(findSpokenLanguages('Fluent German and English')).toEqual(['English', 'German']);
    expect(findSpokenLanguages('Sehr gute Deutschkenntnisse')).toEqual(['German']);
    expect(findSpokenLanguages('Verhandlungssicheres Englisch')).toEqual(['English']);
  });

  it('does not read an adjective as a language ask', () => {
    expect(findSpokenLanguages('Experience in the German market')).toEqual([]);
    expect(findSpokenLanguages('Communication with German customers')).toEqual([]);
  });

  it('reads a language named as a skill or as the language of communication', () => {
    expect(findSpokenLanguages('Excellent communication and English skills')).toEqual(['English']);
    expect(findSpokenLanguages('Good communication skills in English')).toEqual(['English']);
  });
});

describe('normalisedTerm', () => {
  it('takes the phrase after a lead-in', () => {
    expect(normalisedTerm('Experience with payment systems and billing')).toBe('payment systems');
    expect(normalisedTerm('5+ years of experience in web development')).toBe('web development');
  });

  it('takes a short clause whole and drops fillers', () => {
    expect(normalisedTerm('Excellent written and verbal communication skills.')).toBe(
      'written and verbal communication',
    );
    expect(normalisedTerm('Attention to detail')).toBe('attention to detail');
  });

  it('says nothing for long prose', () => {
    expect(
      normalisedTerm('You will be part of a talented team that works on many important things'),
    ).toBeUndefined();
  });
});
