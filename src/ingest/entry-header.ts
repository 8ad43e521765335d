import { splitCells } from './cv-lines.js';
import { JOB_TITLE_WORD } from './job-title-words.js';

/**
 * Reads an entry's header cells ("Software Engineer (Front-End), Google, Mountain View, CA")
 * as a position, an organisation and a location.
 */

/** What an entry header says. */
export interface EntryHeader {
  position?: string;
  organization?: string;
  location?: string;
  /** Cells that were none of the above, in order. */
  others: string[];
}

const COUNTRIES = new Set([
  'usa',
  'us',
  'u.s.',
  'united states',
  'uk',
  'united kingdom',
  'germany',
  'deutschland',
  'india',
  'israel',
  'russia',
  'canada',
  'france',
  'spain',
  'netherlands',
  'switzerland',
  'schweiz',
  'austria',
  'österreich',
  'ukraine',
  'poland',
  'china',
  'japan',
  'australia',
  'brazil',
  'mexico',
  'ireland',
  'sweden',
  'italy',
  'singapore',
  'belgium',
  'denmark',
  'norway',
  'finland',
  'portugal',
  'remote',
  'hybrid',
  'on-site',
  'onsite',
  'vor ort',
  'anywhere',
  'worldwide',
  'europe',
  'emea',
]);

const COMPANY_SUFFIX =
  /\b(?:inc|llc|ltd|gmbh|ag|se|corp|corporation|company|co|group|plc|technologies|technology|solutions|systems|labs|bank|university|universität|hochschule|institute|s\.a|bv|kg|organization|foundation|studio|agency|consulting)\b\.?/i;

function isLocation(cell: string): boolean {
  const lower = cell.toLowerCase().replace(/[()]/g, '').trim();
  if (COUNTRIES.has(lower)) return true;
  if (/^[A-Z]{2}$/.test(cell)) return true; // US state or country code
  return lower.split(/\s*,\s*/).every((part) => COUNTRIES.has(part));
}

/** Splits at top-level commas only, so "Angular (v2, v4)" stays whole. */
export function splitTopLevel(text: string, separators = /[,;]/): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if ('([{'.includes(char)) depth++;
    if (')]}'.includes(char)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(char)) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

function cleanCell(cell: string): string {
  const cleaned = cell.replace(/^[\s.,:;|–—-]+|[\s,:;|–—-]+$/g, '').trim();
  // "Junior developer." loses its full stop; "Acme Inc." and "B.Sc." keep theirs.
  return /(?:\b(?:inc|ltd|co|corp|llc|jr|sr)|\b\p{L}\.\p{L}+)\.$/iu.test(cleaned)
    ? cleaned
    : cleaned.replace(/\.$/, '');
}

/** Interprets header lines as position / organisation / location. */
export function readEntryHeader(lines: string[]): EntryHeader {
  const locations: string[] = [];
  const cells: string[] = [];
  for (const line of lines) {
    for (const cell of splitCells(line)) {
      // "(Israel, Rehovot)" or "(Remote)" after a name is a place.
      const withoutPlace = cell.replace(/\(([^)]*)\)/g, (whole, inner: string) => {
        const places = inner.split(/\s*,\s*/);
        if (isLocation(inner) || (places.length >= 2 && places.every((place) => /^\p{Lu}/u.test(place)))) {
          locations.push(inner.trim());
          return '';
        }
        return whole;
      });
      for (const part of splitTopLevel(withoutPlace)) {
        const cleaned = cleanCell(part);
        if (cleaned === '') continue;
        // "Inc." belongs to the company before it.
        if (/^(?:inc|llc|ltd|gmbh|ag|corp|co)\.?$/i.test(cleaned) && cells.length > 0) {
          cells[cells.length - 1] = `${cells.at(-1)}, ${cleaned}`;
          continue;
        }
        cells.push(cleaned);
      }
    }
  }
  const titleIndexes = cells.flatMap((cell, index) =>
    JOB_TITLE_WORD.test(cell) && !COMPANY_SUFFIX.test(cell) ? [index] : [],
  );
  let position: string | undefined;
  const used = new Set<number>();
  if (titleIndexes.length > 0) {
    // Adjacent title cells ("MES Architect, UI Developer") form one position.
    const first = titleIndexes[0]!;
    let last = first;
    while (titleIndexes.includes(last + 1)) last++;
    position = cells.slice(first, last + 1).join(', ');
    for (let i = first; i <= last; i++) used.add(i);
  }
  let organization: string | undefined;
  const others: string[] = [];
  for (const [index, cell] of cells.entries()) {
    if (used.has(index)) continue;
    if (isLocation(cell)) {
      locations.push(cell);
      continue;
    }
    if (!organization) {
      organization = cell;
      continue;
    }
    others.push(cell);
  }
  return {
    ...(position ? { position } : {}),
    ...(organization ? { organization } : {}),
    ...(locations.length > 0 ? { location: locations.join(', ') } : {}),
    others,
  };
}
