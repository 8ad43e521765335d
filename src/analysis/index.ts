/**
 * The analysis step: requirements from the job, evidence from the CV, the match score and the
 * ranked gaps. Offline, deterministic and fast; the LLM engine may replace parts of it.
 *
 * @example
 * const { report } = await analyseDocuments({ cvBytes, jobBytes });
 * console.log(report.matchScore, report.gaps.map((gap) => gap.reason));
 */
import type { CvDocument, GapReport, InterviewLanguage, Job } from '../domain/index.js';
import { readCv, readJob } from '../ingest/index.js';
import { getSkillTaxonomy } from '../taxonomy/index.js';
import { detectInterviewLanguage } from './document-language.js';
import { analyseGapsWith } from './gaps/analyse-gaps.js';
import { createSkillLookup, type SkillLookup } from './gaps/skill-lookup.js';
import { extractRequirements } from './requirements/extract-requirements.js';

export { PRIORITY_WEIGHT } from './gaps/match-score.js';
export { GAP_THRESHOLD, MISSING_THRESHOLD } from './gaps/rank-gaps.js';
export { detectInterviewLanguage, extractRequirements };

let sharedLookup: SkillLookup | undefined;

/** The shipped taxonomy behind the analysis' narrow lookup port, built once per process. */
function skillLookup(): SkillLookup {
  sharedLookup ??= createSkillLookup(getSkillTaxonomy());
  return sharedLookup;
}

/**
 * Analyses a parsed CV against a parsed job: every requirement with its evidence and coverage,
 * the priority-weighted match score (docs/scoring.md) and the gaps, CRITICAL first. Explanations
 * and gap reasons are written in `language` (English by default). Synchronous: safe to call on
 * every request.
 */
export function analyseGaps({
  cv,
  job,
  now,
  language,
}: {
  cv: CvDocument;
  job: Job;
  now?: Date;
  language?: InterviewLanguage;
}): GapReport {
  return analyseGapsWith({
    cv,
    job,
    skills: skillLookup(),
    ...(now ? { now } : {}),
    ...(language ? { language } : {}),
  });
}

/**
 * Reads a CV file and a job file (type detected from the bytes), extracts the job's requirements
 * and analyses the gaps. Throws GapwiseError for unreadable, empty or oversized documents.
 * `language` is the interview language: the one given, else the documents' own; the report's
 * explanations and gap reasons are written in it.
 */
export async function analyseDocuments({
  cvBytes,
  jobBytes,
  now,
  language,
}: {
  cvBytes: Uint8Array;
  jobBytes: Uint8Array;
  now?: Date;
  language?: InterviewLanguage;
}): Promise<{ cv: CvDocument; job: Job; report: GapReport; language: InterviewLanguage }> {
  const [cv, jobText] = await Promise.all([readCv({ bytes: cvBytes }), readJob({ bytes: jobBytes })]);
  const job = extractRequirements({
    jobText: jobText.text,
    ...(jobText.title ? { title: jobText.title } : {}),
    ...(jobText.company ? { company: jobText.company } : {}),
  });
  const chosen = language ?? detectInterviewLanguage({ cvText: cv.plainText, jobText: jobText.text });
  const report = analyseGaps({ cv, job, language: chosen, ...(now ? { now } : {}) });
  return { cv, job, report, language: chosen };
}
