import { findNumbers } from '../grounding-check.js';
import {
  GERMAN_OUTCOME_INFINITIVES,
  hasGermanOutcome,
  isGermanParticiple,
  isGermanStrongParticiple,
  participleOfPast,
  SEPARABLE_PARTICLE,
} from './german-cues.js';
import { splitSentences, upperFirst } from './text-tools.js';

/** An action clause of a German answer in bullet form: `Ich habe X aufgebaut` → `X aufgebaut`. */
export interface GermanActionClause {
  text: string;
  /** `ich` rather than `wir`. */
  own: boolean;
  strongVerb: boolean;
  /** The clause it came from, to skip it when looking for a separate result. */
  source: string;
}

const ARTICLE = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+/i;
// Words between the auxiliary and the object that a bullet does without.
const FILLER =
  /^(?:dort|da|dann|auch|damals|zunächst|später|schließlich|selbst|persönlich|hauptsächlich|vor\s+allem|zuerst|außerdem|dabei|erst|noch|schon|bereits|mal|einmal|gemeinsam|zusammen)\s+/i;
const MODALS =
  /^(?:hatte|hatten|konnte|konnten|wollte|wollten|sollte|sollten|musste|mussten|durfte|mochte|wurde|wurden|war|waren)$/i;
const POSSESSIVES: ReadonlyArray<[RegExp, string]> = [
  [/(?<!\p{L})(?:meine|unsere)(?!\p{L})/giu, 'die'],
  [/(?<!\p{L})(?:meinen|unseren)(?!\p{L})/giu, 'den'],
  [/(?<!\p{L})(?:meinem|unserem)(?!\p{L})/giu, 'dem'],
  [/(?<!\p{L})(?:meiner|unserer)(?!\p{L})/giu, 'der'],
  [/(?<!\p{L})(?:meines|unseres)(?!\p{L})/giu, 'des'],
  [/(?<!\p{L})(?:mein|unser)\s+/giu, ''],
];

/** The clauses of German answers: split at `;`, `:`, commas, and `und` before a new subject. */
export function germanClauses(text: string): string[] {
  return splitSentences(text)
    .flatMap((sentence) =>
      sentence.split(
        /\s*[;:]\s*|,\s+|\s+und\s+(?=(?:ich|wir|dadurch|damit|so|danach|anschließend)(?!\p{L}))/iu,
      ),
    )
    .map((clause) => clause.trim().replace(/[.!?]+$/, ''))
    .filter((clause) => clause.length > 0);
}

