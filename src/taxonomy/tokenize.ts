/**
 * How two neighbouring tokens are joined: `' '` for spacing, hyphens, slashes, underscores and a single
 * line break (PDF wrapping); `'.'` and `'&'` when written tight (`Node.js`, `R&D`); `null` for anything
 * else (commas, sentence ends, brackets…), which no multi-word skill may span.
 */
export type TokenJoin = ' ' | '.' | '&' | null;

/** One word of a text, with where it sits and how it joins the word before it. */
export interface Token {
  start: number;
  end: number;
  /** Lower-cased form used for lookups (`c++`, `.net`, `node`). */
  norm: string;
  /** Join with the previous token (`null` for the first token). */
  join: TokenJoin;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const NON_ASCII_LETTER = /\p{L}/u;
const SPACING = /^[ \t\u00a0\u2009\u202f]*(?:\r?\n[ \t\u00a0\u2009\u202f]*)?$/;
/** Hyphen-like joiners: ASCII hyphen, Unicode hyphens (U+2010, U+2011 non-breaking), underscore, slash. */
const TIGHT_JOINERS = /^(?:[-\u2010\u2011_]|\s*\/\s*)$/;

function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return Number.isFinite(code) && NON_ASCII_WORD.test(text.charAt(i));
}

function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return Number.isFinite(code) && NON_ASCII_LETTER.test(text.charAt(i));
}

/** The join for a one-character separator, decided from its code alone (the common case). */
function joinForChar(code: number): TokenJoin | undefined {
  switch (code) {
    case 32: // space
    case 10: // line break
    case 45: // -
    case 95: // _
    case 47: // /
    case 0x2010:
    case 0x2011:
    case 0xa0:
      return ' ';
    case 46:
      return '.';
    case 38:
      return '&';
    default:
      return undefined;
  }
}

function joinFor(separator: string): TokenJoin {
  if (separator === '.' || separator === '&') return separator;
  if (SPACING.test(separator) || TIGHT_JOINERS.test(separator)) return ' ';
  return null;
}

const URL_OR_EMAIL = /(?:https?:\/\/|www\.)[^\s<>()"']+|[^\s<>()"'@,;:]+@[^\s<>()"'@,;:]+\.[a-z]{2,}/gi;

/** Character ranges of URLs and e-mail addresses: their words (`http`, `js` in `app.js`) are not skills. */
function skippedRanges(text: string): number[] {
  if (!text.includes('@') && !text.includes('://') && !text.includes('www.')) return [];
  const ranges: number[] = [];
  for (const match of text.matchAll(URL_OR_EMAIL)) ranges.push(match.index, match.index + match[0].length);
  return ranges;
}

/**
 * Splits text into word tokens in one pass; URLs and e-mail addresses are skipped. Letters and digits make words; `+` runs and a `#` after a
 * letter end a word (`C++`, `C#`); a dot directly before a letter and not after a word starts one
 * (`.NET`); apostrophes between letters stay inside (`master's`).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  const skipped = skippedRanges(text);
  let nextSkip = 0;
  let previousEnd = -1;
  let i = 0;
  while (i < length) {
    if (nextSkip < skipped.length && i >= skipped[nextSkip]!) {
      i = Math.max(i, skipped[nextSkip + 1]!);
      nextSkip += 2;
      continue;
    }
    const leadingDot =
      text.charCodeAt(i) === 46 && isLetter(text, i + 1) && (i === 0 || !isWordChar(text, i - 1));
    if (!leadingDot && !isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    if (leadingDot) i++;
    while (i < length) {
      if (isWordChar(text, i)) {
        i++;
      } else if (
        (text[i] === "'" || text[i] === '\u2019') &&
        isLetter(text, i - 1) &&
        isLetter(text, i + 1)
      ) {
        i++;
      } else {
        break;
      }
    }
    if (text[i] === '+') {
      while (text[i] === '+') i++;
    } else if (text[i] === '#' && isLetter(text, i - 1) && !isWordChar(text, i + 1)) {
      i++;
    }
    let join: TokenJoin = null;
    if (previousEnd >= 0) {
      const quick = start - previousEnd === 1 ? joinForChar(text.charCodeAt(previousEnd)) : undefined;
      join = quick === undefined ? joinFor(text.slice(previousEnd, start)) : quick;
    }
    tokens.push({
      start,
      end: i,
      norm: text
        .slice(start, i)
        .toLowerCase()
        .replace(/\u2019/g, "'"),
      join,
    });
    previousEnd = i;
  }
  return tokens;
}

/** Builds the lookup key of tokens `from`..`to` (inclusive); `undefined` if a break lies between them. */
export function keyOf(tokens: readonly Token[], from: number, to: number): string | undefined {
  let key = tokens[from]!.norm;
  for (let k = from + 1; k <= to; k++) {
    const token = tokens[k]!;
    if (token.join === null) return undefined;
    key += token.join + token.norm;
  }
  return key;
}

/** The key with every joiner removed: `node.js` → `nodejs`, `ci cd` → `cicd`. */
export function squash(key: string): string {
  return key.replace(/[\s.&'_-]/g, '');
}
