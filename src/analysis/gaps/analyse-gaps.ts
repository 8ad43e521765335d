import type { CvDocument, GapReport, Job, Requirement, RequirementAssessment } from '../../domain/index.js';
import { assessCertificateRequirement } from './certificate-finding.js';
import { buildCvIndex, type CvIndex } from './cv-index.js';
import { assessEducationRequirement } from './education-finding.js';
import { assessLanguageRequirement } from './language-finding.js';
import { matchScore } from './match-score.js';
import { rankGaps } from './rank-gaps.js';
import type { RequirementFinding } from './requirement-finding.js';
import { assessSkillRequirement } from './skill-finding.js';
import type { SkillLookup } from './skill-lookup.js';

/** Input of the offline gap analysis. */
export interface AnalyseGapsInput {
  cv: CvDocument;
  job: Job;
  /** What counts as "recent" and where open date ranges end; injectable for tests. */
  now?: Date;
  skills: SkillLookup;
}

function assessRequirement(index: CvIndex, requirement: Requirement): RequirementFinding {
  switch (requirement.kind) {
    case 'education':
      return assessEducationRequirement(index, requirement);
    case 'certification':
      return assessCertificateRequirement(index, requirement);
    case 'language':
      return assessLanguageRequirement(index, requirement);
    default:
      return assessSkillRequirement(index, requirement);
  }
}

/**
 * The offline gap analysis: every requirement of the job with the CV's evidence and coverage,
 * the priority-weighted match score, and the gaps ranked CRITICAL first. Synchronous and fast:
 * the CV is indexed once, then each requirement is a lookup.
 */
export function analyseGapsWith({ cv, job, now = new Date(), skills }: AnalyseGapsInput): GapReport {
  const index = buildCvIndex({ cv, now, skills });
  const assessed = job.requirements.map((requirement) => {
    const finding = assessRequirement(index, requirement);
    const assessment: RequirementAssessment & { gapReason: string } = {
      requirement,
      evidence: finding.evidence,
      coverage: finding.coverage,
      explanation: finding.explanation,
      gapReason: finding.gapReason || finding.explanation,
    };
    return assessment;
  });
  return {
    matchScore: matchScore(assessed),
    ...(job.title ? { jobTitle: job.title } : {}),
    requirements: assessed.map(({ gapReason: _unused, ...assessment }) => assessment),
    gaps: rankGaps(assessed),
  };
}
