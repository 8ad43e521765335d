/**
 * German words the offline rules read in answers and write in bullets: the counterpart of the
 * English patterns beside them. A German answer is judged by the same rubric, so these only
 * supply the words (`aufgebaut` for `built`, `gesenkt` for `reduced`).
 */

// Letters-only word edges: `\b` is ASCII-only and breaks on umlauts (`erhöht`, `täglich`).
const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

function words(list: string): RegExp {
  return new RegExp(`${START}(?:${list.trim().split(/\s+/).join('|')})${END}`, 'giu');
}

/** Participles of strong actions, as German CV bullets end (`Pipeline aufgebaut`). */
export const GERMAN_STRONG_PARTICIPLES = new Set(
  `aufgebaut aufgesetzt entwickelt weiterentwickelt eingeführt implementiert konzipiert entworfen geleitet verantwortet
  migriert automatisiert optimiert betreut umgesetzt eingerichtet geschrieben gebaut programmiert konfiguriert designt
  gegründet moderiert geschult trainiert analysiert refaktoriert überarbeitet beschleunigt reduziert gesenkt verbessert
  erweitert integriert bereitgestellt deployt ausgerollt getestet dokumentiert koordiniert geplant vorangetrieben
  übernommen initiiert etabliert gesteuert definiert evaluiert modernisiert standardisiert skaliert überwacht behoben
  gelöst erstellt gepflegt verwaltet durchgeführt begleitet angeleitet gecoacht eingearbeitet verkürzt erhöht
  gesteigert halbiert verdoppelt eingespart gespart verringert minimiert abgelöst ersetzt aufgesetzt containerisiert
  orchestriert präsentiert verhandelt gewonnen geliefert veröffentlicht gestartet ausgebaut umgestellt
  eingebaut umgebaut abgeschlossen vereinfacht`.split(/\s+/),
);

/** Participles that say little about the candidate's own part (`mitgearbeitet`, `genutzt`). */
export const GERMAN_WEAK_PARTICIPLES = new Set(
  'gearbeitet mitgearbeitet geholfen mitgeholfen unterstützt genutzt verwendet benutzt eingesetzt angewendet gemacht beteiligt mitgewirkt probiert ausprobiert'.split(
    ' ',
  ),
);

// Simple past of strong or irregular verbs, with their participle (`schrieb` → `geschrieben`).
const IRREGULAR_PAST: Record<string, string> = {
  schrieb: 'geschrieben',
  übernahm: 'übernommen',
  entwarf: 'entworfen',
  betrieb: 'betrieben',
  trieb: 'getrieben',
  half: 'geholfen',
  fand: 'gefunden',
  hielt: 'gehalten',
  gab: 'gegeben',
  nahm: 'genommen',
  brachte: 'gebracht',
  dachte: 'gedacht',
  löste: 'gelöst',
  gewann: 'gewonnen',
  begann: 'begonnen',
  stellte: 'gestellt',
  setzte: 'gesetzt',
  führte: 'geführt',
  baute: 'gebaut',
  leitete: 'geleitet',
  war: 'gewesen',
};

const INSEPARABLE = /^(?:be|emp|ent|er|ge|miss|ver|zer|über|unter|hinter|wider)/;

/**
 * The participle of a German simple-past verb, with its separated particle (`führte … ein` →
 * `eingeführt`, `migrierte` → `migriert`, `entwickelte` → `entwickelt`), or undefined when the
 * word is not a simple past the rules know.
 */
export function participleOfPast(past: string, particle = ''): string | undefined {
  const lower = past.toLowerCase();
  let participle: string | undefined = IRREGULAR_PAST[lower];
  if (!participle && lower.endsWith('ierte')) participle = lower.slice(0, -2);
  else if (!participle && /[^e]e?te$/.test(lower) && lower.length >= 5) {
    const stem = lower.replace(/e?te$/, '');
    const tail = /[dt]$/.test(stem) ? 'et' : 't';
    participle = INSEPARABLE.test(stem) ? `${stem}${tail}` : `ge${stem}${tail}`;
  }
  if (!participle) return undefined;
  // The separable particle goes in front: `ein` + `geführt`.
  return particle ? `${particle.toLowerCase()}${participle}` : participle;
}

/** Particles a German verb leaves at the end of the clause (`führte X ein`, `baute X auf`). */
export const SEPARABLE_PARTICLE =
  /^(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|um|vor|voran|weg|weiter|zu|zurück|zusammen|durch)$/i;

/** True when `word` reads as a German participle (`aufgebaut`, `migriert`, `geschrieben`). */
export function isGermanParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    GERMAN_STRONG_PARTICIPLES.has(lower) ||
    GERMAN_WEAK_PARTICIPLES.has(lower) ||
    /^\p{Ll}{3,}iert$/u.test(lower) ||
    /^(?:\p{Ll}{0,8})ge\p{Ll}{2,}(?:t|en)$/u.test(lower)
  );
}

