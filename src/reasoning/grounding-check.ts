import { getSkillTaxonomy } from '../taxonomy/index.js';

/** What the grounding check reports for one piece of generated text. */
export interface GroundingResult {
  /** True when every claim in the text is backed by one of the sources. */
  grounded: boolean;
  /** The claims (numbers, names, tools) no source backs, as written in the text, in text order. */
  ungroundedClaims: string[];
}

/**
 * The no-fabrication gate (DESIGN.md §2): every number (units, percent and currency normalised),
 * proper noun (capitalised words not at sentence start, acronyms) and tool or skill (taxonomy
 * mentions, alias-aware: `k8s` = `Kubernetes`) in `text` must appear in `sources` — the CV's plain
 * text and the candidate's answers. Pure and synchronous: both engines run it on every bullet.
 *
 * @example
 * checkGrounding({ text: 'Cut costs by 40% on AWS', sources: ['we saved 40 percent on aws'] })
 * // → { grounded: true, ungroundedClaims: [] }
 */
export function checkGrounding(input: { text: string; sources: readonly string[] }): GroundingResult {
  const facts = mergeSourceFacts(input.sources.map(sourceFactsOf));
  const taxonomy = getSkillTaxonomy();
  const claims: Array<{ at: number; surface: string }> = [];
  const coveredBySkill: Array<[number, number]> = [];

  // Tools and skills: compared by canonical name so an alias in the source grounds the name.
  for (const mention of taxonomy.findMentions(input.text)) {
    coveredBySkill.push([mention.start, mention.end]);
    // Soft skills ("leadership") characterise; they are not facts a source could back.
    if (mention.skill.category === 'soft-skill') continue;
    const grounded =
      facts.skills.has(mention.skill.name.toLowerCase()) ||
      containsWord(facts.lowerText, mention.surface.toLowerCase()) ||
      sameStemAsSource(mention.surface, facts.words);
    if (!grounded) claims.push({ at: mention.start, surface: mention.surface });
  }

  for (const number of findNumbers(input.text)) {
    if (isInside(number.start, coveredBySkill)) continue;
    if (!facts.numbers.some((known) => sameQuantity(known, number))) {
      claims.push({ at: number.start, surface: number.surface });
    }
  }

  for (const phrase of findNamePhrases(input.text)) {
    // Words a skill mention already covers were judged above (`Stripe` of `Stripe Connect`).
    const open = phrase.words.filter((_, i) => !isInside(phrase.starts[i] ?? phrase.start, coveredBySkill));
    if (open.length === 0) continue;
    const surface = open.length === phrase.words.length ? phrase.surface : open.join(' ');
    const groundedPhrase =
      containsWord(facts.lowerText, surface.toLowerCase()) ||
      open.every((word) => isKnownWord(word, facts.words));
    if (!groundedPhrase) {
      const at = phrase.starts[phrase.words.indexOf(open[0] ?? '')] ?? phrase.start;
      claims.push({ at, surface });
    }
  }

  claims.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const ungroundedClaims: string[] = [];
  for (const claim of claims) {
    const key = claim.surface.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    ungroundedClaims.push(claim.surface);
  }
  return { grounded: ungroundedClaims.length === 0, ungroundedClaims };
}

/** A number found in text, normalised: `$1.2M` → 1_200_000 USD, `40 percent` → 40 %. */
export interface Quantity {
  value: number;
  /** `plain`, `percent`, `times`, `currency:USD`…, or `unit:<suffix>` (`ms`, `gb`, `nd`…). */
  kind: string;
  surface: string;
  start: number;
}

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const CURRENCY_WORDS: Record<string, string> = {
  usd: 'USD',
  dollars: 'USD',
  dollar: 'USD',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  gbp: 'GBP',
  pounds: 'GBP',
};
const MULTIPLIER_WORDS: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mm: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
};
const PERCENT_WORDS = new Set(['%', 'percent', 'pct', 'per cent', 'percentage points']);
const TIMES_WORDS = new Set(['x', '×', 'times', 'fold', '-fold']);
const NUMBER_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};

// Currency symbol, the number (1,200,000 / 1.2 / 40), then an attached suffix (M, k, x, %, ms)
// or a separate unit word (million, percent, times, dollars).
const NUMBER_PATTERN =
  /(?<![\p{L}\p{N}.,])([$€£])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(%|×|[\p{L}]+)?(?:\s(million|billion|thousand)\b)?(?:\s(percent|per cent|percentage points|times|fold|dollars|euros|pounds|usd|eur|gbp)\b)?/giu;
