import type { Evidence, InterviewLanguage, Requirement } from '../../domain/index.js';
import type { CvIndex } from './cv-index.js';
import { describeWhere, shorten } from './describe-evidence.js';
import { type GroupableReason, type RequirementFinding, roundCoverage } from './requirement-finding.js';
import { acceptsAnyOf, requirementTerms } from './requirement-terms.js';
import { SKILL_REASON_PHRASES } from './skill-reason-phrases.js';
import { assessTerm, type TermAssessment } from './term-evidence.js';

/** Share of the best term's score in an all-of requirement; the rest is the mean over all terms. */
const BEST_TERM_SHARE = 0.6;
/**
 * With too few years, coverage is multiplied by (shown ÷ asked) to this power: 4 of 5 years keeps
 * most of it (×0.72), 3 of 5 makes a gap (×0.46).
 */
const YEARS_SHORTFALL_POWER = 1.5;
/** Without the named skill, general work experience earns this share of an experience requirement. */
const GENERAL_EXPERIENCE_SHARE = 0.5;
/** A term counts as shown (not a gap by itself) from this score on. */
const SHOWN_SCORE = 0.6;

interface YearsCheck {
  shown: number;
  asked: number;
  /** The skill the years were counted for, or undefined for total work experience. */
  skill?: string;
}

function combine(requirement: Requirement, scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  const best = Math.max(...scores);
  if (scores.length === 1 || acceptsAnyOf(requirement)) return best;
  const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return BEST_TERM_SHARE * best + (1 - BEST_TERM_SHARE) * mean;
}

function bestEvidence(terms: readonly TermAssessment[]): Evidence | undefined {
  return terms
    .flatMap((term) => term.evidence)
    .filter((evidence) => evidence.strength !== 'negative')
    .sort((a, b) => b.score - a.score)[0];
}

function explain(
  requirement: Requirement,
  terms: readonly TermAssessment[],
  coverage: number,
  years: YearsCheck | undefined,
  generalYears: number | undefined,
  language: InterviewLanguage,
): Pick<RequirementFinding, 'explanation' | 'gapReason' | 'groupable'> {
  const say = SKILL_REASON_PHRASES[language];
  const labels = terms.length > 0 ? terms.map((term) => term.term) : [shorten(requirement.text)];
  const shown = terms
    .filter((term) => !term.relatedOnly && term.score >= SHOWN_SCORE)
    .map((term) => term.term);
  const absent = terms.filter((term) => term.score === 0 && !term.negative).map((term) => term.term);
  const negative = terms.find((term) => term.negative);
  const best = bestEvidence(terms);
  const sentences: string[] = [];
  let gapReason: string;
  let groupable: GroupableReason | undefined;

  if (negative && negative.score === 0) {
    const quote = negative.evidence.find((evidence) => evidence.strength === 'negative')?.quote;
    sentences.push(say.lacks(negative.term, quote));
    gapReason = say.lacksReason(negative.term);
  } else if (!best) {
    if (generalYears !== undefined && terms.every((term) => !term.known && term.term === requirement.text)) {
      sentences.push(say.totalYears(generalYears));
      gapReason = say.totalYears(generalYears);
    } else if (generalYears !== undefined) {
      sentences.push(say.notNamedButYears(labels, generalYears));
      gapReason = say.notNamedButYearsReason(labels, generalYears);
    } else {
      sentences.push(say.notMentioned(labels));
      gapReason = say.notMentionedReason(labels);
      groupable = { sentence: 'not-mentioned', key: '', labels };
    }
  } else if (terms.every((term) => term.relatedOnly || term.score === 0)) {
    sentences.push(say.relatedOnly(labels, best.matched, describeWhere(best, language)));
    gapReason = say.relatedOnlyReason(best.matched, labels);
    groupable = { sentence: 'related-only', key: best.matched, labels };
  } else {
    const where = describeWhere(best, language);
    if (best.section === 'skills' || best.section === 'languages') {
      sentences.push(say.skillsListOnly(best.matched, where));
      gapReason = say.skillsListOnlyReason([best.matched]);
      groupable = { sentence: 'skills-list-only', key: '', labels: [best.matched] };
    } else if (best.strength === 'weak') {
      sentences.push(say.inPassing(best.matched, where, best.quote));
      gapReason = say.inPassingReason(best.matched);
    } else {
      sentences.push(say.shown(best.matched, where, best.quote));
      gapReason =
        best.strength === 'moderate' && best.section === 'work'
          ? say.olderRoleReason(best.matched)
          : say.onlyAtReason(best.matched, where);
    }
    if (shown.length > 0 && absent.length > 0) {
      sentences.push(say.notShown(absent));
      gapReason = say.shownButNotReason(shown, absent, acceptsAnyOf(requirement));
      groupable = undefined;
    } else if (absent.length > 0) {
      sentences.push(say.notShown(absent));
    }
    if (negative) sentences.push(say.lacksElsewhere(negative.term));
  }

  if (years && years.shown < years.asked) {
    const counted = { years: years.shown, total: true, ...(years.skill ? { skill: years.skill } : {}) };
    if (generalYears !== undefined) {
      // The general-experience sentence already gave the total: just add what was asked.
      sentences[sentences.length - 1] = sentences[sentences.length - 1]!.replace(
        /\.$/,
        `; ${say.yearsAsked(years.asked)}`,
      );
    } else {
      sentences.push(say.datedYearsShort(counted, years.asked));
    }
    gapReason = say.yearsShortReason(counted, years.asked);
    groupable = undefined;
  } else if (years && generalYears === undefined) {
    sentences.push(say.datedYears({ years: years.shown, ...(years.skill ? { skill: years.skill } : {}) }));
  }
  if (coverage === 0 && sentences.length === 0) sentences.push(say.nothing());
  return { explanation: sentences.join(' '), gapReason, ...(groupable ? { groupable } : {}) };
}

