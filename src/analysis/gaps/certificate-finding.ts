import type { Evidence, InterviewLanguage, Requirement } from '../../domain/index.js';
import { CERTIFICATE_REASON_PHRASES } from './certificate-reason-phrases.js';
import type { CvIndex } from './cv-index.js';
import { listWords } from './describe-evidence.js';
import { STRENGTH_SCORE } from './evidence-strength.js';
import { quoteAround } from './quote.js';
import { type RequirementFinding, roundCoverage } from './requirement-finding.js';
import { requirementTerms } from './requirement-terms.js';
import { assessSkillRequirement } from './skill-finding.js';
import { findTerm } from './text-match.js';

/** Without the certificate, showing the skill itself earns this share of the requirement. */
const SKILL_WITHOUT_CERTIFICATE_SHARE = 0.5;

/**
 * Coverage of a certification requirement: a certificate naming it counts fully; one in the same
 * skill area (an AWS certificate for "AWS Solutions Architect") counts moderately; the skill
 * without any certificate counts for part.
 */
export function assessCertificateRequirement(
  index: CvIndex,
  requirement: Requirement,
  language: InterviewLanguage = 'en',
): RequirementFinding {
  const say = CERTIFICATE_REASON_PHRASES[language];
  const terms = requirementTerms(requirement, index.skills);
  const requiredSkills = new Set(index.skills.mentions(requirement.text).map((mention) => mention.name));
  for (const term of terms) requiredSkills.add(index.skills.canonical(term) ?? term);
  const certificatePassages = [
    ...index.passages.filter((passage) => passage.section === 'certificates'),
    ...index.plainPassages().filter((passage) => /certif|zertifi|licen[cs]e/i.test(passage.text)),
  ];

  let best: Evidence | undefined;
  for (const passage of certificatePassages) {
    const exact = terms.map((term) => findTerm(passage.folded, term)[0]).find((hit) => hit !== undefined);
    const sameArea = passage.mentions.find((mention) => requiredSkills.has(mention.name));
    const hit = exact ?? sameArea;
    if (!hit) continue;
    const strength = exact ? 'strong' : 'moderate';
    const score = STRENGTH_SCORE[strength];
    if (best && best.score >= score) continue;
    best = {
      requirementId: requirement.id,
      section: passage.section,
      ...(passage.entryIndex !== undefined ? { entryIndex: passage.entryIndex } : {}),
      ...(passage.entryName ? { entryName: passage.entryName } : {}),
      quote: quoteAround(passage.text, hit.start, hit.end),
      matched: exact ? (terms[0] ?? 'certificate') : (sameArea?.name ?? 'certificate'),
      strength,
      score,
    };
  }
  const label = terms.length > 0 ? listWords(terms, 'or', language) : undefined;
  if (best?.strength === 'strong') {
    return {
      coverage: 1,
      evidence: [best],
      explanation: say.listed(best.quote),
      gapReason: '',
    };
  }
  const skill = assessSkillRequirement(index, requirement, language);
  const skillCoverage = skill.coverage * SKILL_WITHOUT_CERTIFICATE_SHARE;
  if (best && best.score >= skillCoverage) {
    return {
      coverage: roundCoverage(best.score),
      evidence: [best],
      explanation: say.relatedListed(best.quote, label),
      gapReason: say.relatedListedReason(label),
    };
  }
  if (skillCoverage > 0) {
    return {
      coverage: roundCoverage(skillCoverage),
      evidence: skill.evidence,
      explanation: say.skillWithoutCertificate(label, skill.explanation),
      gapReason: say.skillWithoutCertificateReason(label),
    };
  }
  return {
    coverage: 0,
    evidence: [],
    explanation: say.none(label),
    gapReason: say.none(label),
  };
}
