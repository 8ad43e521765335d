import type { ResumeEducation, ResumeProject, ResumeWork } from '../domain/index.js';
import type { RawEntry } from './cv-entries.js';
import { splitSentences } from './cv-lines.js';
import type { DateRange } from './date-range.js';
import { readEntryHeader, splitTopLevel } from './entry-header.js';

/** Turns raw entries into JSON Resume work, volunteer, project and education entries. */

const TECH_LABEL =
  /^(?:tech(?:nologies|nology|\s*stack)?|tools?(?:\s+summary)?|stack|used|built with|environment|technologien|werkzeuge)\s*:\s*/i;

function dateFields(
  range: DateRange | undefined,
  singleIsEnd = false,
): { startDate?: string; endDate?: string } {
  if (!range) return {};
  if (range.startDate && !range.endDate && !range.current && singleIsEnd) return { endDate: range.startDate };
  return {
    ...(range.startDate ? { startDate: range.startDate } : {}),
    ...(range.endDate ? { endDate: range.endDate } : {}),
  };
}

/** Body lines as highlights: each bullet is one, prose is split into sentences. */
function highlightsOf(entry: RawEntry): string[] {
  return entry.body.flatMap((line, index) => (entry.bulletFlags[index] ? [line] : splitSentences(line)));
}

function optional<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/** A work entry: employer, title, location, dates and highlights. */
export function toWork(entry: RawEntry): ResumeWork {
  const header = readEntryHeader(entry.header);
  return {
    ...(header.organization ? { name: header.organization } : {}),
    ...(header.position ? { position: header.position } : {}),
    ...(header.location ? { location: header.location } : {}),
    ...dateFields(entry.range),
    ...(optional(highlightsOf(entry)) ? { highlights: highlightsOf(entry) } : {}),
  };
}

/** A project: name from the first header cell, keywords from a "Tech:" line. */
export function toProject(entry: RawEntry): ResumeProject {
  const header = readEntryHeader(entry.header);
  const name = entry.header.length > 0 ? (entry.header[0]!.split('\t')[0] ?? '').trim() : undefined;
  const keywords: string[] = [];
  const highlights: string[] = [];
  for (const line of highlightsOf(entry)) {
    if (TECH_LABEL.test(line)) keywords.push(...splitTopLevel(line.replace(TECH_LABEL, '')));
    else highlights.push(line);
  }
  const projectName = name || header.organization || header.position;
  return {
    ...(projectName ? { name: projectName } : {}),
    ...dateFields(entry.range),
    ...(optional(highlights) ? { highlights } : {}),
    ...(optional(keywords) ? { keywords: keywords.map((keyword) => keyword.replace(/\.$/, '')) } : {}),
  };
}

const DEGREE =
  /(?<![\p{L}])(?:bachelor(?:'s|’s)?(?: of [\p{L}]+(?: (?!in |at |from |and )[\p{L}]+)?| degree)?|master(?:'s|’s)?(?: of [\p{L}]+(?: (?!in |at |from |and )[\p{L}]+)?| degree)?|mba|ph\.?\s?d\.?|doctor(?:ate)?(?: of [\p{L}]+)?|b\.\s?sc\.?|m\.\s?sc\.?|bsc|msc|b\.\s?s\.|m\.\s?s\.|b\.\s?a\.|m\.\s?a\.|b\.?\s?tech|m\.?\s?tech|b\.\s?e\.|m\.\s?e\.|b\.?\s?eng|m\.?\s?eng|associate(?:'s|’s)?(?: degree| of [\p{L}]+)?|diplom(?:a)?(?:-[\p{L}]+)?|high school(?: diploma)?|abitur|a-levels?|gcse|staatsexamen|magister)(?![\p{L}])/iu;

const INSTITUTION =
  /(?<![\p{L}])(?:university|universität|universidad|université|college|school|institute|institut|academy|akademie|hochschule|fachhochschule|polytechnic|center|centre|gymnasium|schule|tu|eth|mit|iit)(?![\p{L}])/iu;

function studyFields(text: string): { studyType?: string; area?: string } {
  const match = DEGREE.exec(text);
  if (!match) return {};
  const studyType = match[0].trim();
  const after = text
    .slice(match.index + match[0].length)
    .replace(/^\s*(?:degree\s*)?(?:(?:in|of)\s+|[,:\-–—]\s*)/i, '')
    .split(/\s*(?:[,|(\t–—]|\s-\s)\s*/)[0]
    ?.replace(/[.\s]+$/, '')
    .trim();
  const area =
    after && after.length > 1 && !INSTITUTION.test(after) && !/^\d/.test(after) ? after : undefined;
  return { studyType, ...(area ? { area } : {}) };
}

/** An education entry: institution, degree (studyType), subject (area), dates, score. */
export function toEducation(entry: RawEntry): ResumeEducation {
  const lines = [...entry.header, ...entry.body];
  let institution: string | undefined;
  let study: { studyType?: string; area?: string } = {};
  let score: string | undefined;
  const courses: string[] = [];
  for (const line of lines) {
    if (!study.studyType) study = studyFields(line);
    if (!institution) {
      const cell = line
        .split(/\t|\s[|–—-]\s|,\s*/)
        .map((part) => part.trim())
        .find((part) => INSTITUTION.test(part) && !DEGREE.test(part));
      if (cell) institution = cell.replace(/[.,]$/, '');
    }
    const gpa = /\b(?:GPA|grade|note|score)\s*:?\s*([\d.,]+(?:\s*\/\s*[\d.,]+)?)|([\d.]+)\s*GPA\b/i.exec(
      line,
    );
    if (gpa && !score) score = (gpa[1] ?? gpa[2])!.trim();
    const coursework = /^(?:relevant\s+)?(?:coursework|courses|kurse)\s*:\s*(.+)$/i.exec(line);
    if (coursework) courses.push(...splitTopLevel(coursework[1]!));
  }
  if (!institution && entry.header.length > 0) {
    // "PhD in Computer Science, CalTech, Pasadena, USA": the first cell that is not the degree.
    institution = entry.header[0]!.split(/\t|,\s*|\s[|–—-]\s/)
      .map((cell) => cell.trim())
      .find((cell) => cell.length > 1 && !DEGREE.test(cell) && !/^[A-Z]{2}$/.test(cell));
  }
  return {
    ...(institution ? { institution } : {}),
    ...study,
    ...dateFields(entry.range, true),
    ...(score ? { score } : {}),
    ...(optional(courses) ? { courses } : {}),
  };
}
