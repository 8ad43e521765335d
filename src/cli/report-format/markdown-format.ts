import { LANGUAGE_NAMES } from '../../domain/index.js';
import type { ReportFormatter } from './report-format.js';
import { bestEvidence, percent, reportTitle, requirementLabel, scoreVerdict } from './report-text.js';

/** Keeps a cell on one line and stops `|` from breaking the table. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** The report as Markdown, for sharing: score, a requirements table with quotes, the gaps as a list. */
export const formatMarkdown: ReportFormatter = (report, { company, language }) => {
  const lines: string[] = [];
  lines.push(`# Gap report: ${reportTitle(report, company)}`, '');
  lines.push(`**Match score: ${report.matchScore}/100** (${scoreVerdict(report.matchScore)})`, '');
  if (language) lines.push(`Interview language: ${LANGUAGE_NAMES[language]}`, '');
  lines.push('## Requirements', '');
  lines.push('| Priority | Requirement | Coverage | Evidence from the CV | Why |');
  lines.push('|---|---|---|---|---|');
  for (const assessment of report.requirements) {
    const evidence = bestEvidence(assessment);
    const quote = evidence ? `“${cell(evidence.quote)}”` : '—';
    lines.push(
      `| ${assessment.requirement.priority} | ${cell(requirementLabel(assessment.requirement, report))} | ${percent(assessment.coverage)} | ${quote} | ${cell(assessment.explanation)} |`,
    );
  }
  lines.push('', '## Gaps', '');
  if (report.requirements.length === 0) {
    lines.push('No requirements were found in the job description, so there is nothing to compare.');
  } else if (report.gaps.length === 0) {
    lines.push('None: every requirement has evidence in the CV.');
  } else {
    report.gaps.forEach((gap, position) => {
      lines.push(
        `${position + 1}. **${gap.requirement.priority}** — ${cell(requirementLabel(gap.requirement, report))} (${gap.status}, ${percent(gap.coverage)}): ${cell(gap.reason)}`,
      );
    });
  }
  return `${lines.join('\n')}\n`;
};
