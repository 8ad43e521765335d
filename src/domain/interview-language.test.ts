import { describe, expect, it } from 'vitest';
import { isGapwiseError } from '../errors/index.js';
import { parseInterviewLanguage } from './interview-language.js';

describe('parseInterviewLanguage', () => {
  it('accepts the codes and the names people type', () => {
    expect(parseInterviewLanguage('de')).toBe('de');
    expect(parseInterviewLanguage(' DE ')).toBe('de');
    expect(parseInterviewLanguage('Deutsch')).toBe('de');
    expect(parseInterviewLanguage('english')).toBe('en');
  });

  it('leaves an absent choice to the documents', () => {
    expect(parseInterviewLanguage(undefined)).toBeUndefined();
    expect(parseInterviewLanguage('')).toBeUndefined();
  });

  it('rejects anything else with a BAD_REQUEST naming the supported languages', () => {
    let caught: unknown;
    try {
      parseInterviewLanguage('fr');
    } catch (error) {
      caught = error;
    }
    expect(isGapwiseError(caught, 'BAD_REQUEST')).toBe(true);
    expect((caught as Error).message).toMatch(/"fr".*"en" \(English\).*"de" \(German\)/);
  });
});
