import { isGermanParticiple } from './german-cues.js';
import { skillsMentioned } from './skill-knowledge.js';

// The answer opens with, or consists of, a plain "no".
const NEGATIVE_OPENING =
  /^\s*(?:no+|nope|nah|not really|not at all|not yet|none|never|n\/?a|unfortunately not|sadly not|i'?m afraid not|i wish|honestly,? no|not that i (?:know|recall|remember)|not professionally|no experience|nein|leider nicht|nicht wirklich|noch nicht|keine)\b/i;
// A statement of no experience anywhere in the answer.
const NEGATIVE_STATEMENT =
  /\b(?:(?:no|zero|little|limited|minimal)\s+(?:real\s+|actual\s+|hands-on\s+|professional\s+|practical\s+|direct\s+|prior\s+|commercial\s+)*(?:experience|exposure|background)|(?:i\s+)?(?:have\s+)?never\s+(?:really\s+)?(?:used|worked|touched|done|tried|had|built|programmed|written|deployed)|(?:i\s+)?(?:haven'?t|have\s+not|didn'?t|did\s+not|don'?t|do\s+not)\s+(?:really\s+|actually\s+|yet\s+)?(?:used?|worked?|touched?|done|do|tried?|had?|have|know|built?|got)\b|not\s+(?:familiar|something\s+i(?:'ve|\s+have)\s+(?:done|used))|i\s+(?:don'?t|do\s+not)\s+know|no\s+idea|i\s+can'?t\s+say\s+i\s+have|keine\s+(?:praktische\s+|echte\s+|berufliche\s+)?erfahrung|noch\s+nie)/i;
// The same in German: "nein", "habe ich noch nie eingesetzt", "keine Erfahrung damit".
const NEGATIVE_OPENING_DE =
  /^\s*(?:nein|nö|leider\s+(?:nicht|nein)|nicht\s+wirklich|noch\s+nicht|eher\s+nicht|keine|kaum|bisher\s+nicht|damit\s+nicht)(?!\p{L})/iu;
const NEGATIVE_STATEMENT_DE =
  /(?<!\p{L})(?:(?:keine|kaum|wenig|nur\s+wenig)\s+(?:\p{L}+\s+)?(?:erfahrung|berührung|praxis|kenntnisse)(?:en)?|(?:noch\s+)?nie\s+(?:\p{L}+\s+){0,4}?(?:\p{L}*(?:gesetzt|wendet|nutzt|arbeitet|macht|baut|schrieben|gearbeitet|benutzt)|\p{L}+iert)|nicht\s+(?:\p{L}+\s+){0,2}?(?:eingesetzt|verwendet|benutzt|genutzt|gearbeitet|gemacht|angewendet)|kenne\s+ich\s+nicht|(?:ich\s+)?kenne\s+(?:das|es|\p{L}+)\s+nicht|weiß\s+ich\s+nicht)/iu;

// Contrast markers that may introduce related experience after a "no".
const CONTRAST =
  /(?<!\p{L})(?:but|however|though|although|instead|except|apart\s+from|that\s+said|still|on\s+the\s+other\s+hand|aber|jedoch|allerdings|dafür|stattdessen|sondern|außer)(?!\p{L})/iu;
// Signs the candidate did something: a first-person past action, or "we" doing something.
const DID_SOMETHING =
  /\b(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:also\s+|once\s+|recently\s+|personally\s+|mostly\s+|mainly\s+|actually\s+|did\s+)?(?!never\b|not\b|no\b)(?:built|build|used|use|worked|work|wrote|write|led|lead|ran|run|set\s+up|made|deployed|deploy|migrated|designed|developed|implemented|created|automated|managed|configured|maintained|shipped|delivered|tested|integrated|wrote|did|trained|taught|analysed|analyzed|owned|introduced|launched|[a-z]{3,}ed)\b/i;
const ONLY_INTENT =
  /\b(?:would\s+(?:love|like)|i'?d\s+(?:love|like)|want\s+to|plan\s+to|hope\s+to|eager\s+to|keen\s+to|willing\s+to|happy\s+to|(?:i\s+)?learn(?:ing|ed|t)?|(?:i\s+)?read\s+about|(?:i(?:'ve|\s+have)?\s+)?heard\s+of|(?:i\s+)?watched)\b/gi;

/**
 * True when a single answer says the candidate has no experience with the topic ("no", "never
 * used it", "not really", "I have no experience with that"), and does not go on to describe
 * related work ("no, but I built the same thing with GCP" is not a "no").
 */
export function saysNoExperience(answer: string): boolean {
  const text = answer.trim();
  if (!text) return false;
  const opening = NEGATIVE_OPENING.test(text) || NEGATIVE_OPENING_DE.test(text);
  const statement = NEGATIVE_STATEMENT.test(text) || NEGATIVE_STATEMENT_DE.test(text);
  if (!opening && !statement) return false;
  // Whatever follows a contrast ("no, but I built …"), or what is left once the negations are
  // taken out ("I never had an outage after I built it"), may still describe real work.
  const rest = afterContrast(text);
  if (rest !== undefined && describesWork(rest)) return false;
  // German first: its patterns take the verb with the negation (`nie … gearbeitet`).
  const remainder = text
    .replace(new RegExp(NEGATIVE_STATEMENT_DE.source, 'giu'), ' ')
    .replace(NEGATIVE_OPENING_DE, ' ')
    .replace(NEGATIVE_OPENING, ' ')
    .replace(new RegExp(NEGATIVE_STATEMENT.source, 'gi'), ' ');
  return !describesWork(remainder);
}

function afterContrast(text: string): string | undefined {
  const match = CONTRAST.exec(text);
  return match ? text.slice(match.index + match[0].length) : undefined;
}

function describesWork(raw: string): boolean {
  // Wishes and reading are not experience ("but I'd love to learn it", "I watched a course").
  const text = raw.replace(ONLY_INTENT, ' ');
  if (DID_SOMETHING.test(text) || germanDidSomething(text)) return true;
  // A tool named together with something concrete ("only GCP Cloud Functions, for 2 services").
  return (
    skillsMentioned(text).size > 0 &&
    /\d|\b(?:project|production|client|team|service|app|projekt|produktion|kunde|kunden)\b/i.test(text)
  );
}

/** `ich habe … aufgebaut`, `wir haben … genutzt`: a German first-person sentence with a participle. */
function germanDidSomething(text: string): boolean {
  if (!/(?<!\p{L})(?:ich|wir)(?!\p{L})/iu.test(text)) return false;
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).some(
    (word) => isGermanParticiple(word) || /^\p{L}+ierte[n]?$/u.test(word),
  );
}
