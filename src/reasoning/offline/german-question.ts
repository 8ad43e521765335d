import type { Gap } from '../../domain/index.js';
import { germanAnchor, germanName, germanPlace, germanTopic, joinUnd } from './german-terms.js';
import type { RelatedExperience } from './related-experience.js';
import { categoryOf, skillFor } from './skill-knowledge.js';
import { skillUsageOf } from './skill-usage.js';
import { pick, tidyClause, truncateWords, upperFirst } from './text-tools.js';

/** How a German question says "you used X": the whole verb phrase around the topic. */
interface GermanVerb {
  /** `Kafka eingesetzt`, `mit Scrum gearbeitet`: the end of a perfect-tense clause. */
  done(topic: string): string;
  /** What to ask about next. */
  ask: string;
}

function verbFor(category: string | undefined): GermanVerb {
  // Tools are used (`eingesetzt`), methods applied (`angewendet`), the rest worked with.
  const usage = skillUsageOf(category);
  if (usage === 'used') {
    return { done: (topic) => `${topic} eingesetzt`, ask: 'Was haben Sie damit umgesetzt' };
  }
  if (usage === 'applied') {
    return { done: (topic) => `${topic} angewendet`, ask: 'Was haben Sie konkret getan' };
  }
  return { done: (topic) => `mit ${topic} gearbeitet`, ask: 'Was haben Sie konkret getan' };
}

/** The German question's text and anchor: the English templates' structure, in natural German (Sie). */
export function germanQuestion(
  gap: Gap,
  related: RelatedExperience | undefined,
): { text: string; anchor?: string } {
  return {
    text: germanQuestionText(gap, related),
    ...(related ? { anchor: germanAnchor(related.entry) } : {}),
  };
}

