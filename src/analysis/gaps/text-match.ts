/** Lower-cases and folds accents so `Modélisation` and `modelisation` compare equal. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;

/** A compiled term: its folded form (for a cheap `includes` pre-check) and its whole-word pattern. */
interface CompiledTerm {
  folded: string;
  pattern: RegExp;
}

/** Compiled terms are reused across passages and analyses; cleared when it grows past this size. */
const COMPILED_CACHE_LIMIT = 20_000;
const compiledTerms = new Map<string, CompiledTerm>();

/**
 * A matcher for a literal term as a whole word: `Java` does not match inside `JavaScript`,
 * `C++` and `.NET` keep their punctuation. Works on folded text (see {@link foldText}).
 */
function compileTerm(term: string): CompiledTerm {
  let compiled = compiledTerms.get(term);
  if (!compiled) {
    const folded = foldText(term.trim()).replace(/\s+/g, ' ');
    const escaped = folded.replace(REGEX_SPECIALS, '\\$&').replace(/ /g, '\\s+');
    compiled = { folded, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}+#])`, 'gu') };
    if (compiledTerms.size >= COMPILED_CACHE_LIMIT) compiledTerms.clear();
    compiledTerms.set(term, compiled);
  }
  return compiled;
}

/** Offsets of every whole-word occurrence of `term` in `foldedText`. */
export function findTerm(foldedText: string, term: string): { start: number; end: number }[] {
  if (term.trim().length === 0) return [];
  const { folded, pattern } = compileTerm(term);
  // Most passages do not contain most terms: a substring check avoids running the regex at all.
  // (Multi-word terms may be split by other whitespace in the text, so only single words are pre-checked.)
  if (!folded.includes(' ') && !foldedText.includes(folded)) return [];
  const hits: { start: number; end: number }[] = [];
  pattern.lastIndex = 0;
  for (const match of foldedText.matchAll(pattern)) {
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
