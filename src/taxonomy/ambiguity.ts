import type { AmbiguityLevel } from './skill-row.js';
import type { Token } from './tokenize.js';

/**
 * When does an ambiguous form (`Go`, `R`, `C`, `Swift`, `Rust`, `Excel`, `Spring`, `Express`, `Dart`…)
 * count as the skill rather than the everyday word? A candidate is accepted with any one of:
 *
 * 1. A cue word next to it: a tech word after it (`Go developer`, `R programming`, `C language`,
 *    `Excel macros`, `Go-Kenntnisse`) or a phrase before it (`written in Go`, `programming in C`).
 * 2. A sibling in an enumeration: the nearest accepted mention on either side is separated from it only
 *    by list punctuation and connectors (`Python, R, SQL`, `C and C++`, `Spring / Hibernate`).
 *    Plain spaces count only when accepted mentions stand right on both sides (`Java Spring Jenkins`).
 * 3. Level 1 only: the exact case the data writes (`Go`, `R`, `Swift`), but not at a sentence or line
 *    start (where every word is capitalised), and a single letter not followed by `. X` (an initial,
 *    `John C. Smith`).
 * 4. Level 1 only: it stands alone as a list item (`Skills: Go, Rust` — between `:`/`,`/`;`/`|`/bullet/line
 *    break on the left and `,`/`;`/`|`/`)`/line break/end on the right).
 *
 * Whatever the evidence, a year right after it rejects it (`Spring 2020`). Level 2 forms (`Spring`,
 * `Express`, `Chef`) need 1 or 2: capitalised seasons and brands are too common for case to tell.
 * Multi-word phrases that contain such words but are not skills (`go to market` is the business skill,
 * `C-level`, `vitamin C`) are handled by the data: longest match wins, and blocker phrases match nothing.
 */
export interface AmbiguousCandidate {
  fromToken: number;
  toToken: number;
  level: AmbiguityLevel;
  /** Forms whose exact case counts as evidence (level 1). */
  exactForms: readonly string[];
}

/** Tech words that, right after an ambiguous form, show the tech sense. */
const AFTER_CUES = new Set(
  (
    'programming programmer programmers language languages lang developer developers development dev devs ' +
    'engineer engineers engineering code coding codebase codebases framework frameworks scripting scripts script ' +
    'library libraries module modules package packages services service microservices microservice backend ' +
    'backends api apis sdk runtime toolchain ecosystem stack projects apps applications compiler ' +
    'spreadsheet spreadsheets macros macro formulas formula pivot vba dashboards modelling modeling models ' +
    'kenntnisse programmierung entwicklung entwickler erfahrung skills proficiency expertise experience'
  ).split(' '),
);

/** Verbs that, two tokens before with `in`/`with`, show the tech sense (`written in Go`). */
const BEFORE_CUE_VERBS = new Set(
  'written programming programmed coded coding developed developing implemented built building proficient fluent experienced expertise'.split(
    ' ',
  ),
);
const BEFORE_CUE_PREPOSITIONS = new Set(['in', 'with', 'using']);

/** Words that may stand between two items of an enumeration. */
const CONNECTORS = new Set([
  'and',
  'or',
  'und',
  'oder',
  'as',
  'well',
  'plus',
  'et',
  'y',
  'ou',
  'also',
  'nor',
]);

