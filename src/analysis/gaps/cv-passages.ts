import type { CvSection, EvidenceStrength, Resume } from '../../domain/index.js';
import { RECENT_ROLE_YEARS } from './evidence-strength.js';
import { entryRange, type MonthRange, monthOf } from './month-date.js';

/** What part of an entry a passage comes from; used for wording explanations. */
export type PassageRole =
  | 'highlight'
  | 'position'
  | 'entry-summary'
  | 'profile'
  | 'skills-list'
  | 'project-keywords'
  | 'education'
  | 'certificate'
  | 'language'
  | 'other'
  | 'plain-text';

/**
 * One searchable piece of the CV (a bullet, a title, a skills line) with where it sits and how
 * much a mention in it is worth before negations and qualifiers are considered.
 */
export interface CvPassage {
  section: CvSection;
  role: PassageRole;
  text: string;
  entryIndex?: number;
  entryName?: string;
  /** Dates of the work entry the passage belongs to; only work passages count towards years. */
  range?: MonthRange;
  /** The work entry is ongoing or ended recently (see RECENT_ROLE_YEARS). */
  recent: boolean;
  baseStrength: EvidenceStrength;
}

function nonEmpty(text: string | undefined): text is string {
  return text !== undefined && text.trim().length > 0;
}

/** Splits a long free-text block into sentences or lines, so a quote points at one claim. */
export function splitClaims(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?;])\s+(?=[A-Z0-9•\-–])/u)
    .map((part) => part.replace(/^[\s•\-–*·▪●]+/u, '').trim())
    .filter((part) => part.length > 0);
}

function isRecent(range: MonthRange | undefined, now: Date): boolean {
  if (!range) return false;
  return monthOf(now) - range.end <= RECENT_ROLE_YEARS * 12;
}

/**
 * Flattens a JSON Resume into passages, in the order a reader meets them. Work entries carry
 * their dates so evidence there can be weighed by recency and counted in years.
 */
export function collectPassages(resume: Resume, now: Date): CvPassage[] {
  const passages: CvPassage[] = [];
  const basics = resume.basics;
  if (nonEmpty(basics?.label)) {
    passages.push({
      section: 'summary',
      role: 'profile',
      text: basics.label,
      recent: true,
      baseStrength: 'moderate',
    });
  }
  if (nonEmpty(basics?.summary)) {
    for (const claim of splitClaims(basics.summary)) {
      passages.push({
        section: 'summary',
        role: 'profile',
        text: claim,
        recent: true,
        baseStrength: 'moderate',
      });
    }
  }

  (resume.work ?? []).forEach((work, entryIndex) => {
    const range = entryRange(work.startDate, work.endDate, now);
    // Undated roles cannot be judged recent or old: treat them like an older role.
    const recent = isRecent(range, now);
    const baseStrength: EvidenceStrength = recent ? 'strong' : 'moderate';
    const shared = {
      section: 'work' as const,
      entryIndex,
      entryName: work.name,
      range,
      recent,
      baseStrength,
    };
    if (nonEmpty(work.position)) passages.push({ ...shared, role: 'position', text: work.position });
    if (nonEmpty(work.summary)) {
      for (const claim of splitClaims(work.summary))
        passages.push({ ...shared, role: 'entry-summary', text: claim });
    }
    for (const highlight of (work.highlights ?? []).filter(nonEmpty)) {
      passages.push({ ...shared, role: 'highlight', text: highlight });
    }
  });

  (resume.volunteer ?? []).forEach((entry, entryIndex) => {
    const shared = {
      section: 'other' as const,
      entryIndex,
      entryName: entry.organization,
      recent: false,
      baseStrength: 'moderate' as const,
    };
    for (const text of [entry.position, entry.summary, ...(entry.highlights ?? [])].filter(nonEmpty)) {
      passages.push({ ...shared, role: 'highlight', text });
    }
  });

  (resume.projects ?? []).forEach((project, entryIndex) => {
    const shared = { section: 'projects' as const, entryIndex, entryName: project.name, recent: false };
    for (const text of [project.name, project.description, ...(project.highlights ?? [])].filter(nonEmpty)) {
      for (const claim of splitClaims(text)) {
        passages.push({ ...shared, role: 'highlight', text: claim, baseStrength: 'moderate' });
      }
    }
    const keywords = (project.keywords ?? []).filter(nonEmpty);
    if (keywords.length > 0) {
      passages.push({ ...shared, role: 'project-keywords', text: keywords.join(', '), baseStrength: 'weak' });
    }
  });

  (resume.skills ?? []).forEach((group, entryIndex) => {
    const keywords = (group.keywords ?? []).filter(nonEmpty);
    const list = keywords.length > 0 ? keywords.join(', ') : '';
    const text =
      [group.name, list].filter(nonEmpty).join(': ') + (nonEmpty(group.level) ? ` (${group.level})` : '');
    if (text.trim().length > 0) {
      passages.push({
        section: 'skills',
        role: 'skills-list',
        text,
        entryIndex,
        entryName: group.name,
        recent: false,
        baseStrength: 'weak',
      });
    }
  });

  (resume.education ?? []).forEach((education, entryIndex) => {
    const degree = [education.studyType, education.area].filter(nonEmpty).join(' in ');
    const text = [degree, education.institution].filter(nonEmpty).join(', ');
    const shared = {
      section: 'education' as const,
      role: 'education' as const,
      entryIndex,
      entryName: education.institution,
      recent: false,
      baseStrength: 'weak' as const,
    };
    if (text.length > 0) passages.push({ ...shared, text });
    for (const course of (education.courses ?? []).filter(nonEmpty))
      passages.push({ ...shared, text: course });
  });

  (resume.certificates ?? []).forEach((certificate, entryIndex) => {
    const text = [certificate.name, certificate.issuer].filter(nonEmpty).join(', ');
    if (text.length > 0) {
      passages.push({
        section: 'certificates',
        role: 'certificate',
        text,
        entryIndex,
        entryName: certificate.name,
        recent: false,
        baseStrength: 'moderate',
      });
    }
  });

  (resume.languages ?? []).forEach((language, entryIndex) => {
    const text = [language.language, language.fluency].filter(nonEmpty).join(': ');
    if (text.length > 0) {
      passages.push({
        section: 'languages',
        role: 'language',
        text,
        entryIndex,
        entryName: language.language,
        recent: false,
        baseStrength: 'weak',
      });
    }
  });

  const extras = [
    ...(resume.awards ?? []).flatMap((award) => [award.title, award.summary]),
    ...(resume.publications ?? []).flatMap((publication) => [publication.name, publication.summary]),
  ].filter(nonEmpty);
  for (const text of extras) {
    passages.push({ section: 'other', role: 'other', text, recent: false, baseStrength: 'moderate' });
  }
  for (const interest of resume.interests ?? []) {
    const text = [interest.name, ...(interest.keywords ?? [])].filter(nonEmpty).join(', ');
    if (text.length > 0)
      passages.push({ section: 'other', role: 'other', text, recent: false, baseStrength: 'weak' });
  }
  return passages;
}

/**
 * Lines of the CV's plain text, searched only when the structured CV shows nothing for a term:
 * a layout the parser could not structure should still count for something, but not much.
 */
export function plainTextPassages(plainText: string): CvPassage[] {
  return plainText
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length > 1)
    .map((text) => ({
      section: 'other' as const,
      role: 'plain-text' as const,
      text,
      recent: false,
      baseStrength: 'weak' as const,
    }));
}
