import type { CvDocument, Job, Requirement } from '../../../domain/index.js';
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
 * The session's stable context: the CV and the job, serialised identically on every call of a
 * session (a pure function of its inputs, no dates or ids that change), so that it forms the
 * second part of the prefix that every call of the session shares.
 */
export function renderSessionContext(cv: CvDocument, job: Job): string {
  const requirements = job.requirements.map(requirementLine).join('\n') || '(none extracted)';
  return [
    'SESSION CONTEXT — the candidate’s CV and the job they are applying for.',
    DATA_NOTICE,
    delimitData('cv', cv.plainText.trim()),
    delimitData('cv-entries', cvEntries(cv)),
    delimitData('job', jobBlock(job).trim()),
    delimitData('job-requirements', requirements),
  ].join('\n\n');
}
