/**
 * The slice of the skills taxonomy the gap analysis needs. Kept as a narrow local port so the
 * analysis can be tested with a tiny hand-written taxonomy and does not depend on how the
 * shipped taxonomy stores its data.
 */
export interface SkillLookup {
  /** The canonical name for a name or alias (`k8s` → `Kubernetes`), or undefined when unknown. */
  canonical(nameOrAlias: string): string | undefined;
  /** Every skill mentioned in `text`, with character offsets of the surface form. */
  mentions(text: string): SkillMention[];
  /**
   * Mentions, and where a phrase only looks like a skill ("go-live" is not Go, "communication
   * between services" not the soft skill): literal name matches there are not evidence.
   */
  scan(text: string): { mentions: SkillMention[]; nonSkill: { start: number; end: number }[] };
  /** Canonical names of skills related to `name` (partial evidence: serverless ↔ AWS Lambda). */
  related(name: string): string[];
  /**
   * Specific skills whose mention is evidence of the umbrella `name` (MySQL → Relational
   * Databases); one way only. Optional: lookups without families have none.
   */
  members?(name: string): string[];
  /** The canonical name and every alias of a skill (`Amazon Web Services`, `AWS`…); empty when unknown. */
  forms(name: string): string[];
}

/** One skill mention in a piece of text. */
export interface SkillMention {
  /** Canonical skill name. */
  name: string;
  start: number;
  end: number;
}

/** The shape of the project's taxonomy (`src/taxonomy`), as far as this adapter relies on it. */
export interface SkillTaxonomyLike {
  get(nameOrAlias: string): { name: string; aliases?: readonly string[] } | undefined;
  findMentions(text: string): { skill: { name: string }; start: number; end: number }[];
  scan(text: string): {
    mentions: { skill: { name: string }; start: number; end: number }[];
    nonSkill: { start: number; end: number }[];
  };
  related(name: string): { name: string }[];
  members?(name: string): { name: string }[];
}

/** Adapts the project's taxonomy to the port the analysis uses. */
export function createSkillLookup(taxonomy: SkillTaxonomyLike): SkillLookup {
  return {
    canonical: (nameOrAlias) => taxonomy.get(nameOrAlias)?.name,
    mentions: (text) =>
      taxonomy.findMentions(text).map((mention) => ({
        name: mention.skill.name,
        start: mention.start,
        end: mention.end,
      })),
    scan: (text) => {
      const { mentions, nonSkill } = taxonomy.scan(text);
      return {
        mentions: mentions.map((mention) => ({
          name: mention.skill.name,
          start: mention.start,
          end: mention.end,
        })),
        nonSkill,
      };
    },
    related: (name) => taxonomy.related(name).map((skill) => skill.name),
    members: (name) => (taxonomy.members?.(name) ?? []).map((skill) => skill.name),
    forms: (name) => {
      const skill = taxonomy.get(name);
      return skill ? [skill.name, ...(skill.aliases ?? [])] : [];
    },
  };
}
