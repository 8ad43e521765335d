/** Small text helpers shared by the offline steps. Pure; no CV text ever leaves them. */

/** Sentences of `text`: split at `.`, `!`, `?`, `;` and line breaks; bullets markers dropped. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((sentence) => sentence.replace(/^\s*[-*•]\s*/, '').trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** The words of `text` (letters, digits and the joiners of `Node.js`, `C++`, `CI/CD`). */
export function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}$€£][\p{L}\p{N}.+#%'’/-]*/gu) ?? []).map((word) =>
    word.replace(/[.'’/-]+$/u, ''),
  );
}

/** Number of words, as a reader counts them. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** True when `text` contains `phrase` as whole words, case-insensitively. */
export function hasPhrase(text: string, phrase: string): boolean {
  const wanted = phrase.trim();
  if (!wanted) return false;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(wanted)}(?![\\p{L}\\p{N}])`, 'iu');
  return pattern.test(text);
}

/** Escapes `text` for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `text` with its first letter upper-cased. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Stable small hash of a string, to vary wording deterministically (same gap → same wording). */
export function stableHash(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

/** Picks one of `options` by a stable hash of `seed`. */
export function pick<T>(options: readonly T[], seed: string): T {
  const chosen = options[stableHash(seed) % options.length];
  if (chosen === undefined) throw new Error('pick() needs at least one option');
  return chosen;
}

/** `A`, `A or B`, `A, B or C`. */
export function joinOr(items: readonly string[]): string {
  return joinWith(items, 'or');
}

/** `A`, `A and B`, `A, B and C`. */
export function joinAnd(items: readonly string[]): string {
  return joinWith(items, 'and');
}

function joinWith(items: readonly string[], last: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** Collapses whitespace and trims trailing punctuation that would end a clause badly. */
export function tidyClause(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.!?%])/g, '$1')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/[.!?]+$/, '')
    .trim();
}

/** Shortens `text` to at most `max` words, never ending on a connecting word. */
export function truncateWords(text: string, max: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= max) return text.trim();
  const kept = words.slice(0, max);
  while (kept.length > 1 && DANGLING.has((kept[kept.length - 1] ?? '').toLowerCase().replace(/[,;:]$/, ''))) {
    kept.pop();
  }
  return tidyClause(kept.join(' '));
}

const DANGLING = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'to',
  'for',
  'with',
  'in',
  'on',
  'at',
  'by',
  'from',
  'that',
  'which',
  'who',
  'as',
  'into',
  'so',
  'using',
  'while',
  'its',
  'their',
]);

/** True when the word connects rather than carries meaning (`the`, `with`, `which`). */
export function isConnectingWord(word: string): boolean {
  return DANGLING.has(word.toLowerCase());
}