/** Removes `ich`, `wir` and first-person possessives (`meine Pipeline` → `die Pipeline`). */
export function withoutGermanFirstPerson(text: string): string {
  let result = text;
  for (const [pattern, replacement] of POSSESSIVES) result = result.replace(pattern, replacement);
  return result
    .replace(/(?<!\p{L})(?:ich|wir|mich|mir|uns)(?!\p{L})/giu, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** `die Pipeline` → `Pipeline`: German bullets drop the leading article. */
export function withoutLeadingArticle(text: string): string {
  return text.replace(ARTICLE, '');
}

function objectPhrase(words: readonly string[]): string {
  let text = words.join(' ');
  for (let i = 0; i < 3; i++) text = text.replace(FILLER, '');
  // `selbst`, `persönlich` say who did it: the bullet already says so by having no other actor.
  text = text.replace(/\s+(?:selbst|persönlich|eigenständig)(?=\s|$)/giu, '');
  return withoutGermanFirstPerson(text);
}

/**
 * The object of the candidate's first German action, as they wrote it (accusative, with its
 * article): `Ich habe die Migrationen mit Alembic für 8 Services geschrieben` → `die Migrationen
 * mit Alembic`. Follow-ups point back to it (`durch die Migrationen mit Alembic`), or undefined.
 */
export function germanAnswerHook(text: string): string | undefined {
  for (const clause of germanClauses(text)) {
    const perfect =
      /(?<!\p{L})(?:ich|wir)\s+(?:habe|haben|hatte|hatten)\s+(.+)$/iu.exec(clause) ??
      /(?<!\p{L})(?:habe|haben|hatte|hatten)\s+(?:ich|wir)\s+(.+)$/iu.exec(clause);
    const words = perfect?.[1]?.split(/\s+/) ?? [];
    if (words.length < 3 || !isGermanParticiple(words[words.length - 1] ?? '')) continue;
    let object = objectPhrase(words.slice(0, -1));
    // A leading place (`bei der Beispiel AG`, `dort`) is not the work itself.
    object = object.replace(/^(?:bei|in|im|für)\s+(?:der|dem|den)?\s*(?:\p{Lu}[\p{L}.&-]*\s+){1,4}/u, '');
    const phrase: string[] = [];
    for (const word of object.split(/\s+/)) {
      if (
        /\p{N}/u.test(word) ||
        (phrase.length >= 2 && /^(?:für|bei|auf|von|in|im|um|über|durch|zu|zur|zum|und)$/i.test(word))
      )
        break;
      phrase.push(word.replace(/[,;:]+$/, ''));
      if (phrase.length >= 5) break;
    }
    const hook = phrase.join(' ');
    // `ein bisschen`, `ein wenig` play the work down; they name no work to ask about.
    const hedge = /^ein\s+(?:bisschen|wenig|paar)(?!\p{L})/iu.test(hook);
    if (!hedge && /^(?:der|die|das|den|dem|ein|eine|einen)\s+\p{L}/iu.test(hook) && phrase.length >= 2)
      return hook;
  }
  return undefined;
}

/**
 * The clause's action in bullet form, participle last: `Ich habe die Pipeline aufgebaut` →
 * `Pipeline aufgebaut`; `Ich leitete das Team` → `Team geleitet`; `Ich war für X verantwortlich`
 * → `X verantwortet`; the team's work (`wir haben …`) is marked as such (`Im Team …`).
 */
export function germanActionClauseOf(clause: string, teamWord: boolean): GermanActionClause | undefined {
  const responsible =
    /(?<!\p{L})ich\s+(?:war|bin)\s+(?:\p{L}+\s+)?(?:verantwortlich|zuständig|federführend)\s+für\s+(.+)$/iu.exec(
      clause,
    ) ??
    /(?<!\p{L})(?:war|bin)\s+ich\s+für\s+(.+?)\s+(?:verantwortlich|zuständig)$/iu.exec(clause) ??
    /(?<!\p{L})ich\s+(?:war|bin)\s+für\s+(.+?)\s+(?:verantwortlich|zuständig)$/iu.exec(clause);
  if (responsible?.[1]) {
    const object = objectPhrase(responsible[1].split(/\s+/));
    return {
      text: `${upperFirst(withoutLeadingArticle(object))} verantwortet`,
      own: true,
      strongVerb: true,
      source: clause,
    };
  }
  const perfect =
    /(?<!\p{L})(ich|wir)\s+(?:habe|haben|hatte|hatten)\s+(.+)$/iu.exec(clause) ??
    /(?<!\p{L})(?:habe|haben|hatte|hatten)\s+(ich|wir)\s+(.+)$/iu.exec(clause);
  if (perfect?.[1] && perfect[2]) {
    const words = perfect[2].split(/\s+/);
    const participle = words[words.length - 1] ?? '';
    if (words.length >= 2 && isGermanParticiple(participle)) {
      return bulletOf(
        perfect[1],
        objectPhrase(words.slice(0, -1)),
        participle.toLowerCase(),
        teamWord,
        clause,
      );
    }
  }
  const straight = /(?<!\p{L})(ich|wir)\s+(\p{L}+)\s+(.+)$/iu.exec(clause);
  const inverted = /(?<!\p{L})(\p{L}+)\s+(ich|wir)\s+(.+)$/iu.exec(clause);
  const candidates = [
    straight && { pronoun: straight[1], verb: straight[2], rest: straight[3] },
    inverted && { pronoun: inverted[2], verb: inverted[1], rest: inverted[3] },
  ];
  for (const candidate of candidates) {
    if (!candidate?.pronoun || !candidate.verb || !candidate.rest || MODALS.test(candidate.verb)) continue;
    // `wir bauten` → `baute`: the same participle as the singular.
    const verb =
      candidate.pronoun.toLowerCase() === 'wir' ? candidate.verb.replace(/ten$/i, 'te') : candidate.verb;
    const rest = candidate.rest.split(/\s+/);
    const last = rest[rest.length - 1] ?? '';
    const particle = SEPARABLE_PARTICLE.test(last) ? last : '';
    const participle = participleOfPast(verb, particle);
    const objectWords = particle ? rest.slice(0, -1) : rest;
    if (!participle || objectWords.length === 0) continue;
    return bulletOf(candidate.pronoun, objectPhrase(objectWords), participle, teamWord, clause);
  }
  return undefined;
}

function bulletOf(
  pronoun: string,
  object: string,
  participle: string,
  teamWord: boolean,
  source: string,
): GermanActionClause | undefined {
  if (!object) return undefined;
  const own = pronoun.toLowerCase() === 'ich';
  const strongVerb = isGermanStrongParticiple(participle);
  const text = own
    ? `${upperFirst(withoutLeadingArticle(object))} ${participle}`
    : `${teamWord ? 'Im Team' : 'Gemeinsam'} ${object} ${participle}`;
  return { text, own, strongVerb, source };
}

/**
 * A result the candidate stated, in bullet form: `dadurch haben wir die Latenz um 30 % gesenkt`
 * → `Latenz um 30 % gesenkt`; `die Kosten sanken von 5.000 € auf 3.000 €` stays a clause.
 */
export function germanResultOf(clause: string): string | undefined {
  if (!hasGermanOutcome(clause)) return undefined;
  let text = clause.trim();
  for (let i = 0; i < 3; i++) {
    text = text.replace(
      /^(?:und|dadurch|damit|so|das|dies|was|wodurch|womit|am\s+ende|insgesamt|im\s+ergebnis|danach|anschließend|außerdem)\s+/i,
      '',
    );
  }
  text = text.replace(
    /^(?:(?:haben|hat|habe|hatte|hatten|konnte|konnten|wurde|wurden|ist|sind|wir|ich|es|sich|man)\s+)+/i,
    '',
  );
  // Verb second after `danach`: `sank die Dauer von … auf …` → `die Dauer sank von … auf …`.
  const inverted =
    /^(sank|stieg|fiel|wuchs|ging)\s+(.+?)\s+((?:von|um|auf|deutlich|spürbar|stark|zurück)(?!\p{L}).*)$/iu.exec(
      text,
    );
  if (inverted?.[1] && inverted[2] && inverted[3]) {
    text = `${inverted[2]} ${inverted[1].toLowerCase()} ${inverted[3]}`;
  }
  // Verb last after `wodurch`: `die Kosten um 30 % sanken` → `die Kosten sanken um 30 %`.
  const verbLast =
    /^(.+?)\s+((?:von|um|auf|deutlich|spürbar|stark)(?!\p{L}).*?)\s+(sanken|sank|stiegen|stieg|fielen|fiel|wuchsen|wuchs)$/iu.exec(
      text,
    );
  if (verbLast?.[1] && verbLast[2] && verbLast[3]) {
    text = `${verbLast[1]} ${verbLast[3].toLowerCase()} ${verbLast[2]}`;
  }
  text = text.replace(/\s(?:wurde|wurden|ist|sind|hat\s+sich|haben\s+sich|konnte|konnten)\s/gi, ' ');
  const words = text.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const participle = GERMAN_OUTCOME_INFINITIVES[last];
  if (participle) words[words.length - 1] = participle;
  const result = withoutGermanFirstPerson(words.join(' '));
  const endsInParticiple = isGermanParticiple(words[words.length - 1] ?? '');
  const statesChange = /(?<!\p{L})(?:sank|stieg|fiel|wuchs|halbierte|verdoppelte)(?!\p{L})/iu.test(result);
  if (!endsInParticiple && !statesChange && findNumbers(result).length === 0) return undefined;
  if (result.split(/\s+/).length < 2) return undefined;
  // It follows `; ` and keeps its own case: nouns are capitalised already, `manuelle` is not.
  return withoutLeadingArticle(result);
}