const NUMBER_WORD_PATTERN = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'gi');

/** Every number in `text` with its unit, scale and currency normalised. */
export function findNumbers(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const [surface, symbol, digits, suffix, scaleWord, unitWord] = match;
    if (digits === undefined) continue;
    let value = Number(digits.replaceAll(',', ''));
    let kind = 'plain';
    let currency = symbol ? CURRENCY_SYMBOLS[symbol] : undefined;
    for (const part of [suffix, scaleWord, unitWord]) {
      if (!part) continue;
      const lower = part.toLowerCase();
      const multiplier = MULTIPLIER_WORDS[lower];
      // `m` alone is a million only for money or when written `M` (10m could be metres).
      if (multiplier !== undefined && (lower !== 'm' || currency !== undefined || part === 'M')) {
        value *= multiplier;
      } else if (PERCENT_WORDS.has(lower)) kind = 'percent';
      else if (TIMES_WORDS.has(lower)) kind = 'times';
      else if (CURRENCY_WORDS[lower]) currency = CURRENCY_WORDS[lower];
      else kind = `unit:${lower}`;
    }
    if (currency) kind = `currency:${currency}`;
    found.push({
      value,
      kind,
      surface: surface.trim(),
      start: match.index + (surface.length - surface.trimStart().length),
    });
  }
  for (const match of text.matchAll(NUMBER_WORD_PATTERN)) {
    const value = NUMBER_WORDS[match[0].toLowerCase()];
    if (value !== undefined) found.push({ value, kind: 'plain', surface: match[0], start: match.index });
  }
  return found;
}

/** Same value, and units that do not contradict (a plain `40` grounds `40%`, not `$40`). */
function sameQuantity(known: Quantity, claim: Quantity): boolean {
  if (Math.abs(known.value - claim.value) > 1e-9 * Math.max(1, Math.abs(claim.value))) return false;
  if (known.kind === claim.kind) return true;
  // Money needs money in the source: a plain `40` does not ground `$40`.
  if (claim.kind.startsWith('currency:')) return false;
  if (known.kind.startsWith('currency:')) return true;
  return [known.kind, claim.kind].some((kind) => kind === 'plain' || kind.startsWith('unit:'));
}

// Capitalised words that name nothing specific: a bullet may use them without a source.
const GENERIC_NAMES = new Set(
  [
    'api',
    'apis',
    'ui',
    'ux',
    'kpi',
    'kpis',
    'mvp',
    'roi',
    'sla',
    'slas',
    'slo',
    'slos',
    'okr',
    'okrs',
    'pr',
    'prs',
    'faq',
    'q1',
    'q2',
    'q3',
    'q4',
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    // Connecting words written in Title Case ("Reduced Latency From 800ms To 120ms").
    'a',
    'an',
    'the',
    'and',
    'or',
    'of',
    'to',
    'from',
    'for',
    'in',
    'on',
    'at',
    'by',
    'with',
    'via',
    'per',
    'into',
    'over',
  ].map((word) => word.toLowerCase()),
);

const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}.+#&'’/-]*/gu;

interface NamePhrase {
  surface: string;
  start: number;
  words: string[];
  /** Where each word starts in the text. */
  starts: number[];
}

/**
 * Runs of name-like words: capitalised words not at a sentence start, acronyms (`AWS`, `S3`) and
 * inner capitals (`JavaScript`, `iOS`) anywhere. A sentence-start word is a common word or an
 * action verb unless it looks like an acronym or a product name.
 */
