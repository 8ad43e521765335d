import type { Requirement } from '../../domain/index.js';
import type { CvEntry } from './cv-entries.js';
import { requirementTopic } from './requirement-topic.js';
import { skillFor } from './skill-knowledge.js';
import { tidyClause, truncateWords } from './text-tools.js';

// Taxonomy names are English; these read better in a German sentence. Tools keep their names.
const GERMAN_NAMES: Record<string, string> = {
  English: 'Englisch',
  German: 'Deutsch',
  French: 'Französisch',
  Spanish: 'Spanisch',
  Portuguese: 'Portugiesisch',
  Italian: 'Italienisch',
  Dutch: 'Niederländisch',
  Polish: 'Polnisch',
  Russian: 'Russisch',
  Turkish: 'Türkisch',
  Arabic: 'Arabisch',
  'Mandarin Chinese': 'Chinesisch (Mandarin)',
  Japanese: 'Japanisch',
  Communication: 'Kommunikationsfähigkeit',
  'Written Communication': 'schriftliche Kommunikation',
  Teamwork: 'Teamfähigkeit',
  Leadership: 'Führungskompetenz',
  'People Management': 'Personalführung',
  'Problem Solving': 'Problemlösungskompetenz',
  'Analytical Thinking': 'analytisches Denken',
  'Critical Thinking': 'kritisches Denken',
  'Decision Making': 'Entscheidungsfähigkeit',
  'Attention to Detail': 'Sorgfalt',
  'Time Management': 'Zeitmanagement',
  Adaptability: 'Anpassungsfähigkeit',
  Initiative: 'Eigeninitiative',
  Accountability: 'Verantwortungsbewusstsein',
  Creativity: 'Kreativität',
  'Conflict Resolution': 'Konfliktlösung',
  'Customer Orientation': 'Kundenorientierung',
  'Results Orientation': 'Ergebnisorientierung',
  'Intercultural Competence': 'interkulturelle Kompetenz',
  'Remote Collaboration': 'Zusammenarbeit auf Distanz',
  'Cross-Functional Collaboration': 'bereichsübergreifende Zusammenarbeit',
  'Knowledge Sharing': 'Wissensaustausch',
  'Presentation Skills': 'Präsentationsfähigkeit',
  Negotiation: 'Verhandlungsgeschick',
  'Organisational Skills': 'Organisationstalent',
  Delegation: 'Delegieren',
  'Self-Reflection': 'Selbstreflexion',
  'Computer Science': 'Informatik',
  'Software Architecture': 'Softwarearchitektur',
  'Software Engineering': 'Softwareentwicklung',
  'Backend Development': 'Backend-Entwicklung',
  'Frontend Development': 'Frontend-Entwicklung',
  'Query Optimization': 'Query-Optimierung',
  'Event Streaming': 'Event-Streaming',
  'Project Management': 'Projektmanagement',
  'Code Quality': 'Codequalität',
};

/** A skill's name as a German sentence writes it (`Teamwork` → `Teamfähigkeit`, `Kafka` stays). */
export function germanName(name: string): string {
  return GERMAN_NAMES[name] ?? name;
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

/** Where an entry is, for a German sentence: `bei Beispiel AG`, `im Projekt Atlas`. */
export function germanPlace(entry: CvEntry): string {
  if (entry.section === 'projects')
    return entry.name ? `im Projekt ${entry.name}` : 'in einem Ihrer Projekte';
  if (entry.name) return `bei ${FEMININE_FIRM.test(entry.name) ? 'der ' : ''}${entry.name}`;
  return entry.position ? `in Ihrer Rolle als ${entry.position}` : 'in Ihrer letzten Stelle';
}

// Firm names that take `die` (`bei der Beispiel AG`); other names go without an article.
const FEMININE_FIRM =
  /(?:^|\s)(?:AG|GmbH|gGmbH|SE|KG|KGaA|OHG|mbH|Gruppe|Bank|Versicherung|Universität|Hochschule|Agentur|Stadt)$/u;

/** The entry as a question's anchor: `Beispiel AG`, `Projekt Atlas`. */
export function germanAnchor(entry: CvEntry): string {
  if (entry.section === 'projects') return entry.name ? `Projekt ${entry.name}` : 'eines Ihrer Projekte';
  return entry.name ?? (entry.position ? `Ihre Rolle als ${entry.position}` : 'Ihre letzte Stelle');
}
