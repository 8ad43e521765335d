/**
 * Small helpers over the lines of a CV: bullets, label lines ("Tools: …"), wrapped lines.
 */

const BULLET = /^\s*(?:[•●○◦▪▫■□‣⁃∙·*+>➢➤►▶✓✔-]|–|—|o(?=\s)|\d{1,2}[.)](?=\s))\s*/u;

/** True when a line starts with a bullet marker (•, -, *, ▪, 1. …). */
export function isBullet(line: string): boolean {
  return BULLET.test(line) && !/^\s*-{3,}\s*$/.test(line) && stripBullet(line) !== '';
}

/** The line without its bullet marker. */
export function stripBullet(line: string): string {
  return line.replace(BULLET, '').trim();
}

/** Markdown emphasis and link syntax removed: `**Acme**` → `Acme`, `[site](url)` → `site (url)`. */
export function stripMarkdown(line: string): string {
  return line
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])\*(?!\s)([^*]+?)\*(?!\w)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^#{1,6}\s+/, '');
}

/** Splits sentences of a prose paragraph. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d"“(])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 1);
}

/** Joins a line wrapped onto the next one, mending a word hyphenated at the break ("deploy-" + "ment"). */
export function joinWrapped(first: string, second: string): string {
  if (/\p{L}-$/u.test(first) && /^\p{Ll}/u.test(second)) return `${first.slice(0, -1)}${second}`;
  return `${first} ${second}`;
}

/** Splits a line into cells at tabs, pipes and spaced dashes or bullets. */
export function splitCells(line: string): string[] {
  return line
    .split(/\t+|\s+[|•·]\s+|\s[|]\s?|\s+[—–]\s+|\s+-\s+/)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '' && cell !== '|');
}

/** Word count of a line. */
export function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}
