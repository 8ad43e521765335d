import type { Evidence, Requirement } from '../../domain/index.js';
import type { CvIndex } from './cv-index.js';
import { describeWhere, listWords, shorten } from './describe-evidence.js';
import { type RequirementFinding, roundCoverage } from './requirement-finding.js';
import { acceptsAnyOf, requirementTerms } from './requirement-terms.js';
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
): { explanation: string; gapReason: string } {
  const label = terms.length > 0 ? listWords(terms.map((term) => term.term)) : shorten(requirement.text);
  const shown = terms
    .filter((term) => !term.relatedOnly && term.score >= SHOWN_SCORE)
    .map((term) => term.term);
  const absent = terms.filter((term) => term.score === 0 && !term.negative).map((term) => term.term);
  const negative = terms.find((term) => term.negative);
  const best = bestEvidence(terms);
  const sentences: string[] = [];
  let gapReason: string;

  if (negative && negative.score === 0) {
    const quote = negative.evidence.find((evidence) => evidence.strength === 'negative')?.quote;
    sentences.push(`Your CV says you lack ${negative.term}${quote ? `: "${quote}"` : ''}.`);
    gapReason = `Your CV says you have no experience with ${negative.term}.`;
  } else if (!best) {
    if (generalYears !== undefined && terms.every((term) => !term.known && term.term === requirement.text)) {
      sentences.push(`Your CV shows ${generalYears} years of work in total.`);
      gapReason = `Your CV shows ${generalYears} years of work in total.`;
    } else if (generalYears !== undefined) {
      sentences.push(`Your CV does not name ${label}, but shows ${generalYears} years of work in total.`);
      gapReason = `Your CV does not show ${label} by name, only ${generalYears} years of work in general.`;
    } else {
      sentences.push(`${label} ${terms.length > 1 ? 'are' : 'is'} not mentioned in your CV.`);
      gapReason = `${label} ${terms.length > 1 ? 'are' : 'is'} not mentioned anywhere in your CV.`;
    }
  } else if (terms.every((term) => term.relatedOnly || term.score === 0)) {
    sentences.push(
      `${label} ${terms.length > 1 ? 'are' : 'is'} not in your CV, but the related skill ${best.matched} is, in ${describeWhere(best)}.`,
    );
    gapReason = `Your CV shows only the related skill ${best.matched}, not ${label}.`;
  } else {
    const where = describeWhere(best);
    if (best.section === 'skills' || best.section === 'languages') {
      sentences.push(`${best.matched} appears only in ${where}; no role or project shows you using it.`);
      gapReason = `${best.matched} appears only in your skills list, not in any role or project.`;
    } else if (best.strength === 'weak') {
      sentences.push(`${best.matched} is only mentioned in passing, in ${where}: "${best.quote}".`);
      gapReason = `Your CV mentions ${best.matched} only in passing.`;
    } else {
      sentences.push(`${best.matched} is shown in ${where}: "${best.quote}".`);
      gapReason =
        best.strength === 'moderate' && best.section === 'work'
          ? `${best.matched} appears only in an older role, not a recent one.`
          : `Your CV shows ${best.matched} only in ${where}.`;
    }
    if (shown.length > 0 && absent.length > 0) {
      sentences.push(`Not shown: ${listWords(absent)}.`);
      gapReason = `Your CV shows ${listWords(shown)} but not ${listWords(absent, acceptsAnyOf(requirement) ? 'or' : 'and')}.`;
    } else if (absent.length > 0) {
      sentences.push(`Not shown: ${listWords(absent)}.`);
    }
    if (negative)
      sentences.push(`Elsewhere your CV says you lack ${negative.term}, which counts against it.`);
  }

  if (years && years.shown < years.asked) {
    const what = years.skill ? `with ${years.skill}` : 'of work in total';
    const shortfall = `the job asks for ${years.asked}+.`;
    if (generalYears !== undefined) {
      // The general-experience sentence already gave the total: just add what was asked.
      sentences[sentences.length - 1] = sentences[sentences.length - 1]!.replace(/\.$/, `; ${shortfall}`);
    } else {
      sentences.push(`Your dated roles show ${years.shown} years ${what}; ${shortfall}`);
    }
    gapReason = `Your CV shows ${years.shown} years ${what}; ${shortfall}`;
  } else if (years && generalYears === undefined) {
    sentences.push(
      `Your dated roles show ${years.shown} years ${years.skill ? `with ${years.skill}` : 'of work'}.`,
    );
  }
  if (coverage === 0 && sentences.length === 0) sentences.push('Nothing in your CV shows this.');
  return { explanation: sentences.join(' '), gapReason };
}

/**
 * Coverage of a skill, experience or soft-skill requirement: the evidence for each of its terms,
 * combined (one is enough for alternatives, all count otherwise), then checked against the
 * minimum years where the job states one.
 */
export function assessSkillRequirement(index: CvIndex, requirement: Requirement): RequirementFinding {
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
    ),
  };
}