/**
 * Coverage of a skill, experience or soft-skill requirement: the evidence for each of its terms,
 * combined (one is enough for alternatives, all count otherwise), then checked against the
 * minimum years where the job states one.
 */
export function assessSkillRequirement(
  index: CvIndex,
  requirement: Requirement,
  language: InterviewLanguage = 'en',
): RequirementFinding {
  const termNames = requirementTerms(requirement, index.skills);
  // A requirement without recognisable terms is searched as a phrase ("data modelling").
  const terms = (termNames.length > 0 ? termNames : [requirement.text]).map((term) =>
    assessTerm(index, requirement.id, term),
  );
  let years: YearsCheck | undefined;
  let generalYears: number | undefined;
  const minYears = requirement.minYears;
  let scores = terms.map((term) => term.score);
  if (minYears !== undefined && minYears > 0) {
    // Dated evidence is discounted by the years shortfall; undated evidence keeps its own score.
    scores = terms.map((term) =>
      term.years === undefined
        ? term.score
        : Math.max(
            term.undatedScore,
            term.score * Math.min(1, term.years / minYears) ** YEARS_SHORTFALL_POWER,
          ),
    );
    const top = terms
      .filter((term) => term.years !== undefined && term.score > 0)
      .sort((a, b) => (b.years ?? 0) - (a.years ?? 0))[0];
    if (top?.years !== undefined) years = { shown: top.years, asked: minYears, skill: top.term };
  }
  let coverage = combine(requirement, scores);

  if (minYears !== undefined && minYears > 0) {
    const namedSkillShown = terms.some((term) => term.known && term.score > 0);
    const total = Math.max(index.totalWorkYears ?? 0, index.claimedYears ?? 0);
    if (requirement.kind === 'experience' && !namedSkillShown && total > 0) {
      // "5+ years of professional experience": total work counts, fully when no skill is named.
      const share = termNames.length === 0 ? 1 : GENERAL_EXPERIENCE_SHARE;
      const general = share * Math.min(1, total / minYears);
      if (general > coverage) {
        coverage = general;
        generalYears = total;
        years = { shown: total, asked: minYears };
      }
    }
  }

  const evidence = terms
    .flatMap((term) =>
      term.evidence.map((item, position) =>
        position === 0 && term.years !== undefined && item.section === 'work'
          ? { ...item, years: term.years }
          : item,
      ),
    )
    .sort((a, b) => b.score - a.score);
  const rounded = roundCoverage(coverage);
  return {
    coverage: rounded,
    evidence,
    ...explain(
      requirement,
      terms,
      rounded,
      years,
      generalYears && !bestEvidence(terms) ? generalYears : undefined,
      language,
    ),
  };
}
