import { detectInterviewLanguage, detectTextLanguage } from '../../../analysis/document-language.js';
import {
  type CvDocument,
  type InterviewLanguage,
  type Job,
  LANGUAGE_NAMES,
  type Requirement,
} from '../../../domain/index.js';
import { DATA_NOTICE, delimitData } from './data-delimiting.js';

function entryDates(start?: string, end?: string): string {
  if (!start && !end) return '';
  return ` (${start ?? '?'} – ${end ?? 'present'})`;
}

/** The CV's entries with their indices, so the model can say which entry a bullet belongs to. */
function cvEntries(cv: CvDocument): string {
  const work = (cv.resume.work ?? []).map(
    (entry, index) =>
      `work[${index}]: ${entry.position ?? 'role'} at ${entry.name ?? 'employer'}${entryDates(entry.startDate, entry.endDate)}`,
  );
  const projects = (cv.resume.projects ?? []).map(
    (entry, index) =>
      `projects[${index}]: ${entry.name ?? 'project'}${entryDates(entry.startDate, entry.endDate)}`,
  );
  const lines = [...work, ...projects];
  return lines.length > 0 ? lines.join('\n') : '(no dated entries)';
}

/** One requirement on one line, the same way in every prompt. */
export function requirementLine(requirement: Requirement): string {
  const keywords = requirement.keywords.length > 0 ? `; keywords: ${requirement.keywords.join(', ')}` : '';
  const years = requirement.minYears !== undefined ? `; min years: ${requirement.minYears}` : '';
  return `${requirement.id} [${requirement.priority}, ${requirement.kind}] ${requirement.text}${keywords}${years}`;
}

function jobBlock(job: Job): string {
  const header = [job.title ? `Title: ${job.title}` : '', job.company ? `Company: ${job.company}` : '']
    .filter(Boolean)
    .join('\n');
  return header ? `${header}\n\n${job.rawText}` : job.rawText;
}

/**
 * The session's language instruction. Part of the session context, not of a step's instruction,
 * so every call of a session shares it and the cached prefix stays the same for the session.
 */
export function languageInstruction(language: InterviewLanguage, cvLanguage: InterviewLanguage): string {
  const name = LANGUAGE_NAMES[language];
  const formal = language === 'de' ? ' Address the candidate formally, as "Sie", never "du".' : '';
  const bullets =
    cvLanguage === language
      ? ''
      : ` CV bullets go into a ${LANGUAGE_NAMES[cvLanguage]} CV: write the bullet text in ${LANGUAGE_NAMES[cvLanguage]}.`;
  return `LANGUAGE: ${name}. Write every question, follow-up, piece of feedback, advice and bullet in ${name}, whatever language the instructions above and the examples use.${formal}${bullets} Keep names of tools, employers and projects as the CV writes them.`;
}

/**
 * The session's stable context: the language, the CV and the job, serialised identically on
 * every call of a session (a pure function of its inputs, no dates or ids that change), so that
 * it forms the second part of the prefix that every call of the session shares. `language` is
 * the session's; without it (a call outside a session) the documents decide, as at creation.
 */
export function renderSessionContext(cv: CvDocument, job: Job, language?: InterviewLanguage): string {
  const requirements = job.requirements.map(requirementLine).join('\n') || '(none extracted)';
  const sessionLanguage = language ?? detectInterviewLanguage({ cvText: cv.plainText, jobText: job.rawText });
  const cvLanguage = detectTextLanguage(cv.plainText) ?? sessionLanguage;
  return [
    'SESSION CONTEXT — the candidate’s CV and the job they are applying for.',
    languageInstruction(sessionLanguage, cvLanguage),
    DATA_NOTICE,
    delimitData('cv', cv.plainText.trim()),
    delimitData('cv-entries', cvEntries(cv)),
    delimitData('job', jobBlock(job).trim()),
    delimitData('job-requirements', requirements),
  ].join('\n\n');
}
