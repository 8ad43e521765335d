import { isBullet, joinWrapped, stripBullet, wordCount } from './cv-lines.js';
import { type DateRange, findDateRange } from './date-range.js';
import { readEntryHeader } from './entry-header.js';
import { detectSectionHeading } from './section-headings.js';

/**
 * Splits the lines of a dated section (experience, education, projects, volunteer) into
 * entries. An entry is anchored on its date line; the short heading lines just before or after
 * it (employer, title, location) are its header; the bullets and prose up to the next entry
 * are its body.
 */

/** One entry before its fields are interpreted. */
export interface RawEntry {
  /** Header lines with the date range cut out, in reading order. */
  header: string[];
  range?: DateRange;
  /** Body lines: bullets without their markers, prose as written. */
  body: string[];
  /** Which body lines were bullets (same indexes as `body`). */
  bulletFlags: boolean[];
}

const LABEL_LINE = /^[\p{L}][\p{L} /&().-]{1,30}:\s*\S/u;

interface LogicalLine {
  text: string;
  bullet: boolean;
  anchor?: { range: DateRange; index: number; length: number };
}

function anchorOf(text: string, bullet: boolean): LogicalLine['anchor'] {
  const words = wordCount(text);
  if (bullet || words > 22 || (words >= 12 && /\.$/.test(text))) return undefined;
  const found = findDateRange(text);
  if (!found?.range.startDate) return undefined;
  const isRange = found.range.endDate !== undefined || found.range.current;
  if (!isRange && words > 8) {
    // A lone year inside a sentence ("migrated SharePoint 2010 to …") is not an entry date.
    const before = text.slice(0, found.index).replace(/[\s\p{P}]+/gu, '');
    const after = text.slice(found.index + found.length).replace(/[\s\p{P}]+/gu, '');
    if (before !== '' && after !== '') return undefined;
  }
  return found;
}

/** Joins lines that were wrapped by the page width back into one logical line. */
function logicalLines(lines: string[], wrapWidth: number): (LogicalLine | undefined)[] {
  const out: (LogicalLine | undefined)[] = [];
  let previousRaw = '';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') {
      out.push(undefined);
      previousRaw = '';
      continue;
    }
    const bullet = isBullet(raw);
    const text = bullet ? stripBullet(raw) : raw;
    const previous = out.at(-1);
    const nextRaw = lines[i + 1]?.trim() ?? '';
    const nextIsAnchor = nextRaw !== '' && anchorOf(nextRaw, isBullet(nextRaw)) !== undefined;
    const anchor = anchorOf(text, bullet);
    // A dated heading line only continues onto a line that plainly goes on with it.
    const previousWasWrapped =
      previousRaw.length >= wrapWidth * 0.7 && !/[.:;!?]$/.test(previousRaw) && !previous?.anchor;
    const startsLowercase = /^\p{Ll}/u.test(raw);
    const continues =
      previous !== undefined &&
      !bullet &&
      (!anchor || startsLowercase) &&
      !raw.includes('\t') &&
      !previousRaw.includes('\t') &&
      !detectSectionHeading(raw) &&
      (/^\p{Ll}/u.test(raw) ||
        /,$/.test(previousRaw) ||
        (previousWasWrapped && !(nextIsAnchor && wordCount(raw) <= 6)));
    if (continues) {
      previous.text = joinWrapped(previous.text, raw);
      if (!previous.bullet) previous.anchor = anchorOf(previous.text, false) ?? previous.anchor;
    } else {
      out.push({ text, bullet, anchor });
    }
    previousRaw = raw;
  }
  return out;
}

function isHeaderLike(line: LogicalLine | undefined): line is LogicalLine {
  if (!line || line.bullet || line.anchor) return false;
  const text = line.text;
  return (
    wordCount(text) <= 10 &&
    text.length <= 90 &&
    !/[,;:]$/.test(text) &&
    !/\.$/.test(text.replace(/\b(?:inc|ltd|co|corp|llc)\.$/i, '')) &&
    !LABEL_LINE.test(text)
  );
}

