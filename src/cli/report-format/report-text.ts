import type { Evidence, GapReport, Requirement, RequirementAssessment } from '../../domain/index.js';

/** Coverage as a whole percentage: `0.35` → `35%`. */
export function percent(coverage: number): string {
  return `${Math.round(coverage * 100)}%`;
}

/** A bar of `width` cells filled in proportion to `share` (0..1). */
export function bar(share: number, width: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, share)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** The heading line: job title and company when known. */
export function reportTitle(report: GapReport, company: string | undefined): string {
  const title = report.jobTitle?.trim() || 'the job';
  return company?.trim() ? `${title} — ${company.trim()}` : title;
}

/** The best supporting (non-negative) evidence of a requirement, if any. */
export function bestEvidence(assessment: RequirementAssessment): Evidence | undefined {
  return assessment.evidence.find((evidence) => evidence.strength !== 'negative');
}

/**
 * The requirement as the job wrote it; when the extractor split one sentence into several
 * requirements (one per skill), the keywords tell the rows apart.
 */
export function requirementLabel(requirement: Requirement, report: GapReport): string {
  const shared =
    report.requirements.filter((other) => other.requirement.text === requirement.text).length > 1;
  return shared && requirement.keywords.length > 0
    ? `${requirement.text} [${requirement.keywords.join(', ')}]`
    : requirement.text;
}

/** A one-line summary of the score for humans. */
export function scoreVerdict(score: number): string {
  if (score >= 75) return 'strong match';
  if (score >= 55) return 'good match with some gaps';
  if (score >= 35) return 'partial match';
  return 'weak match';
}

/** Greedy word wrap; words longer than the width are left whole. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part.length > 0)) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line.length > 0 ? `${line} ${word}` : word;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines.length > 0 ? lines : [''];
}
