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

/**
 * Groups a clause's mentions: mentions joined only by list punctuation (and names the taxonomy
 * does not know) form one list, and examples right after a mention ("X (A, B)", "X such as A")
 * join that mention's entry as alternatives to it. A list is `anyOf` when its connectors offer a choice ("or", "/"), when it gives
 * examples ("such as", "e.g.", brackets) or is left open ("or similar"). Any other list is a list
 * of separate asks ("Python, Docker and AWS").
 */
export function groupMentions(clause: string, mentions: readonly TaxonomyMentionView[]): SkillGroup[] {
  const groups: SkillGroup[] = [];
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
    inExamples = false;
    const before = clause.slice(Math.max(0, mention.start - 30), mention.start);
    current = { segments: [[name]], anyOf: CHOICE_LEAD.test(before) };
    groups.push(current);
    lastEnd = mention.end;
    if (CHOICE_TAIL.test(clause.slice(mention.end, mention.end + 30))) current.anyOf = true;
  }
  return groups;
}
