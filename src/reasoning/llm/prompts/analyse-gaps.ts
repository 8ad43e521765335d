import { z } from 'zod';
import type { GapReport } from '../../../domain/index.js';
import { delimitData } from './data-delimiting.js';
import { nonEmptyText } from './model-schema-parts.js';
import type { PromptDefinition } from './prompt-definition.js';
import { requirementLine } from './session-context.js';
import { SHARED_INSTRUCTIONS } from './shared-instructions.js';

/** What the model returns: plainer explanations; the numbers stay the offline engine's. */
export const GapExplanationsSchema = z.object({
  requirements: z.array(z.object({ requirementId: z.string(), explanation: nonEmptyText })),
  gaps: z.array(z.object({ gapId: z.string(), reason: nonEmptyText })),
});
export type GapExplanations = z.infer<typeof GapExplanationsSchema>;

/** Variables of the gap-explanation step: the deterministic report to explain. */
export interface AnalyseGapsVars {
  report: GapReport;
}

/**
 * Re-words the deterministic gap report's explanations for the candidate. Evidence, coverage and
 * the match score stay the offline analysis's own: they are reproducible and quote the CV.
 */
export const analyseGapsPrompt: PromptDefinition<AnalyseGapsVars, GapExplanations> = {
  id: 'analyse-gaps',
  version: 2,
  temperature: 0,
  schema: GapExplanationsSchema,
  system: SHARED_INSTRUCTIONS,
  instruction: `# This step

Explain a gap report to the candidate. A deterministic analysis has already matched every requirement of the job against the CV: it found quoted evidence, a coverage between 0 and 1, and the gaps (requirements with missing or weak evidence). You do not change those numbers. You write:

- for every requirement, one sentence (at most 25 words) that says what the CV shows for it and, when coverage is below 1, what is missing. Name the CV entry (employer, project) when evidence comes from one.
- for every gap, one sentence (at most 25 words) that says why it is a gap in terms the candidate understands ("Go is never mentioned", "the CV shows 3 years of Go, the job asks for 5", "Kubernetes appears only in the skills list, without a project").

Rules for this step: use only the evidence listed and the CV; never claim evidence that is not there; never promise the candidate will get the job; keep requirement and gap ids exactly as given; return one entry per requirement and one per gap, in the order given.

Example: requirement "req-2 [CRITICAL, skill] Experience with AWS Lambda" with weak evidence "Deployed services to AWS" at Acme and coverage 0.3 → explanation: "Your Acme work mentions AWS, but not Lambda or any serverless platform." Gap reason: "AWS appears, but serverless work with Lambda is not shown."

Now write the explanations for the gap report below.`,
  render: ({ report }) => {
    const requirements = report.requirements.map((assessment) => {
      const evidence = assessment.evidence
        .map(
          (item) =>
            `  - ${item.strength} in ${item.section}${item.entryName ? ` (${item.entryName})` : ''}: "${item.quote}"`,
        )
        .join('\n');
      return `${requirementLine(assessment.requirement)}\n  coverage: ${assessment.coverage.toFixed(2)}\n${evidence || '  - no evidence'}`;
    });
    const gaps = report.gaps.map((gap) => `${gap.id} (${gap.status})`).join(', ') || 'none';
    return [
      delimitData('gap', `Requirements with evidence:\n${requirements.join('\n')}\n\nGaps: ${gaps}`),
    ].join('\n\n');
  },
};