function germanQuestionText(gap: Gap, related: RelatedExperience | undefined): string {
  const requirement = gap.requirement;
  const topic = germanTopic(requirement);
  const seed = `${gap.id}:${topic}`;
  const category = requirement.keywords[0] ? categoryOf(requirement.keywords[0]) : undefined;
  const verb = verbFor(category);
  const at = related ? germanPlace(related.entry) : '';
  const At = upperFirst(at);

  if (
    (requirement.kind === 'skill' || requirement.kind === 'experience') &&
    !requirement.keywords.some((keyword) => skillFor(keyword))
  ) {
    const wanted = truncateWords(tidyClause(requirement.text), 20);
    return `Die Stelle verlangt: „${wanted}“. Was in Ihrem Werdegang${related ? ` – ${at} oder anderswo –` : ''} spricht dafür? Nennen Sie ein konkretes Beispiel und was dabei herausgekommen ist.`;
  }
  if (requirement.kind === 'language' || category === 'spoken-language') {
    return `Die Stelle verlangt ${topic}. Wo haben Sie ${topic} im Beruf verwendet${related ? ` – zum Beispiel ${at}` : ''}? Mit wem, wofür und auf welchem Niveau?`;
  }
  if (requirement.kind === 'soft-skill' || category === 'soft-skill') {
    return pick(
      [
        `Die Stelle verlangt ${topic}. Denken Sie an eine Situation${related ? ` ${at}` : ''}, in der Sie das gezeigt haben: Wie war die Ausgangslage, was haben Sie selbst getan, und was hat sich dadurch verändert?`,
        `Gab es${related ? ` ${at}` : ''} eine Situation, in der es auf ${topic} ankam? Schildern Sie die Lage, Ihren eigenen Beitrag und das Ergebnis.`,
      ],
      seed,
    );
  }
  if (requirement.kind === 'certification' || category === 'certification') {
    return `Die Stelle verlangt ${topic}. Haben Sie dieses Zertifikat, oder arbeiten Sie darauf hin? Falls nicht: Welche praktische Arbeit${related ? ` ${at}` : ''} deckt dieselben Inhalte ab, und was ist dabei herausgekommen?`;
  }
  if (requirement.kind === 'education') {
    const wanted = truncateWords(tidyClause(requirement.text), 20);
    return `Die Stelle verlangt: „${wanted}“. Haben Ihr Studium oder Ihre Arbeit${related ? ` ${at}` : ''} das abgedeckt? Welche Kurse, Projekte oder Ergebnisse zeigen es?`;
  }
  if (requirement.kind === 'experience' && requirement.minYears !== undefined) {
    const shown = gap.evidence.find((e) => e.years !== undefined)?.years;
    // A place in brackets implied the skill there even when the entry shows only a neighbour.
    const there = related?.mentionsGapSkill ? ` ${at}` : '';
    const shownText =
      shown !== undefined
        ? `Ihr Lebenslauf zeigt etwa ${formatYears(shown)}${there}`
        : there
          ? `Ihr Lebenslauf zeigt es${there}, aber nicht, wie lange`
          : 'Ihr Lebenslauf zeigt nicht, wie lange';
    const whereAsk =
      shown !== undefined || there
        ? `Wo haben Sie sonst noch ${verb.done(topic)} – in früheren Stellen, freiberuflich oder in eigenen Projekten –`
        : `Wo haben Sie ${verb.done(topic)} – in einer Stelle, freiberuflich oder in eigenen Projekten –`;
    return `Die Stelle verlangt mindestens ${requirement.minYears} Jahre Erfahrung mit ${topic}; ${shownText}. ${whereAsk}, wie lange, und was haben Sie geliefert?`;
  }
  if (related?.mentionsGapSkill) {
    return pick(
      [
        `Ihr Lebenslauf erwähnt ${topic} ${at}, sagt aber wenig darüber. Was genau haben Sie dort mit ${topic} gemacht, in welchem Umfang, und mit welchem Ergebnis?`,
        `Sie nennen ${topic} ${at} – erzählen Sie mehr darüber: Was war Ihr eigener Anteil, in welchem Umfang, und was ist daraus geworden?`,
      ],
      seed,
    );
  }
  if (related?.listedGapSkill) {
    return `Ihr Lebenslauf nennt ${joinUnd(related.listedGapTerms.map(germanName))}, aber keine Ihrer Stationen zeigt, wo Sie ${verb.done(topic)} haben. Wo war das – ${at} oder anderswo –, was haben Sie selbst damit gemacht, und mit welchem Ergebnis?`;
  }
  if (related && related.relatedTerms.length > 0) {
    const tech = joinUnd(related.relatedTerms.map(germanName));
    const lead = pick(
      [
        `${At} haben Sie mit ${tech} gearbeitet.`,
        `Ihr Lebenslauf zeigt ${tech} ${at}.`,
        `${At} ${related.relatedTerms.length > 1 ? 'kamen' : 'kam'} ${tech} zum Einsatz.`,
      ],
      seed,
    );
    const ask = pick(
      [
        `War dabei auch ${topic} oder etwas Vergleichbares im Spiel? ${verb.ask}, und was ist daraus geworden?`,
        `Hat ${topic} dort oder anderswo eine Rolle gespielt? Erzählen Sie, was Sie selbst gemacht haben und was das Ergebnis war.`,
        `Haben Sie dort oder anderswo auch ${verb.done(topic)}? Beschreiben Sie ein Vorhaben: Ihren Anteil daran und das Ergebnis.`,
      ],
      `${seed}:ask`,
    );
    return `${lead} ${ask}`;
  }
  if (related && related.listedTerms.length > 0) {
    return `Ihr Lebenslauf nennt ${joinUnd(related.listedTerms.map(germanName))}. Haben Sie – ${at} oder anderswo – auch ${verb.done(topic)}, oder etwas Vergleichbares? ${verb.ask}, und was ist daraus geworden?`;
  }
  if (related) {
    return pick(
      [
        `Haben Sie während Ihrer Zeit ${at} ${verb.done(topic)} – oder etwas Vergleichbares? Falls ja: ${verb.ask}, und was ist daraus geworden?`,
        `Spielte ${topic} bei Ihrer Arbeit ${at} oder anderswo eine Rolle? Beschreiben Sie eine Sache, die Sie selbst damit gemacht haben, und das Ergebnis.`,
      ],
      seed,
    );
  }
  return `Haben Sie schon einmal ${verb.done(topic)} – im Beruf, in einem eigenen Projekt oder im Studium? Beschreiben Sie eine konkrete Sache, die Sie damit gemacht haben, Ihren eigenen Anteil und das Ergebnis.`;
}

function formatYears(years: number): string {
  const rounded = Math.round(years * 2) / 2;
  const written = String(rounded).replace('.', ',');
  return `${written} ${rounded === 1 ? 'Jahr' : 'Jahre'}`;
}
