import type { SkillLookup, SkillMention } from './skill-lookup.js';
import { findTerm, foldText } from './text-match.js';

/** A skill of the small test taxonomy: its canonical name, aliases and related skills. */
export interface TestSkill {
  name: string;
  aliases?: string[];
  related?: string[];
  /** Specific skills that count as evidence of this umbrella skill. */
  members?: string[];
}

/** The small taxonomy the analysis' unit tests use, so they do not depend on the shipped data. */
export const TEST_SKILLS: readonly TestSkill[] = [
  { name: 'Node.js', aliases: ['node', 'nodejs'] },
  { name: 'TypeScript', aliases: ['ts'] },
  { name: 'JavaScript', aliases: ['js'] },
  { name: 'Go', aliases: ['golang'] },
  { name: 'Kubernetes', aliases: ['k8s'], related: ['Docker'] },
  { name: 'Docker', related: ['Kubernetes'] },
  { name: 'PostgreSQL', aliases: ['postgres'] },
  { name: 'MySQL' },
  { name: 'Python' },
  { name: 'Java' },
  { name: 'Redis' },
  { name: 'Amazon Web Services', aliases: ['aws'] },
  { name: 'Terraform' },
];

/** Phrases of the test taxonomy that contain a skill's name but are not the skill. */
export const TEST_NON_SKILL_PHRASES: readonly string[] = ['go-live'];

/** A SkillLookup over a short skill list, matching names and aliases as whole words. */
export function createTestSkillLookup(
  skills: readonly TestSkill[] = TEST_SKILLS,
  nonSkillPhrases: readonly string[] = TEST_NON_SKILL_PHRASES,
): SkillLookup {
  const byForm = new Map<string, TestSkill>();
  for (const skill of skills) {
    for (const form of [skill.name, ...(skill.aliases ?? [])]) byForm.set(foldText(form), skill);
  }
  const nonSkillSpans = (folded: string) => nonSkillPhrases.flatMap((phrase) => findTerm(folded, phrase));
  const mentions = (text: string): SkillMention[] => {
    const folded = foldText(text);
    const blocked = nonSkillSpans(folded);
    const found: SkillMention[] = [];
    for (const [form, skill] of byForm) {
      for (const hit of findTerm(folded, form)) {
        if (blocked.some((span) => hit.start < span.end && span.start < hit.end)) continue;
        found.push({ name: skill.name, ...hit });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
  return {
    canonical: (nameOrAlias) => byForm.get(foldText(nameOrAlias))?.name,
    mentions,
    scan: (text) => ({ mentions: mentions(text), nonSkill: nonSkillSpans(foldText(text)) }),
    related: (name) => byForm.get(foldText(name))?.related ?? [],
    members: (name) => byForm.get(foldText(name))?.members ?? [],
    forms: (name) => {
      const skill = byForm.get(foldText(name));
      return skill ? [skill.name, ...(skill.aliases ?? [])] : [];
    },
  };
}
