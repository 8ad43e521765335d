import { describe, expect, it } from 'vitest';
import { keyOf, squash, tokenize } from './tokenize.js';

const norms = (text: string) => tokenize(text).map((token) => token.norm);

describe('tokenize', () => {
  it('keeps C++, C#, F# and .NET whole', () => {
    expect(norms('C++, C#, F# and .NET Core')).toEqual(['c++', 'c#', 'f#', 'and', '.net', 'core']);
  });

  it('joins tight dots and ampersands, spaces and hyphens, and breaks on commas', () => {
    const tokens = tokenize('Node.js R&D scikit-learn, CI/CD');
    expect(tokens.map((token) => token.join)).toEqual([null, '.', ' ', '&', ' ', ' ', null, ' ']);
    expect(keyOf(tokens, 0, 1)).toBe('node.js');
    expect(keyOf(tokens, 2, 3)).toBe('r&d');
    expect(keyOf(tokens, 5, 6)).toBeUndefined();
  });

  it('treats the non-breaking hyphen (U+2011) like a hyphen', () => {
    const tokens = tokenize('Python\u2011Kenntnisse');
    expect(tokens.map((token) => token.norm)).toEqual(['python', 'kenntnisse']);
    expect(tokens[1]?.join).toBe(' ');
  });

  it('does not join across a sentence end', () => {
    const tokens = tokenize('Java. Script');
    expect(keyOf(tokens, 0, 1)).toBeUndefined();
  });

  it('skips URLs and e-mail addresses', () => {
    expect(norms('see https://example.com/app.js or mail jane.doe@react.dev now')).toEqual([
      'see',
      'or',
      'mail',
      'now',
    ]);
  });

  it('keeps offsets into the original text', () => {
    const text = '  Vue.js\u00a0rocks';
    const [first] = tokenize(text);
    expect(text.slice(first!.start, first!.end)).toBe('Vue');
  });

  it('squashes joiners away', () => {
    expect(squash('node.js')).toBe('nodejs');
    expect(squash('ci cd')).toBe('cicd');
  });
});
