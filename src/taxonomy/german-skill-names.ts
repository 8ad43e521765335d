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

/**
 * A skill's name as a German sentence writes it: taxonomy names that are English words get their
 * German name (`Teamwork` → `Teamfähigkeit`); tools keep theirs (`Kafka`). Shared by the gap
 * report and the offline engine, so a reason and its question name a skill alike.
 */
export function germanSkillName(name: string): string {
  return GERMAN_NAMES[name] ?? name;
}
