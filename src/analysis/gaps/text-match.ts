/** Lower-cases and folds accents so `Modélisation` and `modelisation` compare equal. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;

/**
 * A matcher for a literal term as a whole word: `Java` does not match inside `JavaScript`,
 * `C++` and `.NET` keep their punctuation. Works on folded text (see {@link foldText}).
 */
export function termPattern(term: string): RegExp {
  const escaped = foldText(term.trim()).replace(REGEX_SPECIALS, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}+#])`, 'gu');
}

/** Offsets of every whole-word occurrence of `term` in `foldedText`. */
export function findTerm(foldedText: string, term: string): { start: number; end: number }[] {
  if (term.trim().length === 0) return [];
  const hits: { start: number; end: number }[] = [];
  for (const match of foldedText.matchAll(termPattern(term))) {
    hits.push({ start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have in into is it its of on or our the their this to we ' +
    'with you your will who what able ability strong good excellent solid proven experience experienced ' +
    'knowledge understanding skills skill working work years year plus must should required preferred ' +
    'including such other related etc using use well least minimum ideally familiarity familiar'
  ).split(' '),
);

/** Content words of a phrase (lower-case, no stop words), for loose matching of untaxonomised terms. */
export function contentWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}+#.]+/u)
    .map((word) => word.replace(/^\.+|\.+$/g, ''))
    .filter((word) => word.length > 2 && !STOP_WORDS.has(word));
}
