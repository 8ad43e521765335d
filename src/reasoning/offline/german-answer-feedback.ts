import type { RubricElement } from '../../domain/index.js';
import type { AnswerFeatures } from './answer-features.js';
import { joinUnd } from './german-terms.js';

// What to add, as objects of "ergänzen Sie …".
const ASK_FOR: Record<RubricElement, string> = {
  relevance: 'den Bezug zu TOPIC',
  impact: 'das Ergebnis (am besten mit einer Zahl)',
  ownership: 'Ihren eigenen Beitrag',
  specificity: 'Umfang und eingesetzte Werkzeuge',
  clarity: 'eine kurze Zusammenfassung aus Ausgangslage, Vorgehen und Ergebnis',
};

/** Feedback on an answer, in German (formal "Sie"): what is strong, and what would lift it. */
export function germanAnswerFeedback(input: {
  score: number;
  missing: readonly RubricElement[];
  features: AnswerFeatures;
  topic: string;
}): string {
  const { score, missing, features: f, topic } = input;
  // A trait has no tools: ask who was involved instead.
  const asks = missing
    .slice(0, 3)
    .map((element) =>
      element === 'specificity' && f.softSkill
        ? 'die Beteiligten und was auf dem Spiel stand'
        : ASK_FOR[element].replace('TOPIC', topic),
    );
  if (score >= 7) {
    const strengths = [
      f.mentionsGapSkill ? `zeigt ${topic}` : undefined,
      f.ownActions.length > 0 ? 'beschreibt Ihren eigenen Beitrag' : undefined,
      f.quantifiedOutcome
        ? 'nennt ein messbares Ergebnis'
        : f.outcomeCues.length > 0
          ? 'nennt ein Ergebnis'
          : undefined,
    ].filter((part): part is string => part !== undefined);
    const praise = strengths.length > 0 ? `Starke Antwort: Sie ${joinUnd(strengths)}.` : 'Gute Antwort.';
    return asks.length > 0 ? `${praise} Noch stärker wird sie, wenn Sie ${joinUnd(asks)} ergänzen.` : praise;
  }
  if (f.wordCount < 6) return `Das ist noch zu knapp, um es zu verwenden: Ergänzen Sie ${joinUnd(asks)}.`;
  return `Ein Anfang, aber für einen Eintrag im Lebenslauf noch zu dünn: Ergänzen Sie ${joinUnd(asks)}.`;
}

/** The answer to a German question says "no experience": thanks, and what happens next. */
export function germanNoExperienceFeedback(topic: string): string {
  return `Danke für Ihre Offenheit. ${topic} wird als echte Lücke festgehalten, mit Hinweisen, was übertragbar ist und was Sie lernen können; in Ihren Lebenslauf wird dafür nichts aufgenommen.`;
}
