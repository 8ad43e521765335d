import type { Priority } from '../../domain/index.js';
import { describesCompany } from './company-description.js';
import { findDegreeAsk } from './degree-cues.js';
import { normalisedTerm } from './normalised-term.js';
import type { RequirementDraft } from './requirement-draft.js';
import type { SectionKind } from './section-kind.js';
import { groupMentions, groupNames } from './skill-groups.js';
import type { SkillTaxonomyView, TaxonomyMentionView } from './skill-taxonomy-view.js';
import { findSpokenLanguages, readsAsLanguageAsk } from './spoken-languages.js';
import { isWorkingCondition, workingConditionSpans } from './working-condition.js';
import { findMinYears, mentionsYears } from './years-of-experience.js';

/** One clause to turn into requirements, with what its position already decided. */
export interface ClauseInput {
  clause: string;
  /** The requirement text shown to people: the item, or the clause when the item was split. */
  text: string;
  /** The whole item the clause came from: wording there ("fluent") still tells what a clause names. */
  item: string;
  /** The item is a list entry: a short entry the taxonomy does not know is still an ask ("Payment systems"). */
  listed: boolean;
  section: SectionKind;
  priority: Priority;
  order: number;
  /** Which item of the job the clause came from: asks repeated across items matter more. */
  itemNumber: number;
  taxonomy: SkillTaxonomyView;
}

/** Wording that marks a clause as an ask even outside a requirements section. */
const ASK_CUE =
  /\b(?:experience|experienced|knowledge|proficien\w*|expertise|expert|understanding|familiar\w*|skills?|skilled|ability|degree|certif\w*|fluent|background|track record|must|required|erfahrung|kenntnisse|verständnis)\b/i;

const CERTIFICATION_CUE = /\b(?:certif\w*|zertifi\w*|licen[cs]ed?)\b/i;

/** Categories of concrete tools and technologies: what a company's own description still implies. */
const TOOLING = new Set([
  'language',
  'framework',
  'library',
  'database',
  'cloud',
  'devops',
  'tool',
  'testing',
  'mobile',
  'data',
  'ml',
]);

/** Categories of business and design practices, which a task names more loosely than a technology. */
const PRACTICES = new Set(['business', 'product', 'methodology', 'domain', 'design']);

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function namesOf(mentions: readonly TaxonomyMentionView[]): string[] {
  return unique(mentions.map((mention) => mention.skill.name));
}

const YEARS_WORD = /\b(?:years?|yrs?|jahre|jahren)\b/i;

/** Where a years ask starts, with its lead-in: "Minimum of 2 years'…", "at least 3 years…". */
const YEARS_START =
  /(?:\b(?:minimum(?:\s+of)?|min\.?|at least|over|more than|mindestens)\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:\+|plus)?\s*(?:(?:-|–|to|bis)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?|jahre)/i;

/**
 * The years ask that follows a degree or certificate in the same clause, as its own drafts: a
 * run-on posting joins "Bachelor's degree… Minimum of 2 years' experience in Java" into one clause,
 * and the years must not vanish into the degree. Only the text from the years on is read, and only
 * when it names no degree or certificate itself.
 */
function yearsAfter(input: ClauseInput, years: number | undefined): RequirementDraft[] {
  if (years === undefined) return [];
  const start = YEARS_START.exec(input.clause)?.index;
  if (start === undefined || start === 0) return [];
  const rest = input.clause.slice(start).trim();
  if (findDegreeAsk(rest) || CERTIFICATION_CUE.test(rest)) return [];
  return clauseRequirements({ ...input, clause: rest, text: rest });
}

/**
 * Turns one clause into requirement drafts. The first matching shape wins:
 * a degree → education; a certification → certification; years → one experience requirement over
 * everything the clause names; otherwise spoken languages, soft skills and technical skills, with
 * a list of separate skills split into one requirement each (so the gap list names exactly what is
 * missing) and a list of alternatives or examples kept as one requirement (any one of them is enough).
 * Responsibilities only yield skills the taxonomy knows: their other sentences describe work, not asks;
 * a business practice a task names is a nice-to-have. Working conditions (travel, relocation…) and
 * the company describing itself yield no asks of their own (see docs/scoring.md, section 0).
 */