/** True when `word` is a strong German action participle (`aufgebaut`, `migriert`). */
export function isGermanStrongParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (GERMAN_WEAK_PARTICIPLES.has(lower)) return false;
  return GERMAN_STRONG_PARTICIPLES.has(lower) || /^\p{Ll}{3,}iert$/u.test(lower);
}

/** Nouns that open a German CV bullet in nominal style (`Aufbau einer Pipeline …`). */
export const GERMAN_ACTION_NOUNS =
  /^(?:Aufbau|Einführung|Entwicklung|Weiterentwicklung|Konzeption|Leitung|Migration|Umsetzung|Optimierung|Automatisierung|Betreuung|Implementierung|Verantwortung|Planung|Steuerung|Koordination|Modernisierung|Reduktion|Senkung|Steigerung|Verbesserung|Gründung|Einrichtung|Erstellung|Durchführung|Schulung|Integration)$/;

/** Scale words (`Nutzer`, `Anfragen`, `pro Tag`, `Millionen`). */
export const GERMAN_SCALE = words(`
  Nutzer\\p{L}* Kund\\p{L}* Anfragen Requests Transaktionen Nachrichten Datensätze Events Server Services Dienste
  Microservices Knoten Cluster Instanzen Entwickler\\p{L}* Mitarbeite\\p{L}* Personen Kolleg\\p{L}* Teams Berichte
  Länder Märkte Standorte Pipelines Modelle Endpunkte pro\\s+(?:Tag|Sekunde|Monat|Stunde|Woche|Jahr) täglich
  monatlich wöchentlich jährlich Mio Millionen Milliarden Tausende? Hunderte?`);

/** Situation words (`Projekt`, `Kunde`, `Produktion`, `bei Acme`). */
export const GERMAN_CONTEXT = words(`
  Projekt\\p{L}* Kunde\\p{L}* Produktion\\p{L}* Firma Unternehmen Startup Team Produkt\\p{L}* Plattform System\\p{L}*
  Migration Einführung Release Abteilung Organisation als\\s+ich während\\s+(?:meiner|ich) bei\\s+\\p{Lu}\\p{L}+`);

/** Outcome words (`reduziert`, `schneller`, `dadurch`). */
export const GERMAN_OUTCOME = words(`
  reduziert\\p{L}* reduzier\\p{L}+ gesenkt senk\\p{L}+ verkürzt verkürz\\p{L}+ erhöht erhöh\\p{L}+ gesteigert
  steiger\\p{L}+ verbessert verbesser\\p{L}+ beschleunigt gespart eingespart einspar\\p{L}+ halbiert verdoppelt
  verringert minimiert vermieden verhindert schneller weniger Ergebnis\\p{L}* dadurch sodass so\\s+dass ermöglicht
  erreicht gesunken gestiegen sank stieg sanken stiegen zurückgegangen ging\\p{L}*\\s[^.;]{0,60}?\\d[^.;]{0,30}?zurück
  \\d+[^.;]{0,20}?\\sstatt\\s+\\d+ Verfügbarkeit Umsatz Ausfallzeit\\p{L}* Kosten`);

/**
 * True when `text` states an outcome in German. A fresh non-global test: `.test()` on the global
 * patterns above would move their `lastIndex`, and `matchAll` starts from it.
 */
export function hasGermanOutcome(text: string): boolean {
  return GERMAN_OUTCOME_ONCE.test(text);
}

/** The team doing the work (`wir`, `unser Team`). */
export const GERMAN_TEAM = words(
  'wir unser\\p{L}*\\s+Team das\\s+Team mein\\p{L}*\\s+Team gemeinsam\\s+mit im\\s+Team',
);

/** Outcome verbs in the infinitive, with the participle a bullet uses (`senken` → `gesenkt`). */
export const GERMAN_OUTCOME_INFINITIVES: Record<string, string> = {
  senken: 'gesenkt',
  reduzieren: 'reduziert',
  verkürzen: 'verkürzt',
  erhöhen: 'erhöht',
  steigern: 'gesteigert',
  verbessern: 'verbessert',
  beschleunigen: 'beschleunigt',
  halbieren: 'halbiert',
  verdoppeln: 'verdoppelt',
  einsparen: 'eingespart',
  sparen: 'gespart',
  verringern: 'verringert',
  minimieren: 'minimiert',
  vermeiden: 'vermieden',
  optimieren: 'optimiert',
  eliminieren: 'eliminiert',
};

const GERMAN_OUTCOME_ONCE = new RegExp(GERMAN_OUTCOME.source, 'iu');
