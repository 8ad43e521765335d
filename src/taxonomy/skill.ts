/** The broad kind of a skill; lets callers treat, say, spoken languages or soft skills apart. */
export type SkillCategory =
  | 'language'
  | 'framework'
  | 'library'
  | 'database'
  | 'cloud'
  | 'devops'
  | 'tool'
  | 'data'
  | 'ml'
  | 'design'
  | 'product'
  | 'business'
  | 'methodology'
  | 'soft-skill'
  | 'certification'
  | 'spoken-language'
  | 'domain'
  | 'security'
  | 'mobile'
  | 'testing'
  | 'other';

/** Every category, in a stable order (for reports and tests). */
export const SKILL_CATEGORIES: readonly SkillCategory[] = [
  'language',
  'framework',
  'library',
  'database',
  'cloud',
  'devops',
  'tool',
  'data',
  'ml',
  'design',
  'product',
  'business',
  'methodology',
  'soft-skill',
  'certification',
  'spoken-language',
  'domain',
  'security',
  'mobile',
  'testing',
  'other',
];

/** One canonical skill of the curated taxonomy. */
export interface Skill {
  /** Canonical display name (`Kubernetes`, `PostgreSQL`). */
  name: string;
  /** Other names and spellings that mean this skill (`k8s`, `Postgres`). */
  aliases: readonly string[];
  category: SkillCategory;
  /** Canonical names of neighbouring skills that count as partial evidence (symmetric). */
  related: readonly string[];
}

/** A place in a text where a skill is named. Offsets are UTF-16 indices into the text, `end` exclusive. */
export interface SkillMention {
  skill: Skill;
  start: number;
  end: number;
  /** The text as written (`k8s`, `Node.js`). */
  surface: string;
}

/** A stretch of text: UTF-16 offsets, `end` exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What one pass over a text finds: skill mentions, and phrases that only look like skills. */
export interface SkillScan {
  mentions: SkillMention[];
  /** Where a blocker phrase stands ("go-live", "communication between"): no skill is named there. */
  nonSkill: TextSpan[];
}

/** Read access to the curated skills taxonomy. */
export interface SkillTaxonomy {
  /** Number of canonical skills. */
  readonly size: number;
  /** Looks a skill up by canonical name or alias; case-insensitive, tolerant of punctuation and spacing. */
  get(nameOrAlias: string): Skill | undefined;
  /** All non-overlapping mentions in `text`, longest match first, in text order. */
  findMentions(text: string): SkillMention[];
  /** Mentions and non-skill phrases in one pass, for callers that also match names literally. */
  scan(text: string): SkillScan;
  /** Neighbouring skills that count as partial evidence (the relation is symmetric). */
  related(name: string): Skill[];
  /**
   * Specific skills that count as evidence of an umbrella skill (`Relational Databases` → MySQL,
   * PostgreSQL…). One way only: the umbrella is not evidence of a member. Empty for other skills.
   */
  members(name: string): Skill[];
  /** Every canonical skill. */
  all(): readonly Skill[];
}