export function clauseRequirements(input: ClauseInput): RequirementDraft[] {
  const { clause, text, item, listed, section, priority, order, itemNumber, taxonomy } = input;
  const draft = (
    partial: Pick<RequirementDraft, 'kind' | 'keywords'> & { minYears?: number },
  ): RequirementDraft => ({
    text,
    priority,
    order,
    itemNumber,
    section,
    ...partial,
  });
  const explicitList = section === 'requirements' || section === 'nice-to-have';
  // The employer describing itself ("X is a dynamic organization", "They provide data feeds") names
  // its business, not an ask; only the concrete technologies it names are implied requirements.
  const companyVoice = !listed && describesCompany(item);
  // A skill word inside a condition ("on-call rotation", "travel industry") is not an ask either.
  const conditions = workingConditionSpans(clause);
  const found = taxonomy
    .findMentions(clause)
    .filter((mention) => !conditions.some(([start, end]) => mention.start < end && start < mention.end));
  const mentions = companyVoice ? found.filter((mention) => TOOLING.has(mention.skill.category)) : found;
  const asks = (explicitList || ASK_CUE.test(clause)) && !companyVoice;

  const technical = mentions.filter(
    (mention) => !['soft-skill', 'spoken-language', 'certification'].includes(mention.skill.category),
  );
  const years = findMinYears(clause);
  const experience = (): RequirementDraft[] => {
    const keywords =
      technical.length > 0
        ? namesOf(technical)
        : // "Minimum 3 years" is the years themselves, not a thing to look for in the CV.
          [normalisedTerm(clause)].filter(
            (term): term is string => term !== undefined && !YEARS_WORD.test(term),
          );
    return [draft({ kind: 'experience', keywords, ...(years !== undefined ? { minYears: years } : {}) })];
  };

  const degree = findDegreeAsk(clause);
  if (degree && section !== 'responsibilities') {
    const fields = degree.fields.map((field) => taxonomy.get(field)?.name ?? field);
    const education = draft({ kind: 'education', keywords: unique([...degree.levels, ...fields]) });
    // Run-on postings join "Bachelor's degree… Minimum of 2 years' experience in Java" in one
    // clause: the years are an ask of their own and must not vanish into the degree.
    return [education, ...yearsAfter(input, years)];
  }

  const certifications = mentions.filter((mention) => mention.skill.category === 'certification');
  if (certifications.length > 0 || (CERTIFICATION_CUE.test(clause) && asks)) {
    const named =
      certifications.length > 0
        ? namesOf(certifications)
        : namesOf(mentions).map((name) => `${name} certification`);
    const keywords =
      named.length > 0
        ? named
        : unique([normalisedTerm(clause, { wholeClause: true }) ?? ''].filter(Boolean));
    if (keywords.length > 0 && section !== 'responsibilities')
      return [draft({ kind: 'certification', keywords }), ...yearsAfter(input, years)];
  }

  if (years !== undefined || (mentionsYears(clause) && asks)) return experience();

  const drafts: RequirementDraft[] = [];
  const spoken = mentions.filter((mention) => mention.skill.category === 'spoken-language');
  const languageAsk = readsAsLanguageAsk(item);
  const languages = unique([
    ...(languageAsk ? namesOf(spoken) : []),
    ...(languageAsk ? findSpokenLanguages(`${clause} language`) : []),
  ]);
  if (section !== 'responsibilities') {
    for (const language of languages) drafts.push(draft({ kind: 'language', keywords: [language] }));
    for (const soft of namesOf(mentions.filter((mention) => mention.skill.category === 'soft-skill'))) {
      drafts.push(draft({ kind: 'soft-skill', keywords: [soft] }));
    }
  }
  // A task or a line of prose that asks nothing implies a technology it names ("build features in
  // React") more surely than a business practice ("assess partnerships", "set pricing"): the
  // practice comes out as a nice-to-have.
  const loose = section === 'responsibilities' || (section === 'general' && !asks);
  const category = new Map(technical.map((mention) => [mention.skill.name, mention.skill.category]));
  const skillDraft = (names: string[]): RequirementDraft =>
    loose && names.every((name) => PRACTICES.has(category.get(name) ?? ''))
      ? { ...draft({ kind: 'skill', keywords: names }), priority: 'NICE_TO_HAVE' }
      : draft({ kind: 'skill', keywords: names });
  // The list's unknown tail ("JSF, Wicket or GWT") ends at anything else named, or a condition.
  const stopsAt = [...found, ...conditions.map(([start]) => ({ start }))].sort((a, b) => a.start - b.start);
  for (const group of groupMentions(clause, technical, { stopsAt })) {
    const keep = (names: readonly string[]): string[] =>
      unique(names).filter((name) => !languages.includes(name));
    if (group.anyOf) {
      const names = keep(groupNames(group));
      if (names.length > 0) drafts.push(skillDraft(names));
      continue;
    }
    for (const segment of group.segments) {
      const names = keep(segment);
      if (names.length > 0) drafts.push(skillDraft(names));
    }
  }
  // "Must be able to travel 20%" is a condition to accept, not a gap to close: no term of its own.
  if (drafts.length === 0 && section !== 'responsibilities' && asks && !isWorkingCondition(clause)) {
    const term = normalisedTerm(clause, { wholeClause: listed && explicitList });
    if (term) drafts.push(draft({ kind: 'skill', keywords: [term] }));
  }
  return drafts;
}
