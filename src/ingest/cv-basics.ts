import type { ResumeLocation } from '../domain/index.js';
import { readLocation } from './cv-location.js';
import { cellsOf } from './head-cells.js';
import { JOB_TITLE_WORD } from './job-title-words.js';
import { detectSectionHeading } from './section-headings.js';

/**
 * Finds who the CV belongs to: name (the first line that reads like a person's name), label
 * (headline such as "Front-End Developer"), e-mail, phone, website, location and LinkedIn / GitHub.
 */

/** What the CV's heading block says about the candidate. */
export interface CvBasics {
  name?: string;
  label?: string;
  email?: string;
  phone?: string;
  url?: string;
  location?: ResumeLocation;
  profiles: { network: string; url: string; username?: string }[];
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{5,}\d/;
const URL =
  /\b(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|dev|de|in|me|co|ai|app|info|eu|uk|ch|at|page)(?:\/[^\s,;|)]*)?/i;
const PROFILE_SITES: [string, RegExp][] = [
  ['LinkedIn', /\b(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/(?:in|pub)\/[^\s,;|)]+/i],
  ['GitHub', /\b(?:https?:\/\/)?github\.com\/[^\s,;|)]+/i],
  ['GitLab', /\b(?:https?:\/\/)?gitlab\.com\/[^\s,;|)]+/i],
];
const NOT_A_NAME = /\b(?:curriculum|vitae|resume|résumé|lebenslauf|cv|page|seite)\b/i;

function withScheme(url: string): string {
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(
      /(^|[\s'-])(\p{L})/gu,
      (_whole, before: string, letter: string) => before + letter.toUpperCase(),
    );
}

/** True when a cell reads like a person's name: 2–5 capitalised words, no digits or symbols. */
function looksLikeName(cell: string): boolean {
  const words = cell.split(/\s+/);
  if (words.length < 2 || words.length > 5 || cell.length > 60) return false;
  if (/[\d@,:;/|()]/.test(cell) || NOT_A_NAME.test(cell) || JOB_TITLE_WORD.test(cell)) return false;
  if (detectSectionHeading(cell)) return false;
  return words.every((word) =>
    /^(?:\p{Lu}[\p{L}'’.-]*|von|van|de|der|den|del|da|di|le|la|bin|al)$/u.test(word),
  );
}

/** Reads the basics from the lines above the first section (the head) and the whole text. */
export function readBasics(head: string[], fullText: string): CvBasics {
  const basics: CvBasics = { profiles: [] };
  let nameLine = -1;
  for (const [index, line] of head.slice(0, 10).entries()) {
    // "Residence: Petah Tikva" is a labelled value, not the candidate's name.
    const cells = cellsOf(line);
    const labelIndex = cells.findIndex((candidate) => /:$/.test(candidate));
    const cell = (labelIndex >= 0 ? cells.slice(0, labelIndex) : cells).find(looksLikeName);
    if (cell) {
      basics.name = cell === cell.toUpperCase() ? titleCase(cell) : cell;
      nameLine = index;
      break;
    }
  }
  for (const line of head.slice(nameLine + 1, nameLine + 6)) {
    const cell = cellsOf(line)[0];
    if (
      cell &&
      !EMAIL.test(cell) &&
      !PHONE.test(cell) &&
      JOB_TITLE_WORD.test(cell) &&
      cell.split(/\s+/).length <= 14
    ) {
      basics.label = cell;
      break;
    }
  }
  const email = EMAIL.exec(fullText);
  if (email) basics.email = email[0];
  // A phone number is only trusted in the head: elsewhere digit runs are dates and figures.
  for (const line of head) {
    const phone = PHONE.exec(line.replace(EMAIL, ''));
    if (
      phone &&
      phone[0].replace(/\D/g, '').length >= 7 &&
      !/^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/.test(phone[0])
    ) {
      basics.phone = phone[0].trim();
      break;
    }
  }
  for (const [network, pattern] of PROFILE_SITES) {
    const match = pattern.exec(fullText);
    if (match) {
      const url = withScheme(match[0].replace(/[.]$/, ''));
      const username = url.split('/').filter(Boolean).at(-1);
      basics.profiles.push({ network, url, ...(username ? { username } : {}) });
    }
  }
  for (const line of head) {
    const cleaned = line.replace(EMAIL, ' ');
    const match = URL.exec(cleaned);
    if (match && !PROFILE_SITES.some(([, pattern]) => pattern.test(match[0]))) {
      basics.url = withScheme(match[0]);
      break;
    }
  }
  const location = readLocation(head);
  if (location) basics.location = location;
  return basics;
}
