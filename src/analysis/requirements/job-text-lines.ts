/** One logical line of a job text: a list item or a run of prose, with soft line wraps undone. */
export interface JobLine {
  text: string;
  /** True when the line was written as a list item (bullet or number). */
  bullet: boolean;
}

const BULLET = /^\s*(?:[-*+]\s+|[•·▪◦●○■□➢➤►✓✔]\s*|[–—]\s+|\(?\d{1,2}[.)]\s+|\(?[a-h][.)]\s+)/u;

/** Normalises the characters that vary between sources: Unicode hyphens, spaces, quotes, line ends. */
export function normaliseJobText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2010\u2011\u2012\u00ad]/g, '-')
    .replace(/[\u00a0\u2009\u202f\u2007]/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\t/g, ' ');
}

/** Strips the list marker of a line, if any. */
export function stripBullet(line: string): { text: string; bullet: boolean } {
  const match = BULLET.exec(line);
  if (!match) return { text: line.trim(), bullet: false };
  return { text: line.slice(match[0].length).trim(), bullet: true };
}

function unbalancedParen(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Decides whether a raw line continues the previous one (a PDF or hard-wrapped line break) rather
 * than starting a new item: a lower-case start, a hyphenated break, an open bracket or a dangling
 * connector all mean the writer did not end the thought.
 */
function continues(previous: JobLine, raw: string, indented: boolean): boolean {
  const start = raw.charAt(0);
  if (/[-]$/.test(previous.text) && !/\s-$/.test(previous.text) && /\p{Ll}/u.test(start)) return true;
  if (/[.!?:]$/.test(previous.text)) return false;
  if (/\p{Ll}/u.test(start)) return true;
  if (unbalancedParen(previous.text)) return true;
  if (/(?:,|&|\band|\bor|\bund|\boder|\bwith|\bof|\bin|\bthe|\bfor)$/i.test(previous.text)) return true;
  return previous.bullet && indented;
}

/**
 * Splits a job text into logical lines: list items and prose lines, with wrapped lines joined
 * (hyphenation undone) and page numbers dropped. Blank lines always end a line.
 */
export function toJobLines(text: string): JobLine[] {
  const lines: JobLine[] = [];
  let previous: JobLine | undefined;
  for (const rawLine of normaliseJobText(text).split('\n')) {
    if (rawLine.trim().length === 0) {
      previous = undefined;
      continue;
    }
    if (/^\s*(?:\d{1,3}|page \d+( of \d+)?|seite \d+)\s*$/i.test(rawLine)) continue;
    const indented = /^\s{2,}/.test(rawLine);
    const { text: content, bullet } = stripBullet(rawLine);
    if (content.length === 0) continue;
    if (previous && !bullet && continues(previous, content, indented)) {
      const hyphenBreak = /\p{L}-$/u.test(previous.text) && /^\p{Ll}/u.test(content);
      previous.text = hyphenBreak ? `${previous.text.slice(0, -1)}${content}` : `${previous.text} ${content}`;
      continue;
    }
    previous = { text: content, bullet };
    lines.push(previous);
  }
  return lines;
}
