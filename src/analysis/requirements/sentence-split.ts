/** Abbreviations whose dot does not end a sentence (English and German job texts). */
const ABBREVIATIONS =
  /\b(?:e\.\s?g|i\.\s?e|z\.\s?B|u\.\s?a|d\.\s?h|bzw|ca|etc|vs|incl|approx|min|max|Dr|Mr|Ms|Inc|Ltd|Co|Jr|Sr|St|no|bspw|evtl|ggf|inkl|usw|o\.\s?ä)\.(?=\s)/gi;

const PLACEHOLDER = '\u0000';

/**
 * Splits prose into sentences at `.`, `!` or `?` followed by a space and a capital, digit or
 * bracket, leaving abbreviations (`e.g.`, `z. B.`) and dotted names (`Node.js`, `.NET`) whole.
 */
export function splitSentences(text: string): string[] {
  const protectedText = text.replace(ABBREVIATIONS, (match) => match.replace(/\./g, PLACEHOLDER));
  return protectedText
    .split(/(?<=[.!?])\s+(?=["(\p{Lu}\p{N}])/u)
    .map((sentence) => sentence.replaceAll(PLACEHOLDER, '.').trim())
    .filter((sentence) => sentence.length > 0);
}

/** Words that often open an item in a run-on list pasted without punctuation ("…stack Expert in C#"). */
const ITEM_OPENERS = new Set(
  (
    'experience experienced expert expertise proficient proficiency hands-on hands must strong solid knowledge ' +
    "familiarity familiar understanding good excellent ability able bachelor bachelors bachelor's master " +
    "master's degree high have proven demonstrated demonstrate proactive effective working passion willingness " +
    'design develop maintain create work follow support collaborate mentor build write participate ensure ' +
    'provide lead manage analyze analyse implement perform preferred nice bonus fluent certified minimum ' +
    'previous prior deep advanced basic comfortable capable excellent outstanding'
  ).split(' '),
);

/**
 * Splits a very long run-on sentence (lists pasted without punctuation, common in scraped postings)
 * before words that typically open a new item, so that one item's cues do not spill into the next.
 * Sentences of normal length are returned unchanged.
 */
export function splitRunOn(sentence: string, maxWords = 30): string[] {
  if (sentence.split(/\s+/).length <= maxWords) return [sentence];
  // A spaced dash before a capital is a flattened bullet ("…design patterns - At least 3 years…").
  return splitAtOpeners(sentence, maxWords).flatMap((part) =>
    part
      .split(/\s[-–•]\s+(?=\p{Lu})/u)
      .map((piece) => piece.replace(/\s+[-–•]$/u, '').trim())
      .filter((piece) => piece.length > 0),
  );
}

function splitAtOpeners(sentence: string, maxWords: number): string[] {
  const words = sentence.split(/\s+/);
  if (words.length <= maxWords) return [sentence];
  const parts: string[] = [];
  let current: string[] = [];
  words.forEach((word, index) => {
    const previous = words[index - 1] ?? '';
    const opener =
      /^\p{Lu}/u.test(word) &&
      ITEM_OPENERS.has(word.toLowerCase().replace(/[^\p{L}'-]/gu, '')) &&
      current.length >= 3 &&
      !/^(?:and|or|of|in|with|the|a|an|to|&|,)$/i.test(previous) &&
      !/[,:;(/]$/.test(previous);
    if (opener) {
      parts.push(current.join(' '));
      current = [];
    }
    current.push(word);
  });
  if (current.length > 0) parts.push(current.join(' '));
  return parts;
}
