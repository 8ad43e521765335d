import type { Resume } from '../../domain/index.js';

/** One work or project entry of the CV, flattened for matching and for question wording. */
export interface CvEntry {
  section: 'work' | 'projects';
  index: number;
  /** Employer or project name (may be absent in a badly parsed CV). */
  name?: string;
  /** Job title, for work entries. */
  position?: string;
  /** The entry's own lines: summary, highlights, description, keywords. */
  lines: string[];
  /** Everything above joined, for skill matching. */
  text: string;
}

/** Work entries first (most recent first, as CVs list them), then projects. */
export function cvEntries(resume: Resume): CvEntry[] {
  const entries: CvEntry[] = [];
  (resume.work ?? []).forEach((work, index) => {
    const lines = [work.summary, ...(work.highlights ?? [])].filter(isText);
    entries.push({
      section: 'work',
      index,
      ...(work.name ? { name: work.name.trim() } : {}),
      ...(work.position ? { position: work.position.trim() } : {}),
      lines,
      text: [work.position, work.name, ...lines].filter(isText).join('\n'),
    });
  });
  (resume.projects ?? []).forEach((project, index) => {
    const lines = [
      project.description,
      ...(project.highlights ?? []),
      (project.keywords ?? []).join(', '),
    ].filter(isText);
    entries.push({
      section: 'projects',
      index,
      ...(project.name ? { name: project.name.trim() } : {}),
      lines,
      text: [project.name, ...lines].filter(isText).join('\n'),
    });
  });
  return entries;
}

/** How the question refers to an entry: `Acme`, `the Atlas project`, `your role as Engineer`. */
export function entryLabel(entry: CvEntry): string {
  if (entry.section === 'projects') return entry.name ? `your ${entry.name} project` : 'one of your projects';
  if (entry.name) return entry.name;
  return entry.position ? `your role as ${entry.position}` : 'your last role';
}

function isText(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
