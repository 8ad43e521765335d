import type { Gap } from '../../domain/index.js';
import { joinUnd } from './german-terms.js';
import { categoryOf, skillFor } from './skill-knowledge.js';

/** The plain summary of a true gap, in German: what the CV will not claim, and what is close. */
export function germanTrueGapSummary(gap: Gap, topic: string, shownNames: readonly string[]): string {
  const notYet = notYetSentence(gap, topic);
  if (shownNames.length > 0) {
    const names = joinUnd(shownNames.slice(0, 3));
    const one = shownNames.length === 1;
    return `${notYet}, und Ihr Lebenslauf wird das nicht behaupten. ${names} ${one ? 'ist' : 'sind'} die nächstliegende Erfahrung, die Sie haben: Erwähnen Sie ${one ? 'sie' : 'diese'}, wenn ${topic} zur Sprache kommt, und schließen Sie die Lücke mit einem kleinen praktischen Projekt.`;
  }
  const critical =
    gap.requirement.priority === 'CRITICAL'
      ? 'Die Stelle nennt es als Muss-Kriterium: Sprechen Sie es in Ihrer Bewerbung offen an.'
      : 'Die Stelle nennt es nicht als Muss-Kriterium, Ihre Bewerbung muss daran also nicht scheitern.';
  return `${notYet}, und nichts in Ihrem Lebenslauf liegt nah daran. Behandeln Sie es deshalb als Lernziel, nicht als etwas, das Sie angeben. ${critical}`;
}

/** What the candidate has not done yet, with the verb the kind of requirement takes. */
function notYetSentence(gap: Gap, topic: string): string {
  const keyword = gap.requirement.keywords[0];
  const category = keyword ? categoryOf(keyword) : undefined;
  if (gap.requirement.kind === 'certification' || category === 'certification') {
    return `Sie haben ${topic} bisher nicht erworben`;
  }
  if (gap.requirement.kind === 'education') return `Sie haben ${topic} bisher nicht abgeschlossen`;
  if (gap.requirement.kind === 'soft-skill' || category === 'soft-skill') {
    return `Für ${topic} haben Sie bisher kein Beispiel genannt`;
  }
  if (gap.requirement.kind === 'language' || category === 'spoken-language') {
    return `Sie haben ${topic} bisher nicht beruflich genutzt`;
  }
  if (keyword && !skillFor(keyword)) return `Für ${topic} haben Sie bisher kein Beispiel genannt`;
  return `Sie haben ${topic} bisher nicht eingesetzt`;
}

/** Next steps to close a true gap, in German, by the kind of requirement. */
export function germanLearningSteps(gap: Gap, topic: string): string[] {
  const keyword = gap.requirement.keywords[0];
  const category = keyword ? categoryOf(keyword) : undefined;
  if (gap.requirement.kind === 'certification' || category === 'certification') {
    return [
      `Bereiten Sie sich auf ${topic} vor und legen Sie die Prüfung ab`,
      `Üben Sie die Prüfungsthemen von ${topic} praktisch, nicht nur aus Büchern`,
    ];
  }
  if (gap.requirement.kind === 'language' || category === 'spoken-language') {
    return [
      `Ein Sprachkurs in ${topic} bis zu dem Niveau, das die Stelle verlangt`,
      `${topic} bei der Arbeit oder im Ehrenamt nutzen, damit Sie Beispiele nennen können`,
    ];
  }
  if (gap.requirement.kind === 'soft-skill' || category === 'soft-skill') {
    return [
      `Suchen Sie in Ihrer jetzigen Rolle Gelegenheiten, ${topic} zu üben`,
      'Halten Sie ein konkretes Beispiel mit seinem Ergebnis fest, damit Sie es im Gespräch schildern können',
    ];
  }
  if (gap.requirement.kind === 'education') {
    return [
      `Klären Sie, ob gleichwertige Berufserfahrung statt ${topic} anerkannt wird`,
      `Erwägen Sie einen Kurs, der ${topic} abdeckt`,
    ];
  }
  if (keyword && !skillFor(keyword)) {
    return [
      `Klären Sie, was die Stelle mit ${topic} genau meint`,
      'Halten Sie das Beispiel aus Ihrer Arbeit fest, das dem am nächsten kommt, mit seinem Ergebnis',
    ];
  }
  // A practice (Preisgestaltung, Produktstrategie) has no official documentation or tutorial.
  if (category === 'business' || category === 'product') {
    return [
      `Ein anerkannter Kurs oder ein Fachbuch zu ${topic}, mit seinen Fallstudien`,
      `Ein kleines Stück Arbeit mit ${topic}, das Sie zeigen und erklären können – im Beruf, in einem eigenen Projekt oder im Ehrenamt (was Sie getan haben und was daraus wurde)`,
    ];
  }
  return [
    `Die Grundlagen von ${topic}, aus der offiziellen Dokumentation oder dem Tutorial`,
    `Ein kleines durchgängiges Projekt mit ${topic}, das Sie zeigen und erklären können (was Sie gebaut und was Sie gemessen haben)`,
  ];
}
