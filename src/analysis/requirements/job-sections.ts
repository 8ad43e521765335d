import { type JobLine, toJobLines } from './job-text-lines.js';
import { classifySectionHeading, type SectionKind } from './section-kind.js';
import { splitRunOn, splitSentences } from './sentence-split.js';

/** One list entry or sentence of a job text. */
export interface JobItem {
  text: string;
  /** True when the writer made it a list entry (a bullet or number): a list entry is an ask on its own. */
  listed: boolean;
}

/** A stretch of a job text under one heading, cut into items (list entries or sentences). */
export interface JobSection {
  heading?: string;
  kind: SectionKind;
  items: JobItem[];
}

/** How sure we are that a line is a heading: explicit markup is strong, a short plain line is weak. */
type HeadingStrength = 'strong' | 'weak';

interface HeadingLine {
  heading: string;
  strength: HeadingStrength;
  /** Text after `Heading:` on the same line, if any. */
  rest?: string;
}

const MAX_HEADING_WORDS = 8;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Recognises a heading line: Markdown `#`, a bold line, ALL CAPS, `Heading:`, or a known cue alone. */
function detectHeading(line: JobLine): HeadingLine | undefined {
  const text = line.text;
  const markdown = /^#{1,6}\s+(.+?)\s*#*$/.exec(text);
  if (markdown?.[1]) return { heading: cleanHeading(markdown[1]), strength: 'strong' };
  const bold = /^(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$/.exec(text);
  if (bold?.[1] && wordCount(bold[1]) <= MAX_HEADING_WORDS)
    return { heading: cleanHeading(bold[1]), strength: 'strong' };
  if (line.bullet) return undefined;
  const colon = /^([^:.!?]{2,60}):\s*(.*)$/.exec(text);
  if (colon?.[1] && wordCount(colon[1]) <= MAX_HEADING_WORDS) {
    const heading = cleanHeading(colon[1]);
    const rest = colon[2]?.trim() ?? '';
    if (rest.length === 0) return { heading, strength: 'weak' };
    // `Requirements: Python, Docker` opens a section only when the part before the colon is a known cue.
    if (classifySectionHeading(heading) !== undefined) return { heading, strength: 'weak', rest };
    return undefined;
  }
  if (/[.!?,;]$/.test(text) || wordCount(text) > MAX_HEADING_WORDS) return undefined;
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (
    letters.length >= 4 &&
    letters === letters.toUpperCase() &&
    /\p{Lu}/u.test(letters) &&
    wordCount(text) >= 2
  ) {
    return { heading: cleanHeading(text), strength: 'strong' };
  }
  if (looksLikePlainHeading(text)) return { heading: cleanHeading(text), strength: 'weak' };
  return undefined;
}

/** Words that open an ask ("Experience in DevOps"), not a heading, when more words follow. */
const ASK_OPENER =
  /^(?:experience|experienced|knowledge|proficiency|proficient|familiarity|strong|excellent|good|solid|proven|deep|expertise|understanding|ability|fluent|must|erfahrung|kenntnisse|sehr)\b/i;
/** Words that often open a sentence-case heading ("What you need", "Your mission", "Nice to have"). */
const HEADING_OPENER =
  /^(?:what|who|about|your|our|why|how|nice|bonus|must|you'll|you will|you|we|the|key|job|minimum|basic|preferred|required|additional|ihr|ihre|dein|deine|das|was|wir|über)\b/i;

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}{4,}/u.test(word));
  return words.length > 0 && words.every((word) => /^["'(]?\p{Lu}/u.test(word));
}

/**
 * A plain line (no markup, no colon) is a heading only when it names a known section and reads
 * like a heading: short, no closing punctuation, and Title Case, very short, or opened the way
 * headings are ("What you need"). "Experience in DevOps" is an ask, not a heading.
 */
function looksLikePlainHeading(text: string): boolean {
  const words = wordCount(text);
  if (!/^[\p{Lu}"'(]/u.test(text) || classifySectionHeading(text) === undefined) return false;
  // "You will get extra points for the following" announces a list, like a heading does.
  if (words <= MAX_HEADING_WORDS && /\bthe following$/i.test(text)) return true;
  if (words > 6) return false;
  if (words > 1 && ASK_OPENER.test(text) && !/^must[- ]?haves?$/i.test(text)) return false;
  if (isTitleCase(text)) return true;
  if (/\b(?:with|in|of|using|on|for)\b/i.test(text) && !HEADING_OPENER.test(text)) return false;
  return words <= 3 || HEADING_OPENER.test(text);
}

function cleanHeading(text: string): string {
  return text
    .replace(/[*_`#]/g, '')
    .replace(/[:\s]+$/, '')
    .trim();
}

/**
 * Section headings pasted inside one long paragraph ("…stack. Essential Duties and Responsibilities:
 * Following is…"): Title Case phrases of up to six words ending in a colon, or after a sentence
 * end any phrase of up to six words ending in a colon ("… Street. Skills required for the
 * position: …"), or well-known Title Case headings with no colon ("… What You Need for this
 * Position - Experience…"). Only phrases that name a known section split the paragraph.
 */
const INLINE_HEADINGS: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}'&/-]*)(?:\s+(?:\p{Lu}[\p{L}'&/-]*|and|&|of|to|for|the|you|we|you'll|we're|bring|have|do|offer|need)){0,5}(?:\s*\((?:[Nn]ot [Rr]equired|[Oo]ptional|[Pp]referred|[Nn]ice to [Hh]ave)\))?)\s*:\s/gu,
  /(?<=[.!?]\s+)(\p{Lu}[\p{L}'&/-]*(?:\s+[\p{L}'&/-]+){0,5})\s*:\s/gu,
  /(?<![\p{L}\p{N}])((?:What You(?:'ll| Will)? (?:Be Doing|Do|Need(?: for (?:this|the) (?:Position|Role))?|Bring|Will Need)|Who You Are|Top Reasons to (?:Work|Join) (?:with|for|at) Us|Why (?:Work|Join) (?:with|for|at) Us|What We Offer|What's In It [Ff]or You|About Us|About You|Nice to Have|Bonus Points|(?:Preferred|Required|Basic|Minimum|Desired) (?:Qualifications|Skills)|Responsibilities|Requirements|Qualifications|Benefits))(?=\s+(?:[-–•*]|\d{1,2}[.)])?\s*\p{Lu})/gu,
];

interface InlineHeading {
  start: number;
  end: number;
  phrase: string;
}

function inlineHeadingsOf(text: string): InlineHeading[] {
  const found: InlineHeading[] = [];
  for (const pattern of INLINE_HEADINGS) {
    for (const match of text.matchAll(pattern)) {
      const phrase = match[1] ?? '';
      if (classifySectionHeading(phrase) === undefined) continue;
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ start, end, phrase });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function splitInlineHeadings(text: string): { heading?: string; text: string }[] {
  if (wordCount(text) < 25) {
    // Short lines: only a heading that closes the line ("…office location ) Company description:").
    const closing = /^(.*\S)\s+((?:\p{Lu}[\p{L}'&/-]*)(?:\s+[\p{L}'&/-]+){0,3})\s*:$/u.exec(text);
    if (closing?.[1] && closing[2] && classifySectionHeading(closing[2]) !== undefined) {
      return [{ text: closing[1] }, { heading: closing[2], text: '' }];
    }
    return [{ text }];
  }
  const parts: { heading?: string; text: string }[] = [];
  let cursor = 0;
  let heading: string | undefined;
  for (const found of inlineHeadingsOf(text)) {
    const before = text.slice(cursor, found.start).trim();
    if (before.length > 0 || heading !== undefined)
      parts.push({ ...(heading ? { heading } : {}), text: before });
    heading = found.phrase;
    cursor = found.end;
  }
  parts.push({ ...(heading ? { heading } : {}), text: text.slice(cursor).trim() });
  return parts.filter((part) => part.heading !== undefined || part.text.length > 0);
}

/** Headings that flattened postings leave as a sentence of their own ("Must have -", "Nice To Haves -"). */
const BARE_HEADING =
  /^(must[- ]?haves?|nice[- ]?to[- ]?haves?|bonus(?: points)?|pluses|preferred (?:qualifications|skills)|required (?:qualifications|skills)|(?:minimum|basic) qualifications)(?:\s*[:\-–—]+(?:\s+(.*))?)?$/i;

/**
 * A well-known heading phrase that opens an item, followed by a dash or colon or nothing
 * ("Nice To Haves - Experience with Docker"): the heading, and the rest of the item if any.
 */
function leadingBareHeading(text: string): { heading: string; rest: string } | undefined {
  const match = BARE_HEADING.exec(text.trim());
  if (!match?.[1]) return undefined;
  return { heading: match[1], rest: (match[2] ?? '').trim() };
}

function itemsOf(line: JobLine): JobItem[] {
  return splitSentences(line.text)
    .flatMap((sentence) => splitRunOn(sentence))
    .map((text) => ({ text, listed: line.bullet }));
}

/**
 * Splits a job text into sections by its headings and classifies each one. A heading with no cue
 * ("Tech stack:") inherits the kind of the section it sits in when it is a weak heading (a short
 * line or `Heading:`), and opens a neutral section when it is explicit markup (`##`, bold, CAPS).
 */
export function splitJobSections(
  text: string,
  { skipFirstLine = false }: { skipFirstLine?: boolean } = {},
): JobSection[] {
  const sections: JobSection[] = [];
  let current: JobSection = { kind: 'general', items: [] };
  sections.push(current);
  const open = (heading: string, strength: HeadingStrength): void => {
    const kind =
      classifySectionHeading(heading) ?? (strength === 'weak' && current.heading ? current.kind : 'general');
    current = { heading, kind, items: [] };
    sections.push(current);
  };
  const lines = toJobLines(text);
  for (const line of skipFirstLine ? lines.slice(1) : lines) {
    const heading = detectHeading(line);
    if (heading) open(heading.heading, heading.strength);
    const rest = heading ? heading.rest : line.text;
    if (!rest) continue;
    for (const part of splitInlineHeadings(rest)) {
      if (part.heading) open(part.heading, 'weak');
      if (part.text.length === 0) continue;
      for (const item of itemsOf({ text: part.text, bullet: line.bullet })) {
        const lead = leadingBareHeading(item.text);
        if (!lead) {
          current.items.push(item);
          continue;
        }
        open(lead.heading, 'weak');
        if (lead.rest.length > 0) current.items.push({ ...item, text: lead.rest });
      }
    }
  }
  return sections.filter((section) => section.items.length > 0 || section.heading !== undefined);
}
