import { getSkillTaxonomy } from '../../taxonomy/index.js';
import type { Skill } from '../../taxonomy/skill.js';
import { hasPhrase } from './text-tools.js';

/** The taxonomy entry for a requirement keyword, when the taxonomy knows it. */
export function skillFor(keyword: string): Skill | undefined {
  return getSkillTaxonomy().get(keyword);
}

/** A keyword with every name it goes by (canonical name first, then aliases). */
export function namesFor(keyword: string): string[] {
  const skill = skillFor(keyword);
  const names = [keyword, ...(skill ? [skill.name, ...skill.aliases] : [])].map((name) =>
    name.replace(/^\?+/, ''),
  );
  return [...new Set(names)];
}

/** Canonical names of the skills mentioned in `text`, each with the surface first seen. */
export function skillsMentioned(text: string): Map<string, { surface: string; skill: Skill }> {
  const found = new Map<string, { surface: string; skill: Skill }>();
  for (const mention of getSkillTaxonomy().findMentions(text)) {
    if (!found.has(mention.skill.name))
      found.set(mention.skill.name, { surface: mention.surface, skill: mention.skill });
  }
  return found;
}

/** True when `text` names the keyword, by canonical name or alias (`k8s` counts for Kubernetes). */
export function mentionsKeyword(text: string, keyword: string): boolean {
  const canonical = skillFor(keyword)?.name ?? keyword;
  if (skillsMentioned(text).has(canonical)) return true;
  return namesFor(keyword).some((name) => name.length > 1 && hasPhrase(text, name));
}

/** Canonical names of the taxonomy's neighbours of `keyword` (partial evidence). */
export function relatedNames(keyword: string): string[] {
  const canonical = skillFor(keyword)?.name ?? keyword;
  return getSkillTaxonomy()
    .related(canonical)
    .map((skill) => skill.name);
}

/** The category of a keyword's skill (`soft-skill`, `spoken-language`…), when known. */
export function categoryOf(keyword: string): Skill['category'] | undefined {
  return skillFor(keyword)?.category;
}

// Categories whose neighbours are siblings, not members: Kotlin is no evidence of Java.
const NARROW_CATEGORIES = new Set(['language', 'framework', 'library', 'spoken-language', 'certification']);

/**
 * True for an umbrella term (`Relational Databases`, `Cloud Computing`, `Message Queues`): a
 * skill whose plain-word alias is the name itself, so a specific neighbour (MySQL, AWS, RabbitMQ)
 * is an instance of it rather than a sibling.
 */
export function isUmbrellaSkill(keyword: string): boolean {
  const skill = skillFor(keyword);
  if (!skill || NARROW_CATEGORIES.has(skill.category)) return false;
  const name = skill.name.toLowerCase();
  return skill.aliases.some((raw) => {
    const alias = raw.replace(/^\?+/, '');
    return (
      alias.length >= 4 &&
      alias === alias.toLowerCase() &&
      (name.startsWith(alias) || alias.startsWith(name.replace(/s$/, '')))
    );
  });
}

/** The keyword by name or alias, or — for an umbrella term — one of its specific neighbours. */
export function evidencesKeyword(text: string, keyword: string): boolean {
  if (mentionsKeyword(text, keyword)) return true;
  return (
    isUmbrellaSkill(keyword) &&
    relatedNames(keyword).some((name) => !isUmbrellaSkill(name) && mentionsKeyword(text, name))
  );
}

/**
 * The keyword's neighbours, plus the members of a neighbouring umbrella term: AWS Lambda →
 * Serverless → Google Cloud Functions, Azure Functions. Siblings count as partial evidence.
 */
export function neighbourNames(keyword: string): string[] {
  const canonical = skillFor(keyword)?.name ?? keyword;
  const direct = relatedNames(canonical);
  const viaUmbrella = direct.filter(isUmbrellaSkill).flatMap(relatedNames);
  return [...new Set([...direct, ...viaUmbrella])].filter((name) => name !== canonical);
}
