import type { Requirement } from '../../domain/index.js';
import { SENIORITY_KEYWORD } from '../requirements/seniority-ask.js';
import type { SkillLookup } from './skill-lookup.js';

/**
 * The terms to look for in the CV: the requirement's keywords (deduplicated by canonical name),
 * or the skills its text mentions when the extractor gave none.
 */
export function requirementTerms(requirement: Requirement, skills: SkillLookup): string[] {
  const seen = new Set<string>();
  const terms: string[] = [];
  const add = (term: string): void => {
    const key = (skills.canonical(term) ?? term).toLowerCase();
    // The title-level marker is measured in years (seniority-finding.ts), never searched in the CV.
    if (term.trim().length === 0 || term === SENIORITY_KEYWORD || seen.has(key)) return;
    seen.add(key);
    terms.push(term);
  };
  for (const keyword of requirement.keywords) add(keyword);
  if (terms.length === 0) {
    for (const mention of skills.mentions(requirement.text)) add(mention.name);
  }
  return terms;
}

/** The job offers alternatives ("Terraform or Pulumi", "e.g. Kafka, RabbitMQ"): one of them is enough. */
export function acceptsAnyOf(requirement: Requirement): boolean {
  return /\bor\b|\/|\beither\b|\bany\b|\bat least one\b|\bone of\b|\bsuch as\b|\be\.\s?g\.|\blike\b|\boder\b|\bz\.\s?b\./i.test(
    requirement.text,
  );
}