const YEAR = /^(?:19|20)\d\d$/;
const SENTENCE_START = /(?:[.!?]["')\]]?\s*|\n[\s\-*•·–—>#]*)$/;
const LIST_ITEM_BEFORE = /(?:[,;|•·(:]|\n)[\s\-*•·–—]*$/;
const LIST_ITEM_AFTER = /^[ \t]*(?:[,;|)•·]|\r?\n)/;
const SENTENCE_BREAK = /[.!?]/;
const LIST_MARK = /[,;/|&+()•·\n]/;

/** The raw text between token `index - 1` and token `index` (from the text start for the first token). */
function gapBefore(text: string, tokens: readonly Token[], index: number): string {
  const previousEnd = index > 0 ? tokens[index - 1]!.end : 0;
  return text.slice(previousEnd, tokens[index]!.start);
}

function gapAfter(text: string, tokens: readonly Token[], index: number): string {
  const next = tokens[index + 1];
  return text.slice(tokens[index]!.end, next ? next.start : text.length);
}

/** True when a year follows right after the candidate (`Spring 2020`): the everyday sense. */
export function isFollowedByYear(tokens: readonly Token[], candidate: AmbiguousCandidate): boolean {
  const next = tokens[candidate.toToken + 1];
  return next !== undefined && next.join !== null && YEAR.test(next.norm);
}

/** Evidence from the words around the candidate alone: cue words, exact case, list item (rules 1, 3, 4). */
export function hasLocalEvidence(
  text: string,
  tokens: readonly Token[],
  candidate: AmbiguousCandidate,
): boolean {
  const { fromToken, toToken, level } = candidate;
  const next = tokens[toToken + 1];
  if (next !== undefined && next.join !== null && AFTER_CUES.has(next.norm)) return true;
  const before = tokens[fromToken - 1];
  const beforeThat = tokens[fromToken - 2];
  if (
    before !== undefined &&
    beforeThat !== undefined &&
    tokens[fromToken]!.join !== null &&
    before.join !== null &&
    BEFORE_CUE_PREPOSITIONS.has(before.norm) &&
    BEFORE_CUE_VERBS.has(beforeThat.norm)
  ) {
    return true;
  }
  if (level !== 1) return false;
  const surface = text.slice(tokens[fromToken]!.start, tokens[toToken]!.end);
  const leftGap = gapBefore(text, tokens, fromToken);
  const atSentenceStart = fromToken === 0 || SENTENCE_START.test(leftGap);
  if (candidate.exactForms.includes(surface)) {
    const singleLetter = surface.length === 1;
    // `D.C.`, `U.S.`: a letter tight against dots is an abbreviation.
    const abbreviation =
      singleLetter && (tokens[fromToken]!.join === '.' || tokens[toToken + 1]?.join === '.');
    // `John C. Smith`: a capitalised word, the letter, a dot, a capitalised word.
    const previous = tokens[fromToken - 1];
    const initial =
      singleLetter &&
      previous !== undefined &&
      /^\p{Lu}\p{Ll}+$/u.test(text.slice(previous.start, previous.end)) &&
      /^\.\s+\p{Lu}/u.test(text.slice(tokens[toToken]!.end));
    const wordLike = surface.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(surface);
    if (!abbreviation && !initial && !(wordLike && atSentenceStart)) return true;
  }
  const rightGap = gapAfter(text, tokens, toToken);
  const lastToken = toToken === tokens.length - 1;
  return (fromToken === 0 || LIST_ITEM_BEFORE.test(leftGap)) && (lastToken || LIST_ITEM_AFTER.test(rightGap));
}

/**
 * True when tokens `leftEnd + 1 .. rightStart - 1` and the text between only join two items of one
 * enumeration (rule 2).
 */
export function areSiblings(
  text: string,
  tokens: readonly Token[],
  {
    leftEnd,
    rightStart,
    spaceIsEnough = false,
  }: { leftEnd: number; rightStart: number; spaceIsEnough?: boolean },
): boolean {
  if (rightStart - leftEnd - 1 > 3) return false;
  for (let k = leftEnd + 1; k < rightStart; k++) {
    if (!CONNECTORS.has(tokens[k]!.norm)) return false;
  }
  const between = text.slice(tokens[leftEnd]!.end, tokens[rightStart]!.start);
  if (SENTENCE_BREAK.test(between) || /\n\s*\n/.test(between)) return false;
  // Plain adjacency (`SAP go-live`) is not an enumeration: a list mark or a connector word must join them.
  return spaceIsEnough || rightStart - leftEnd > 1 || LIST_MARK.test(between);
}
