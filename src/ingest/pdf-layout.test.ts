import { describe, expect, it } from 'vitest';
import { layoutPageLines, type PositionedText } from './pdf-layout.js';

/** Places words of ~5.5 units per character, like an 11 pt font. */
function text(value: string, x: number, y: number, fontSize = 11): PositionedText {
  return { text: value, x, y, width: value.length * fontSize * 0.5, fontSize };
}

describe('layoutPageLines', () => {
  it('orders lines top to bottom and pieces left to right', () => {
    const lines = layoutPageLines([
      text('second', 50, 700),
      text('line', 50 + 6 * 5.5 + 3, 700),
      text('first', 50, 720),
    ]);
    expect(lines).toEqual(['first', 'second line']);
  });

  it('adds spaces from gaps, not inside a word split into pieces', () => {
    const pieces = [
      text('Kub', 50, 700),
      text('ernetes', 50 + 3 * 5.5, 700),
      text('cluster', 50 + 10 * 5.5 + 3, 700),
    ];
    expect(layoutPageLines(pieces)).toEqual(['Kubernetes cluster']);
  });

  it('reads letter-spaced headings as one word', () => {
    const letters = [...'SKILLS'].map((letter, index) => text(letter, 50 + index * 9, 700));
    expect(layoutPageLines([...letters, text('Python', 50, 680)])).toEqual(['SKILLS', 'Python']);
  });

  it('reads a two-column page column by column, below a full-width header', () => {
    const items = [
      text('Ada Lovelace — Senior Engineer — ada@example.com — London', 50, 800),
      text('Left one', 50, 760),
      text('Right one is longer', 320, 760),
      text('Left two', 50, 745),
      text('Right two is longer', 320, 745),
      text('Left three', 50, 730),
      text('Right three is longer', 320, 730),
    ];
    expect(layoutPageLines(items)).toEqual([
      'Ada Lovelace — Senior Engineer — ada@example.com — London',
      'Left one',
      'Left two',
      'Left three',
      'Right one is longer',
      'Right two is longer',
      'Right three is longer',
    ]);
  });

  it('keeps a narrow date column beside its entry instead of reading it as a column', () => {
    const items = [
      text('June 2022 –', 80, 700),
      text('Software Engineer, Google', 146, 700),
      text('Present', 100, 686),
      text('Built the search UI in React', 146, 686),
      text('2019 – 2022', 80, 660),
      text('Developer, Acme', 146, 660),
      text('Kept the billing service running', 146, 646),
    ];
    expect(layoutPageLines(items)).toEqual([
      'June 2022 – Present Software Engineer, Google',
      'Built the search UI in React',
      '2019 – 2022 Developer, Acme',
      'Kept the billing service running',
    ]);
  });

  it('separates far-apart cells with a tab and drops page numbers', () => {
    const items = [text('Acme Corp', 50, 700), text('Berlin, Germany', 450, 700), text('2', 290, 40)];
    expect(layoutPageLines(items)).toEqual(['Acme Corp\tBerlin, Germany']);
  });
});
