import type { Job } from '../../domain/index.js';
import { getSkillTaxonomy } from '../../taxonomy/index.js';
import { type ExtractRequirementsInput, extractRequirementsWith } from './requirement-extractor.js';

export type { ExtractRequirementsInput } from './requirement-extractor.js';

/**
 * Extracts a job's requirements offline: each with a kind (skill, experience, education,
 * certification, language, soft-skill), a priority read from the job's own structure and cues
 * (strict or plain requirement headings, Nice to have / Responsibilities sections, the place in a
 * list, words such as "must", "5+ years", "a plus", repetition and the job title), canonical keywords
 * from the skills taxonomy (or short normalised terms), and minimum years where stated.
 * Boilerplate (company blurb, benefits, salary, EEO, how to apply), working conditions (travel,
 * relocation, shifts) and the company describing itself are never requirements.
 * Synchronous and fast (well under 5 ms for a one-page job).
 *
 * Keywords of one requirement are alternatives ("React, Vue or Angular", "ORM (JPA, Hibernate)"):
 * any one of them meets it. A list of separate asks ("Python, Docker and AWS") becomes one
 * requirement per skill, so the gap list names exactly what is missing and each gap gets its own
 * question. Experience and education requirements keep all the terms they are about.
 *
 * @example
 * const job = extractRequirements({ jobText: '## Requirements\n- 5+ years of Go\n## Nice to have\n- Kafka' });
 * job.requirements.map((r) => [r.priority, r.kind, r.keywords, r.minYears]);
 * // [['CRITICAL', 'experience', ['Go'], 5], ['NICE_TO_HAVE', 'skill', ['Apache Kafka'], undefined]]
 */
export function extractRequirements(input: ExtractRequirementsInput): Job {
  return extractRequirementsWith(getSkillTaxonomy(), input);
}
