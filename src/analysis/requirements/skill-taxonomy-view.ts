/**
 * The part of the skills taxonomy (`src/taxonomy`) that requirement extraction uses. A narrow
 * view keeps the extractor testable with small hand-made data and says exactly what it relies on.
 */
export interface TaxonomySkillView {
  name: string;
  aliases: readonly string[];
  category: string;
}

/** A skill named in a text, with UTF-16 offsets (`end` exclusive). */
export interface TaxonomyMentionView {
  skill: TaxonomySkillView;
  start: number;
  end: number;
  surface: string;
}

/** Lookup by name or alias, and non-overlapping mentions in text order. */
export interface SkillTaxonomyView {
  get(nameOrAlias: string): TaxonomySkillView | undefined;
  findMentions(text: string): TaxonomyMentionView[];
}
