/**
 * The curated skills taxonomy: canonical skills, their aliases and spellings, related-skill links,
 * and a fast mention finder for CV and job text.
 *
 * @example
 * const taxonomy = getSkillTaxonomy();
 * taxonomy.get('k8s')?.name; // 'Kubernetes'
 * taxonomy.findMentions('Node.js and Postgres on AWS').map((m) => m.skill.name);
 * // ['Node.js', 'PostgreSQL', 'Amazon Web Services']
 */
import { NON_SKILL_PHRASES, SKILL_ROWS } from './data/index.js';
import type { SkillTaxonomy } from './skill.js';
import { SKILL_FAMILIES } from './skill-families.js';
import { buildSkillTaxonomy } from './skill-taxonomy.js';

export type { Skill, SkillCategory, SkillMention, SkillScan, SkillTaxonomy, TextSpan } from './skill.js';
export { SKILL_CATEGORIES } from './skill.js';

let shared: SkillTaxonomy | undefined;

/** The shipped taxonomy, built on first use and shared afterwards. */
export function getSkillTaxonomy(): SkillTaxonomy {
  shared ??= buildSkillTaxonomy(SKILL_ROWS, NON_SKILL_PHRASES, SKILL_FAMILIES).taxonomy;
  return shared;
}
