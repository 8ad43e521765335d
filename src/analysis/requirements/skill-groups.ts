import type { TaxonomyMentionView } from './skill-taxonomy-view.js';

/**
 * Skills named together in one clause, and whether the job means "any of these" (alternatives or
 * examples) or "each of these". Names are canonical taxonomy names, plus lower-cased list entries
 * the taxonomy does not know ("JSF, Wicket, GWT" → `wicket`, `gwt`). `segments` are the list's
 * entries; names joined by a slash share one entry ("Prometheus/Grafana" is one choice).
 */
export interface SkillGroup {
  segments: string[][];
  anyOf: boolean;
}

/** Every name of a group, in order and without repeats. */
export function groupNames(group: SkillGroup): string[] {
  return [...new Set(group.segments.flat())];
}

/** A gap that only pairs two names with a slash ("Prometheus/Grafana"). */
const SLASH_ONLY = /^\s*\/\s*$/;

/** Splits list punctuation and connectors: what is left between two mentions are list entries. */
const LIST_SEPARATOR =
  /\s*(?:,|;|&|\+|\||\/|\band\/or\b|\band\b|\bor\b|\bund\b|\boder\b|\bas well as\b|\bsowie\b|\bbzw\.?)\s*/i;
/** A connector that offers a choice over the whole list ("React, Vue, or Angular"). */
const CHOICE_GAP = /\bor\b|\boder\b|\bbzw\b/i;
/** An entry the taxonomy does not know but that reads as a name: `Wicket`, `GWT`, `JPA2`, `Oracle`. */
const NAME_LIKE = /^(?:[\p{Lu}\d][\p{L}\d.#+-]*)(?:\s+[\p{Lu}\d][\p{L}\d.#+-]*){0,2}$/u;
/** Examples that follow a mention: "ORM technologies (JPA2, Hibernate)", "front end languages such as HTML". */
const EXAMPLES_GAP =
  /^\s*(?:[\p{L}-]+\s+){0,3}(?:\(\s*(?:e\.\s?g\.?|z\.\s?b\.?|such as|like|including|i\.\s?e\.?|incl\.?|for example|esp\.?|especially)?|such as|like|e\.\s?g\.|z\.\s?b\.|including)(?:\s*[\p{Lu}\d][\p{L}\d.#+-]*\s*,)*[\s,:]*$/iu;
/** Words right before a list that make it a list of examples or alternatives. */
const CHOICE_LEAD =
  /(?:such as|e\.\s?g\.?|like|z\.\s?b\.?|for example|for instance|one of|at least one|any of|one or more|including|either|beispielsweise|etwa|similar to)[\s:,(]*$|\(\s*$/i;
/** Words after a list that leave it open: "React, Vue or similar", "Jenkins, CircleCI etc.". */
const CHOICE_TAIL =
  /^[\s,)]*(?:or (?:similar|equivalent|other|another|comparable)|oder (?:ähnlich|vergleichbar)|o\.\s?ä\.|etc\b|or the like)/i;

/** Capitalised words that read as names in a list but name no skill ("Workflows, Environments"). */
const GENERIC_ENTRY =
  /^(?:workflows?|environments?|tools?|systems?|services?|frameworks?|libraries|library|pipelines?|tests?|testing|processes|process|projects?|platforms?|applications?|apps?|data|deployments?|builds?|releases?|features?|methods?|concepts?|practices?|standards?|technologies|technology|solutions?|components?)$/i;

/** The unknown list entries in a gap, or undefined when the gap is not just list punctuation and names. */
function listEntries(gap: string): string[] | undefined {
  // A closing bracket ends a list of examples: "Tests (pytest) und Typisierung (mypy)" is two lists.
  if (gap.includes(')')) return undefined;
  const entries = gap
    .replace(/[()]/g, ' ')
    .split(LIST_SEPARATOR)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length > 3 || !entries.every((entry) => NAME_LIKE.test(entry))) return undefined;
  if (entries.length > 0 && !/[,/]|\bor\b|\band\b|\boder\b|\bund\b/i.test(gap)) return undefined;
  // Generic words stay part of the list (they do not break it) but are not names of their own.
  return entries.filter((entry) => !GENERIC_ENTRY.test(entry)).map((entry) => entry.toLowerCase());
}

/** Where a list after its last known skill stops: a sentence end, a bracket, a colon. */
const TAIL_END = /[;:!?()\n]|\.(?=\s|$)/;
/** A tail that continues the list: it opens with list punctuation or a connector. */
const TAIL_START = /^\s*(?:,|\/|&|\bor\b|\band\b|\boder\b|\bund\b|\bsowie\b|\bbzw\b)/i;
/** Words that leave a list open ("or similar", "etc."): the list ends there and is a choice. */
const OPEN_END =
  /^(?:similar|equivalent|comparable|other|another|etc\.?|the like|ähnliche?s?|vergleichbare?s?|o\.\s?ä\.?)(?:\s|$)/i;
/** A name that reads as a product even before ordinary words: `GWT`, `JPA2`, `GraphQL`, `Vue.js`. */
const PRODUCT_LIKE =
  /^(?:\p{Lu}{2,}[\p{L}\d]*|[\p{L}]+\d[\p{L}\d]*|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\d]*|[\p{L}\d]+[.#+][\p{L}\d.#+]*)$/u;
/** German nouns, capitalised like names but not names: "Teamfähigkeit", "Kommunikation", "Kenntnisse". */
const GERMAN_NOUN = /(?:ung|keit|heit|schaft|nisse?|tät|tion|ismus|erfahrung|kenntnisse)$/i;
/** At most this many unknown names after the last known skill: a longer run is prose, not a list. */
const MAX_TAIL_NAMES = 4;

/**
 * Unknown names that continue a list after its last known skill: ", Wicket or GWT" after "JSF".
 * Only a clean list counts: names (capitalised, short) up to the end of the clause or sentence,
 * optionally closed by a generic word ("GWT frameworks") or an open end ("or similar"). Anything
 * else after the names means the text moved on to prose, and nothing is taken.
 */
export function trailingListNames(tail: string): { names: string[]; choice: boolean } | undefined {
  // Names are returned as written; the group keeps them lower-cased like its other unknown entries.
  const cut = tail.search(TAIL_END);
  const list = cut >= 0 ? tail.slice(0, cut) : tail;
  if (!TAIL_START.test(list)) return undefined;
  const pieces = list
    .split(LIST_SEPARATOR)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
  const names: string[] = [];
  let open = false;
  for (const [position, piece] of pieces.entries()) {
    const last = position === pieces.length - 1;
    if (OPEN_END.test(piece) && last) {
      open = true;
      break;
    }
    const [head = '', ...rest] = piece.split(/\s+/);
    if (NAME_LIKE.test(piece) && !GERMAN_NOUN.test(piece)) names.push(piece);
    // The list's last name may carry a word after it: "or GWT frameworks", "or GWT is a plus".
    else if (last && PRODUCT_LIKE.test(head) && rest.every((word) => /^\p{Ll}/u.test(word))) names.push(head);
    else return undefined;
  }
  const kept = names.filter((name) => !GENERIC_ENTRY.test(name));
  if (kept.length === 0 || kept.length > MAX_TAIL_NAMES) return undefined;
  return { names: kept, choice: open || CHOICE_GAP.test(list) };
}

const SEPARATOR_AT = /[,;/&]|\b(?:and|or|und|oder|sowie)\b/gi;

/**
 * The part of the text after a list that may continue it: up to the sentence's end, and, when
 * another mention follows right after a capitalised word, only up to the last separator, since
 * that word qualifies the mention ("and Good communication" names no product "Good").
 */
function listTail(text: string, beforeMention: boolean): string {
  const end = text.search(TAIL_END);
  if (end >= 0) return text.slice(0, end);
  // Only a capitalised word right before the mention reads as part of it ("Good communication").
  if (!beforeMention || !/[\p{Lu}\d][\p{L}\d.#+-]*\s*$/u.test(text)) return text;
  const separators = [...text.matchAll(SEPARATOR_AT)];
  const last = separators[separators.length - 1];
  return last?.index !== undefined ? text.slice(0, last.index) : '';
}

/** Adds the unknown names that end a group's list (see {@link trailingListNames}) to the group. */
function appendTrailingNames(group: SkillGroup, tail: string, inExamples: boolean): void {
  const trailing = trailingListNames(tail);
  if (!trailing) return;
  const lastSegment = group.segments[group.segments.length - 1]!;
  // One known skill and one more word ("IT consulting or Big 4", "QA/Test Developer") is not yet a
  // list of products: the lone name must then read as a product on its own (`GWT`, `JPA2`).
  const isList =
    group.segments.length > 1 || lastSegment.length > 1 || trailing.names.length > 1 || /^\s*,/.test(tail);
  if (!isList && !PRODUCT_LIKE.test(trailing.names[0] ?? '')) return;
  const names = trailing.names.map((name) => name.toLowerCase());
  // "Prometheus/Foo": a slash pairs the name with the skill before it, as one choice.
  if (inExamples || (/^\s*\//.test(tail) && names.length === 1)) {
    lastSegment.push(...names);
    return;
  }
  group.segments.push(...names.map((name) => [name]));
  if (trailing.choice) group.anyOf = true;
}

/**
 * Groups a clause's mentions: mentions joined only by list punctuation (and names the taxonomy
 * does not know) form one list, and examples right after a mention ("X (A, B)", "X such as A")
 * join that mention's entry as alternatives to it. A list is `anyOf` when its connectors offer a choice ("or", "/"), when it gives
 * examples ("such as", "e.g.", brackets) or is left open ("or similar"). Any other list is a list
 * of separate asks ("Python, Docker and AWS"). Unknown names after a list's last known skill
 * ("JSF, Wicket or GWT") stay in the list; `stopsAt` are the clause's other mentions, where such
 * a tail ends.
 */
export function groupMentions(
  clause: string,
  mentions: readonly TaxonomyMentionView[],
  { stopsAt = [] }: { stopsAt?: readonly { start: number }[] } = {},
): SkillGroup[] {
  const groups: SkillGroup[] = [];
  // A list's tail ends where the text names anything else (a spoken language, a soft skill).
  const tailOf = (from: number, to: number): string => {
    const stop = stopsAt.find((span) => span.start >= from && span.start < to)?.start ?? to;
    return listTail(clause.slice(from, stop), stop < clause.length);
  };
  let current: SkillGroup | undefined;
  let lastEnd = 0;
  // After "X (such as" or "X such as", the following list names examples of X: they join X's entry.
  let inExamples = false;
  for (const mention of mentions) {
    const name = mention.skill.name;
    if (current) {
      const gap = clause.slice(lastEnd, mention.start);
      const lastSegment = current.segments[current.segments.length - 1]!;
      const entries = listEntries(gap);
      if (entries) {
        if (inExamples || SLASH_ONLY.test(gap)) lastSegment.push(...entries, name);
        else {
          current.segments.push(...entries.map((entry) => [entry]), [name]);
          if (CHOICE_GAP.test(gap) || gap.includes('(')) current.anyOf = true;
        }
        if (CHOICE_TAIL.test(clause.slice(mention.end, mention.end + 30))) current.anyOf = true;
        lastEnd = mention.end;
        continue;
      }
      if (EXAMPLES_GAP.test(gap)) {
        lastSegment.push(name);
        inExamples = true;
        lastEnd = mention.end;
        continue;
      }
    }
    if (current) appendTrailingNames(current, tailOf(lastEnd, mention.start), inExamples);
    inExamples = false;
    const before = clause.slice(Math.max(0, mention.start - 30), mention.start);
    current = { segments: [[name]], anyOf: CHOICE_LEAD.test(before) };
    groups.push(current);
    lastEnd = mention.end;
    if (CHOICE_TAIL.test(clause.slice(mention.end, mention.end + 30))) current.anyOf = true;
  }
  if (current) appendTrailingNames(current, tailOf(lastEnd, clause.length), inExamples);
  return groups;
}
