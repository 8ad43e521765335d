import type { Job } from '../../domain/index.js';
import { isBoilerplateSentence } from './boilerplate-sentence.js';
import { clauseRequirements } from './clause-requirements.js';
import { splitClauses, withoutBareCues } from './clause-split.js';
import { splitJobSections } from './job-sections.js';
import { guessJobHeader } from './job-title-guess.js';
import { isStrictHeading, priorityCue, resolvePriority } from './priority-cues.js';
import { MAX_REQUIREMENTS, rankRequirements } from './rank-requirements.js';
import { weighRepeatedAsks } from './repeated-asks.js';
import type { RequirementDraft } from './requirement-draft.js';
import { readSeniorityAsk, SENIORITY_KEYWORD } from './seniority-ask.js';
import type { SkillTaxonomyView } from './skill-taxonomy-view.js';

/** What the extractor reads: the job text and, where the caller knows them, title and company. */
export interface ExtractRequirementsInput {
  jobText: string;
  title?: string;
  company?: string;
}

const MAX_TEXT = 300;

function clip(text: string): string {
  const trimmed = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:])/g, '$1')
    .trim()
    .replace(/[\s,;:]+$/, '');
  return trimmed.length <= MAX_TEXT ? trimmed : `${trimmed.slice(0, MAX_TEXT - 1).trimEnd()}…`;
}

/**
 * Reads a job text into a Job with the taxonomy given: sections by headings, items by list entry
 * or sentence, clauses by contrast, then requirements with priority from the section and the
 * clause's own words (see `priority-cues.ts`), merged, ranked CRITICAL first and capped.
 */
export function extractRequirementsWith(taxonomy: SkillTaxonomyView, input: ExtractRequirementsInput): Job {
  const header = guessJobHeader(input.jobText);
  const drafts: RequirementDraft[] = [];
  let order = 0;
  let itemNumber = 0;
  for (const section of splitJobSections(input.jobText, {
    skipFirstLine: header.titleFromFirstLine === true,
  })) {
    if (section.kind === 'boilerplate') continue;
    const strict = isStrictHeading(section.heading);
    for (const [index, { text: item, listed }] of section.items.entries()) {
      if (isBoilerplateSentence(item)) continue;
      itemNumber++;
      const clauses = splitClauses(item);
      const itemCue = priorityCue(item);
      for (const clause of clauses) {
        // A clause with no cue of its own takes the item's cue only when the item was not split
        // by contrast ("Go is a must, while Rust is a plus" must not spread "a plus" to Go).
        const cue = priorityCue(clause) ?? (clauses.length === 1 ? itemCue : undefined);
        drafts.push(
          ...clauseRequirements({
            clause,
            text: clip(withoutBareCues(clauses.length === 1 ? item : clause)),
            item,
            listed,
            section: section.kind,
            priority: resolvePriority(section.kind, cue, { index, count: section.items.length, strict }),
            itemNumber,
            order: order++,
            taxonomy,
          }),
        );
      }
    }
  }
  const title = input.title ?? header.title;
  const company = input.company ?? header.company;
  const titleSkills = title
    ? taxonomy
        .findMentions(title)
        .filter((mention) => mention.skill.category !== 'soft-skill')
        .map((mention) => mention.skill.name)
    : [];
  const seniority = input.title ? seniorityDraft(input.title) : undefined;
  // "Product Manager (10+ years)" over "10+ years in product management" is one ask: the body's,
  // which says what the years are of, measures it; the title's would count it twice.
  const restated = drafts.some(
    (draft) => draft.kind === 'experience' && (draft.minYears ?? 0) >= (seniority?.minYears ?? Infinity),
  );
  if (seniority && !restated) drafts.push(seniority);
  return {
    ...(title ? { title } : {}),
    ...(company ? { company } : {}),
    requirements: rankRequirements(weighRepeatedAsks(drafts, { titleSkills }), MAX_REQUIREMENTS),
    rawText: input.jobText,
  };
}

/**
 * The level a job title names ("Senior Backend Engineer", "Junior Developer (1-4 years)") as a
 * CRITICAL experience requirement: the title is the job's main ask, and the gap analysis measures
 * it against the candidate's years of work (`seniority-finding.ts`).
 */
function seniorityDraft(title: string): RequirementDraft | undefined {
  const ask = readSeniorityAsk(title);
  if (!ask) return undefined;
  return {
    text: clip(title),
    kind: 'experience',
    priority: 'CRITICAL',
    keywords: [SENIORITY_KEYWORD],
    ...(ask.minYears > 0 ? { minYears: ask.minYears } : {}),
    // Shown first among CRITICALs: it is what the title says before any list does.
    order: -1,
    itemNumber: 0,
    section: 'requirements',
  };
}
