import type { CvDocument, GapReport, InterviewLanguage, Job, Requirement } from '../../domain/index.js';
import { assessCertificateRequirement } from './certificate-finding.js';
import { buildCvIndex, type CvIndex } from './cv-index.js';
import { assessEducationRequirement } from './education-finding.js';
import type { GapCandidate } from './group-gaps.js';
import { assessLanguageRequirement } from './language-finding.js';
import { matchScore } from './match-score.js';
import { rankGaps } from './rank-gaps.js';
import type { RequirementFinding } from './requirement-finding.js';
import {
  assessSeniorityRequirement,
  isGeneralYearsRequirement,
  isSeniorityRequirement,
  withoutRestatedSeniority,
} from './seniority-finding.js';
import { assessSkillRequirement } from './skill-finding.js';
import type { SkillLookup } from './skill-lookup.js';

/** Input of the offline gap analysis. */
export interface AnalyseGapsInput {
  cv: CvDocument;
  job: Job;
  /** What counts as "recent" and where open date ranges end; injectable for tests. */
  now?: Date;
  skills: SkillLookup;
  /** The language every explanation and gap reason is written in; English by default. */
  language?: InterviewLanguage;
}

function assessRequirement(
  index: CvIndex,
  requirement: Requirement,
  job: Job,
  language: InterviewLanguage,
): RequirementFinding {
  if (isSeniorityRequirement(requirement)) {
    return assessSeniorityRequirement({ index, requirement, requirements: job.requirements, language });
  }
  switch (requirement.kind) {
    case 'education':
      return assessEducationRequirement(index, requirement, language);
    case 'certification':
      return assessCertificateRequirement(index, requirement, language);
    case 'language':
      return assessLanguageRequirement(index, requirement, language);
    case 'experience':
      return isGeneralYearsRequirement(requirement)
        ? assessSeniorityRequirement({ index, requirement, requirements: job.requirements, language })
        : assessSkillRequirement(index, requirement, language);
    default:
      return assessSkillRequirement(index, requirement, language);
  }
}

/**
 * The offline gap analysis: every requirement of the job with the CV's evidence and coverage,
 * the priority-weighted match score, and the gaps ranked CRITICAL first, every sentence in the
 * interview language. Synchronous and fast: the CV is indexed once, then each requirement is a lookup.
 */
export function analyseGapsWith({
  cv,
  job,
  now = new Date(),
  skills,
  language = 'en',
}: AnalyseGapsInput): GapReport {
  const index = buildCvIndex({ cv, now, skills });
  const assessed = withoutRestatedSeniority(job.requirements).map((requirement) => {
    const finding = assessRequirement(index, requirement, job, language);
    const assessment: GapCandidate = {
      requirement,
      evidence: finding.evidence,
      coverage: finding.coverage,
      explanation: finding.explanation,
      gapReason: finding.gapReason || finding.explanation,
      ...(finding.gapReason && finding.groupable ? { groupable: finding.groupable } : {}),
    };
    return assessment;
  });
  return {
    matchScore: matchScore(assessed),
    ...(job.title ? { jobTitle: job.title } : {}),
    requirements: assessed.map(({ gapReason: _reason, groupable: _groupable, ...assessment }) => assessment),
    gaps: rankGaps(assessed, language),
  };
}