function findNamePhrases(text: string): NamePhrase[] {
  const phrases: NamePhrase[] = [];
  let current: NamePhrase | undefined;
  let atSentenceStart = true;
  let lastEnd = 0;
  for (const match of text.matchAll(WORD_PATTERN)) {
    const word = trimWord(match[0]);
    const gap = text.slice(lastEnd, match.index);
    // Measured from the trimmed word, so the full stop of `payments.` opens the next sentence.
    lastEnd = match.index + word.length;
    if (/[.!?;:•\n]|^\s*[-*]\s/.test(gap) || /\s[-–—]\s/.test(gap)) atSentenceStart = true;
    const breaksRun = /[,()"“”[\]]/.test(gap) || atSentenceStart;
    if (breaksRun && current) {
      phrases.push(current);
      current = undefined;
    }
    const nameLike = isNameLike(word, atSentenceStart);
    atSentenceStart = false;
    if (!nameLike) {
      if (current) phrases.push(current);
      current = undefined;
      continue;
    }
    if (current) {
      current.surface = text.slice(current.start, match.index + word.length);
      current.words.push(word);
      current.starts.push(match.index);
    } else {
      current = { surface: word, start: match.index, words: [word], starts: [match.index] };
    }
  }
  if (current) phrases.push(current);
  return phrases;
}

function isNameLike(word: string, atSentenceStart: boolean): boolean {
  if (!/\p{L}/u.test(word) || /^\p{N}/u.test(word)) return false;
  if (word === 'I' || GENERIC_NAMES.has(stripPossessive(word).toLowerCase())) return false;
  const letters = word.replace(/[^\p{L}]/gu, '');
  const acronym = letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
  const innerCapital = /\p{Ll}.*\p{Lu}|^\p{Lu}{2,}\p{Ll}|\p{L}\p{N}|\p{N}\p{L}/u.test(word);
  if (atSentenceStart) return acronym || innerCapital;
  return /^\p{Lu}/u.test(word) || acronym || innerCapital;
}

interface SourceFacts {
  lowerText: string;
  words: Set<string>;
  numbers: Quantity[];
  skills: Set<string>;
}

// Sources (the CV's plain text above all) repeat across every bullet of a session: remember
// the last few analyses so a review costs the bullet, not the CV.
const SOURCE_CACHE_SIZE = 32;
const sourceCache = new Map<string, SourceFacts>();

function sourceFactsOf(source: string): SourceFacts {
  const cached = sourceCache.get(source);
  if (cached) return cached;
  const lowerText = normaliseSpace(source.toLowerCase());
  const words = new Set<string>();
  for (const match of source.matchAll(WORD_PATTERN)) {
    const word = stripPossessive(trimWord(match[0])).toLowerCase();
    words.add(word);
    for (const part of word.split(/[/&-]/)) if (part) words.add(part);
  }
  const skills = new Set(
    getSkillTaxonomy()
      .findMentions(source)
      .map((m) => m.skill.name.toLowerCase()),
  );
  const facts: SourceFacts = { lowerText, words, numbers: findNumbers(source), skills };
  if (sourceCache.size >= SOURCE_CACHE_SIZE) {
    const oldest = sourceCache.keys().next().value;
    if (oldest !== undefined) sourceCache.delete(oldest);
  }
  sourceCache.set(source, facts);
  return facts;
}

function mergeSourceFacts(all: SourceFacts[]): SourceFacts {
  if (all.length === 1 && all[0]) return all[0];
  return {
    lowerText: all.map((f) => f.lowerText).join('\n'),
    words: new Set(all.flatMap((f) => [...f.words])),
    numbers: all.flatMap((f) => f.numbers),
    skills: new Set(all.flatMap((f) => [...f.skills])),
  };
}

/**
 * A lower-case, one-word skill (`indexing`, `testing`) counts when the sources use a word of the
 * same stem (`indexes`, `tested`). Names (`React`, `Java`) must match exactly.
 */
function sameStemAsSource(surface: string, known: Set<string>): boolean {
  if (surface !== surface.toLowerCase() || /\s/.test(surface) || surface.length < 6) return false;
  const stem = surface.slice(0, 5);
  for (const word of known) if (word.length >= 5 && word.startsWith(stem)) return true;
  return false;
}

function isKnownWord(word: string, known: Set<string>): boolean {
  const lower = stripPossessive(word).toLowerCase();
  if (known.has(lower)) return true;
  if (lower.endsWith('s') && known.has(lower.slice(0, -1))) return true;
  return known.has(`${lower}s`);
}

function containsWord(haystack: string, needle: string): boolean {
  const wanted = normaliseSpace(needle);
  if (!wanted) return false;
  let from = haystack.indexOf(wanted);
  while (from !== -1) {
    const before = haystack[from - 1];
    const after = haystack[from + wanted.length];
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = haystack.indexOf(wanted, from + 1);
  }
  return false;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

function isInside(position: number, spans: Array<[number, number]>): boolean {
  return spans.some(([start, end]) => position >= start && position < end);
}

function trimWord(word: string): string {
  return word.replace(/[.'’/&-]+$/u, '');
}

function stripPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
