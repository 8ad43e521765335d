import { germanEmployer } from '../../analysis/german-employer.js';
import type { Requirement } from '../../domain/index.js';
import { germanSkillName } from '../../taxonomy/german-skill-names.js';
import type { CvEntry } from './cv-entries.js';
import { requirementTopic } from './requirement-topic.js';
import { skillFor } from './skill-knowledge.js';
import { tidyClause, truncateWords } from './text-tools.js';

/** A skill's name as a German sentence writes it (`Teamwork` → `Teamfähigkeit`, `Kafka` stays). */
export function germanName(name: string): string {
  return germanSkillName(name);
}

/** `A`, `A und B`, `A, B und C`. */
export function joinUnd(items: readonly string[]): string {
  return joinWith(items, 'und');
}

/** `A`, `A oder B`, `A, B oder C`. */
export function joinOder(items: readonly string[]): string {
  return joinWith(items, 'oder');
}

function joinWith(items: readonly string[], last: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** How German questions name what a requirement asks for (`mypy oder Pydantic`). */
export function germanTopic(requirement: Requirement): string {
  // Keywords the taxonomy does not know are the analysis' own lower-cased phrases: quote the job.
  if (requirement.keywords.length > 0 && !requirement.keywords.some((keyword) => skillFor(keyword))) {
    return `„${truncateWords(tidyClause(requirement.text), 8)}“`;
  }
  if (requirement.keywords.length > 0) return joinOder(requirement.keywords.slice(0, 2).map(germanName));
  return requirementTopic(requirement);
}

/** Where an entry is, for a German sentence: `bei der Beispiel AG`, `im Projekt Atlas`. */
export function germanPlace(entry: CvEntry): string {
  if (entry.section === 'projects')
    return entry.name ? `im Projekt ${entry.name}` : 'in einem Ihrer Projekte';
  if (entry.name) return `bei ${germanEmployer(entry.name)}`;
  return entry.position ? `in Ihrer Rolle als ${entry.position}` : 'in Ihrer letzten Stelle';
}

/** The entry as a question's anchor: `Beispiel AG`, `Projekt Atlas`. */
export function germanAnchor(entry: CvEntry): string {
  if (entry.section === 'projects') return entry.name ? `Projekt ${entry.name}` : 'eines Ihrer Projekte';
  return entry.name ?? (entry.position ? `Ihre Rolle als ${entry.position}` : 'Ihre letzte Stelle');
}
