import type { ResumeLocation as Location } from '../domain/index.js';
import { countryCodeOf } from './country-codes.js';
import { cellsOf } from './head-cells.js';

/**
 * Finds where the candidate lives from the CV's heading block: a labelled value ("Residence:
 * Netanya, Israel", "Wohnort: Berlin") or a place written on its own ("Pune, Maharashtra, India",
 * "555 La Verne Way, La Verne, CA", "Musterstraße 1, 10115 Berlin"), with a street address on the
 * line before it when there is one. Only places that end in a known country, a US state or
 * Canadian province code, or carry a postal code are taken: a bare "Java, Spring" never is.
 */

const LOCATION_LABEL =
  /^(?:location|residence|address|home|city|based in|lives in|adresse|anschrift|wohnort|standort)\b\s*[:-]?\s*/i;

/** US states, DC and Canadian provinces: the codes that end a North American address. */
const REGION_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND ' +
    'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS NT NU ON PE QC SK YT'
  ).split(' '),
);

const STREET =
  /^(?:\d+[a-z]?\s+\p{Lu}[\p{L}.'’ -]*\b(?:St|Street|Ave|Avenue|Rd|Road|Way|Blvd|Boulevard|Lane|Ln|Dr|Drive|Ct|Court|Pl|Place)\.?|\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm)\s+\d+[a-z]?)$/iu;
/** "10115 Berlin" (DE/AT/CH) or "CA 94115" (US): a postal code with its city or state. */
const POSTAL_THEN_CITY = /^(\d{4,5})\s+(\p{Lu}[\p{L}.' -]*)$/u;
const REGION_THEN_POSTAL = /^([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$/;
const PLACE_PART = /^[\p{Lu}\d][\p{L}\d.'’ -]{0,40}$/u;
const NOT_A_PLACE = /@|https?:|www\.|\.com\b|linkedin|github|\d{3}[\s.-]\d{3,4}/i;

function partsOf(cell: string): string[] | undefined {
  if (NOT_A_PLACE.test(cell)) return undefined;
  const parts = cell.split(/\s*,\s*/).filter(Boolean);
  if (parts.length === 0 || parts.length > 5) return undefined;
  if (!parts.every((part) => PLACE_PART.test(part) && part.split(/\s+/).length <= 5)) return undefined;
  return parts;
}

/** Reads "[address,] [postal] city[, region][, country]" into its fields; undefined if it is not a place. */
function parsePlace(cell: string, { labelled }: { labelled: boolean }): Location | undefined {
  const parts = partsOf(cell);
  if (!parts) return undefined;
  const location: Location = {};
  const last = parts.at(-1)!;
  const country = countryCodeOf(last);
  if (country) {
    location.countryCode = country;
    parts.pop();
  }
  const regionPostal = REGION_THEN_POSTAL.exec(parts.at(-1) ?? '');
  if (regionPostal && REGION_CODES.has(regionPostal[1]!)) {
    location.region = regionPostal[1]!;
    location.postalCode = regionPostal[2]!;
    parts.pop();
  } else if (parts.length > 1 && REGION_CODES.has(parts.at(-1)!)) {
    location.region = parts.pop()!;
  }
  const postalCity = POSTAL_THEN_CITY.exec(parts.at(-1) ?? '');
  if (postalCity) {
    location.postalCode = postalCity[1]!;
    location.city = postalCity[2]!.trim();
    parts.pop();
  }
  const anchored = Boolean(location.countryCode || location.region || location.postalCode);
  if (!anchored && !labelled) return undefined;
  if (!location.city) {
    // "Pune, Maharashtra" after the country: the last of two named places is the region.
    if (parts.length === 2 && !/^\d/.test(parts[0]!) && !location.region) location.region = parts.pop()!;
    if (parts.length > 0) location.city = parts.pop()!;
  }
  if (parts.length > 0) location.address = parts.join(', ');
  return location.city || location.countryCode ? location : undefined;
}

function labelledValue(cell: string): string | undefined {
  const label = LOCATION_LABEL.exec(cell);
  if (!label) return undefined;
  const value = cell
    .slice(label[0].length)
    .split(/\s{2,}|\s\p{L}+:/u)[0]
    ?.trim();
  return value ? value : undefined;
}

/**
 * The candidate's location from the heading block's lines, or undefined when none is written there.
 * @example readLocation(['Ada Lovelace', 'Pune, Maharashtra, India']) // { city: 'Pune', region: 'Maharashtra', countryCode: 'IN' }
 */
export function readLocation(head: readonly string[]): Location | undefined {
  const lines = head.slice(0, 12);
  for (const [index, line] of lines.entries()) {
    let afterBareLabel = false;
    for (const cell of cellsOf(line)) {
      const value = labelledValue(cell);
      // "Residence:<tab>Petah Tikva": the label's value is the next cell.
      const labelled = value !== undefined || afterBareLabel;
      afterBareLabel = value === undefined && LOCATION_LABEL.test(cell) && /:\s*$/.test(cell);
      const place = parsePlace(value ?? cell, { labelled });
      if (!place) continue;
      if (!place.address) {
        const before = cellsOf(lines[index - 1] ?? '').at(-1);
        if (before && STREET.test(before)) place.address = before;
      }
      return place;
    }
  }
  return undefined;
}
