import type { RubricElement } from '../../domain/index.js';
import { pick } from './text-tools.js';

/**
 * A German follow-up asking for one missing rubric element of an answer about `topic` (formal
 * "Sie"; the wording varies by `seed`, deterministically).
 */
export function germanFollowUpText(
  element: RubricElement,
  topic: string,
  seed: string,
  hook?: string,
  kind: 'technical' | 'practice' | 'trait' = 'technical',
): string {
  // A trait (Teamfähigkeit) or a practice (Preisstrategie) is no tool: ask about the situation.
  if (kind === 'trait' && element === 'relevance') {
    return `Wo genau zeigte sich ${topic} in dieser Arbeit? Falls gar nicht: Welche andere Situation zeigt das am besten?`;
  }
  if (kind === 'trait' && element === 'impact') {
    return 'Was hat sich durch Ihr Handeln verändert? Eine Zahl hilft: eingesparte Zeit, vermiedene Probleme, erreichte Personen oder Kunden.';
  }
  if (kind === 'trait' && element === 'specificity') {
    return 'Wie groß war die Situation: Wer war beteiligt (Personen, Teams, Kunden), und was stand auf dem Spiel?';
  }
  if (kind === 'practice' && element === 'specificity') {
    return `Können Sie Ihre Arbeit mit ${topic} konkreter machen: für welches Produkt, welchen Markt oder Kunden, mit wem, und in welchem Umfang (Nutzer, Umsatz, Budget)?`;
  }
  if (kind === 'practice' && element === 'relevance') {
    return `Wo genau kam ${topic} in dieser Arbeit vor? Falls gar nicht: Was ist das Nächste, das Sie in diesem Bereich gemacht haben?`;
  }
  // `hook`: the object of the candidate's own action, in the accusative (`die Migrationen`).
  if (hook && element === 'impact') {
    return `Was hat sich durch ${hook} verändert? Eine Zahl hilft: eingesparte Zeit oder Kosten, vermiedene Fehler, Geschwindigkeit, erreichte Nutzer.`;
  }
  if (hook && element === 'specificity') {
    return `Wie groß war das Vorhaben rund um ${hook}? Nennen Sie den Umfang (Nutzer, Anfragen, Datenmengen, Services oder Personen) und die Werkzeuge, die Sie eingesetzt haben.`;
  }
  switch (element) {
    case 'relevance':
      return `Wo genau kam ${topic} in dieser Arbeit vor? Falls gar nicht: Was ist das Nächste, das Sie mit ${topic} oder einem ähnlichen Werkzeug gemacht haben?`;
    case 'impact':
      return pick(
        [
          `Was hat sich durch Ihre Arbeit mit ${topic} verändert? Eine Zahl hilft: eingesparte Zeit oder Kosten, vermiedene Fehler, Geschwindigkeit, erreichte Nutzer.`,
          `Was war das Ergebnis? Wurde vorher und nachher etwas gemessen – Latenz, Kosten, Störungen, Nutzung?`,
        ],
        seed,
      );
    case 'ownership':
      return pick(
        [
          'Welcher Teil davon war Ihrer? Was haben Sie persönlich entworfen, gebaut oder entschieden – im Unterschied zum Team?',
          'Sie beschreiben, was gemacht wurde. Was war dabei Ihre eigene Rolle, und welche Entscheidungen haben Sie getroffen?',
        ],
        seed,
      );
    case 'specificity':
      return pick(
        [
          `Wie groß war das Vorhaben? Nennen Sie den Umfang (Nutzer, Anfragen, Datenmengen, Services oder Personen) und die Werkzeuge, die Sie neben ${topic} eingesetzt haben.`,
          'Können Sie das konkreter machen: Welche Werkzeuge und Versionen, in welcher Umgebung und in welchem Umfang?',
        ],
        seed,
      );
    case 'clarity':
      return `Können Sie das in zwei, drei Sätzen zusammenfassen: die Ausgangslage, was Sie mit ${topic} gemacht haben, und das Ergebnis?`;
  }
}
