import type { InterviewLanguage, Requirement } from '../../domain/index.js';
import { readSeniorityAsk, SENIORITY_KEYWORD } from '../requirements/seniority-ask.js';
import type { CvIndex } from './cv-index.js';
import type { MonthRange } from './month-date.js';
import { type RequirementFinding, roundCoverage } from './requirement-finding.js';
import { requirementTerms } from './requirement-terms.js';
import { type Asker, SENIORITY_REASON_PHRASES, type YearsSource } from './seniority-reason-phrases.js';
import { yearsCovered } from './skill-years.js';
import { assessTerm } from './term-evidence.js';

/**
 * Far above a starting level (more than twice its upper end, and at least this many years beyond
 * it), the fit is a little lower: the role will likely sit below the candidate's level and pay.
 */
const FAR_ABOVE_MARGIN_YEARS = 4;
/** Coverage when far above a starting level: lower, yet not a gap, so no interview question. */
const FAR_ABOVE_COVERAGE = 0.8;
/**
 * Years of work in roles that do not name the job's core skills still count at this share, as
 * general experience does for a named skill the CV lacks (`skill-finding.ts`): an Android
 * developer whose roles never write "Java" has still been developing software.
 */
const OTHER_WORK_SHARE = 0.5;

/** True for the requirement the extractor made of the job title's level (`seniority-ask.ts`). */
export function isSeniorityRequirement(requirement: Pick<Requirement, 'kind' | 'keywords'>): boolean {
  // Any kind, any other keywords: "Seniority" is a marker for the title's level, never a skill to search.
  return requirement.keywords.includes(SENIORITY_KEYWORD);
}

/**
 * The requirements the gap analysis measures: a title's level is one ask at most, and none when
 * another experience ask already states at least its years ("Java Developer (3 Years of
 * Experience)" over "at least 3 years of Java"), so the same years never make two gaps.
 */
export function withoutRestatedSeniority(requirements: readonly Requirement[]): Requirement[] {
  const others = requirements.filter((requirement) => !isSeniorityRequirement(requirement));
  const levels = requirements.filter(isSeniorityRequirement);
  const first = levels[0];
  if (!first) return others.length === requirements.length ? [...requirements] : others;
  const asked = readSeniorityAsk(first.text)?.minYears ?? first.minYears ?? 0;
  const restated = others.some(
    (requirement) => requirement.kind === 'experience' && asked > 0 && (requirement.minYears ?? 0) >= asked,
  );
  return requirements.filter((requirement) =>
    isSeniorityRequirement(requirement) ? requirement === first && !restated : true,
  );
}

/**
 * True for a years ask that names nothing else ("Minimum 3 years experience"): like the title's
 * level, it is about how long the candidate has done this kind of work.
 */
export function isGeneralYearsRequirement(
  requirement: Pick<Requirement, 'kind' | 'keywords' | 'minYears'>,
): boolean {
  return (
    requirement.kind === 'experience' && requirement.keywords.length === 0 && (requirement.minYears ?? 0) > 0
  );
}

/** Input of `assessSeniorityRequirement`. */
export interface SeniorityInput {
  index: CvIndex;
  requirement: Requirement;
  /** All the job's requirements: its CRITICAL skills say which roles count as relevant. */
  requirements: readonly Requirement[];
  language?: InterviewLanguage;
}

/**
 * The job's core skills: the terms of its CRITICAL skill and experience requirements (all of them
 * when none is CRITICAL). Years in roles that show none of them are not years at this job's level:
 * ten years as an ML engineer are not ten years as a product manager.
 */
function coreTerms(index: CvIndex, requirements: readonly Requirement[]): string[] {
  const technical = requirements.filter(
    (requirement) =>
      (requirement.kind === 'skill' || requirement.kind === 'experience') &&
      !isSeniorityRequirement(requirement) &&
      requirement.keywords.length > 0,
  );
  const critical = technical.filter((requirement) => requirement.priority === 'CRITICAL');
  return [
    ...new Set(
      (critical.length > 0 ? critical : technical).flatMap((r) => requirementTerms(r, index.skills)),
    ),
  ];
}

/** The candidate's years for the level, and where they come from; undefined when the CV has none. */
function candidateYears(
  index: CvIndex,
  requirement: Requirement,
  requirements: readonly Requirement[],
): { years: number; source: YearsSource; total?: number } | undefined {
  if (index.totalWorkYears === undefined) {
    return index.claimedYears === undefined ? undefined : { years: index.claimedYears, source: 'stated' };
  }
  const terms = coreTerms(index, requirements);
  if (terms.length === 0) return { years: index.totalWorkYears, source: 'dated-roles' };
  const ranges: MonthRange[] = terms.flatMap((term) => assessTerm(index, requirement.id, term).ranges);
  return {
    years: ranges.length > 0 ? yearsCovered(ranges) : 0,
    source: 'relevant-roles',
    total: index.totalWorkYears,
  };
}

/**
 * Coverage of the level a job title asks for ("Senior Backend Engineer", "Junior Developer (1-4
 * years)") or of a bare years ask ("Minimum 3 years experience"), from the candidate's relevant years: the merged dates of the roles that show the job's
 * core skills. Below the level's minimum the coverage is shown ÷ asked, as for general experience;
 * far above a starting level it is 0.8 (not a gap); otherwise 1. See docs/scoring.md.
 */
export function assessSeniorityRequirement({
  index,
  requirement,
  requirements,
  language = 'en',
}: SeniorityInput): RequirementFinding {
  const say = SENIORITY_REASON_PHRASES[language];
  const fromTitle = isSeniorityRequirement(requirement);
  // A years ask in the body says only its minimum; the title's wording gives level and band.
  const ask = (fromTitle ? readSeniorityAsk(requirement.text) : undefined) ?? {
    level: undefined,
    minYears: requirement.minYears ?? 0,
  };
  const asker: Asker = fromTitle ? 'title' : 'posting';
  const shown = candidateYears(index, requirement, requirements);
  if (!shown) {
    const sentence = say.noYears(asker, ask);
    return { coverage: ask.minYears > 0 ? 0 : 1, evidence: [], explanation: sentence, gapReason: sentence };
  }
  const { years, source, total } = shown;
  const farAbove =
    ask.maxYears !== undefined && years > 2 * ask.maxYears && years - ask.maxYears >= FAR_ABOVE_MARGIN_YEARS;
  const relevant = ask.minYears > 0 ? Math.min(1, years / ask.minYears) : 1;
  const general =
    total !== undefined && ask.minYears > 0 ? OTHER_WORK_SHARE * Math.min(1, total / ask.minYears) : 0;
  const coverage = farAbove ? FAR_ABOVE_COVERAGE : Math.max(relevant, general);
  // The total is worth saying only when it is what earned the credit.
  const counted = general > relevant && total !== undefined ? total : undefined;
  const sentence = farAbove
    ? say.farAbove(asker, ask, years, source)
    : say.compared(asker, ask, years, source, counted);
  return { coverage: roundCoverage(coverage), evidence: [], explanation: sentence, gapReason: sentence };
}
