import type { SkillCategory } from './skill.js';

/**
 * One skill as the data modules write it, kept compact:
 * `['Kubernetes', 'devops', ['k8s', 'kube'], ['Docker', 'Helm']]`.
 *
 * Aliases may carry a marker that says the form is also an everyday word:
 * - `'?Go'`: ambiguous, level 1: accepted with the exact case written here (not at a sentence start)
 *   or with context evidence (see `ambiguity.ts`).
 * - `'??Spring'`: ambiguous, level 2: accepted only with context evidence; case alone is not enough.
 * A marked alias equal to the canonical name marks the canonical name itself.
 */
export type SkillRow = readonly [
  name: string,
  category: SkillCategory,
  aliases?: readonly string[],
  related?: readonly string[],
];

/** How much evidence a form needs before it counts as a mention. */
export type AmbiguityLevel = 0 | 1 | 2;

/** Splits a marked alias (`'??Spring'`) into its form and its ambiguity level. */
export function parseAliasMarker(raw: string): { form: string; level: AmbiguityLevel } {
  if (raw.startsWith('??')) return { form: raw.slice(2), level: 2 };
  if (raw.startsWith('?')) return { form: raw.slice(1), level: 1 };
  return { form: raw, level: 0 };
}
