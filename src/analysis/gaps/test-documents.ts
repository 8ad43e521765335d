import type { CvDocument, Job, Requirement, Resume } from '../../domain/index.js';

/** A CV document from a JSON Resume, with a plain text made of its strings (as ingestion would keep). */
export function cvFrom(resume: Resume): CvDocument {
  const strings: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(resume);
  return { sourceType: 'json-resume', resume, plainText: strings.join('\n') };
}

/** A requirement with sensible defaults, for tests. */
export function requirement(overrides: Partial<Requirement> & Pick<Requirement, 'id' | 'text'>): Requirement {
  return { kind: 'skill', priority: 'IMPORTANT', keywords: [], ...overrides };
}

/** A job made of the given requirements. */
export function jobWith(...requirements: Requirement[]): Job {
  return {
    title: 'Backend Engineer',
    requirements,
    rawText: requirements.map((item) => item.text).join('\n'),
  };
}

/** The date the unit tests treat as today. */
export const TEST_NOW = new Date('2025-06-15T00:00:00Z');