function withoutRange(line: LogicalLine): string {
  const { anchor, text } = line;
  if (!anchor) return text;
  return `${text.slice(0, anchor.index)}\t${text.slice(anchor.index + anchor.length)}`
    .replace(/^[\s:|,.–—-]+|[\s:|,–—-]+$/g, '')
    .replace(/\(\s*\)/g, '')
    .trim();
}

/** The entries of a section; without any dated line, blocks separated by blank lines. */
export function splitEntries(lines: string[], { wrapWidth = 100 }: { wrapWidth?: number } = {}): RawEntry[] {
  const logical = logicalLines(lines, wrapWidth);
  // "Contributor at PyCon 2018" right above "Pune, India  2018": the year in the name line is
  // part of the name; the line below carries the entry's date.
  for (let i = 0; i + 1 < logical.length; i++) {
    const anchor = logical[i]?.anchor;
    if (anchor && !anchor.range.endDate && !anchor.range.current && logical[i + 1]?.anchor) {
      logical[i]!.anchor = undefined;
    }
  }
  const anchors = logical.flatMap((line, index) => (line?.anchor ? [index] : []));
  if (anchors.length === 0) return blocksWithoutDates(logical);

  const entries: RawEntry[] = [];
  let consumedUpTo = 0;
  const starts: { pre: number; anchor: number; post: number }[] = [];
  for (const [k, anchor] of anchors.entries()) {
    let pre = anchor;
    let above = anchor - 1;
    // Markdown CVs often leave one blank line between "### Title — Employer" and its dates.
    if (logical[above] === undefined && above - 1 >= consumedUpTo && isHeaderLike(logical[above - 1]))
      above--;
    while (above >= consumedUpTo && anchor - above <= 3 && isHeaderLike(logical[above])) {
      pre = above;
      above--;
    }
    const anchorLine = logical[anchor]!;
    const headerLines = [...logical.slice(pre, anchor), anchorLine]
      .filter((line): line is LogicalLine => line !== undefined)
      .map(withoutRange);
    let post = anchor + 1;
    const nextAnchor = anchors[k + 1] ?? logical.length;
    // Only look below the date line for the title or employer when the header lacks one.
    const isComplete = () => {
      const header = readEntryHeader(headerLines);
      return header.position !== undefined && header.organization !== undefined;
    };
    while (post < nextAnchor && post - anchor <= 2 && isHeaderLike(logical[post]) && !isComplete()) {
      headerLines.push(logical[post]!.text);
      post++;
    }
    starts.push({ pre, anchor, post });
    consumedUpTo = post;
  }
  for (const [k, start] of starts.entries()) {
    const end = starts[k + 1]?.pre ?? logical.length;
    const headerLines = logical
      .slice(start.pre, start.post)
      .filter((line): line is LogicalLine => line !== undefined)
      .map(withoutRange)
      .filter((text) => text !== '');
    const bodyLines = logical
      .slice(start.post, end)
      .filter((line): line is LogicalLine => line !== undefined);
    entries.push({
      header: headerLines,
      range: logical[start.anchor]!.anchor!.range,
      body: bodyLines.map((line) => line.text),
      bulletFlags: bodyLines.map((line) => line.bullet),
    });
  }
  return entries;
}

function blocksWithoutDates(logical: (LogicalLine | undefined)[]): RawEntry[] {
  const blocks: LogicalLine[][] = [[]];
  for (const line of logical) {
    if (line === undefined) blocks.push([]);
    else blocks.at(-1)!.push(line);
  }
  return blocks
    .filter((block) => block.length > 0)
    .map((block) => {
      const [first, ...rest] = block;
      const hasHeader = isHeaderLike(first) && rest.length > 0;
      const body = hasHeader ? rest : block;
      return {
        header: hasHeader ? [first!.text] : [],
        body: body.map((line) => line.text),
        bulletFlags: body.map((line) => line.bullet),
      };
    });
}
