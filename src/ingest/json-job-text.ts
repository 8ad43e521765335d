import { GapwiseError } from '../errors/index.js';

/**
 * Turns a job in the JSON Resume job schema (title, company, description, responsibilities,
 * qualifications, skills with keywords…) into readable text with headings, so the requirement
 * extractor sees the posting's structure and priorities as it would in a written posting.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return text(value) ? [value.trim()] : [];
  return Array.isArray(value) ? value.map(text).filter((item): item is string => item !== undefined) : [];
}

function bulletSection(title: string, items: string[]): string[] {
  return items.length > 0 ? ['', title, ...items.map((item) => `- ${item}`)] : [];
}

/** A job read from JSON: its text and the title and company it names. */
export interface JsonJob {
  text: string;
  title?: string;
  company?: string;
}

/** Writes a JSON Resume job as text. Throws JOB_UNREADABLE when the JSON is not a job. */
export function jsonJobToText(value: unknown): JsonJob {
  const job = isObject(value) ? value : undefined;
  const known = ['title', 'description', 'responsibilities', 'qualifications', 'skills'];
  if (!job || !known.some((key) => key in job)) {
    throw new GapwiseError('JOB_UNREADABLE', {
      message:
        'The job JSON does not look like a job description (no title, description, responsibilities, qualifications or skills). Upload the posting as text, Markdown, PDF or DOCX.',
    });
  }
  const title = text(job.title);
  const company = text(job.company);
  const location = isObject(job.location)
    ? [text(job.location.city), text(job.location.region), text(job.location.countryCode)]
        .filter(Boolean)
        .join(', ')
    : text(job.location);
  const facts = [
    text(job.type) && `Type: ${text(job.type)}`,
    location && `Location: ${location}`,
    text(job.remote) && `Remote: ${text(job.remote)}`,
    text(job.experience) && `Experience level: ${text(job.experience)}`,
  ].filter((fact): fact is string => Boolean(fact));
  const skills = (Array.isArray(job.skills) ? job.skills : []).flatMap((skill) => {
    if (typeof skill === 'string') return [skill];
    if (!isObject(skill)) return [];
    const keywords = strings(skill.keywords);
    const name = text(skill.name);
    const level = text(skill.level);
    const label = name && level ? `${name} (${level})` : name;
    if (label && keywords.length > 0) return [`${label}: ${keywords.join(', ')}`];
    return label ? [label] : keywords.length > 0 ? [keywords.join(', ')] : [];
  });
  const lines = [
    [title, company].filter(Boolean).join(' at '),
    ...facts,
    ...(text(job.description) ? ['', 'Description', text(job.description)!] : []),
    ...bulletSection('Responsibilities', strings(job.responsibilities)),
    ...bulletSection('Qualifications', strings(job.qualifications)),
    ...bulletSection('Skills', skills),
  ];
  return {
    text: lines.join('\n').trim(),
    ...(title ? { title } : {}),
    ...(company ? { company } : {}),
  };
}
