import { LANGUAGE_NAMES } from '../../domain/index.js';
import type { ReportFormatter } from './report-format.js';
import { bar, percent, reportTitle, requirementLabel, scoreVerdict, wrap } from './report-text.js';

const PRIORITY_WIDTH = 13;
const COVERAGE_WIDTH = 6;
const DEFAULT_WIDTH = 100;

/**
 * The terminal report: score with a bar, every requirement with its priority, coverage and the
 * reason (quoting the CV), then the gaps, most important first. Plain text, no colours, so it
 * reads the same when piped to a file.
 */
export const formatTable: ReportFormatter = (report, { company, width = DEFAULT_WIDTH, language }) => {
  const lineWidth = Math.max(60, Math.min(width, 140));
  const indent = ' '.repeat(PRIORITY_WIDTH + COVERAGE_WIDTH);
  const textWidth = lineWidth - indent.length;
  const lines: string[] = [];

  lines.push(`Gap report: ${reportTitle(report, company)}`);
  lines.push(
    `Match score  ${report.matchScore}/100  ${bar(report.matchScore / 100, 20)}  ${scoreVerdict(report.matchScore)}`,
  );
  if (language) lines.push(`Interview in  ${LANGUAGE_NAMES[language]}`);
  lines.push('');
  lines.push(`REQUIREMENTS (${report.requirements.length})`);
  lines.push(`${'PRIORITY'.padEnd(PRIORITY_WIDTH)}${'COVER'.padEnd(COVERAGE_WIDTH)}REQUIREMENT / EVIDENCE`);
  for (const assessment of report.requirements) {
    const [first, ...rest] = wrap(requirementLabel(assessment.requirement, report), textWidth);
    lines.push(
      `${assessment.requirement.priority.padEnd(PRIORITY_WIDTH)}${percent(assessment.coverage).padEnd(COVERAGE_WIDTH)}${first}`,
    );
    for (const line of rest) lines.push(`${indent}${line}`);
    for (const line of wrap(`↳ ${assessment.explanation}`, textWidth)) lines.push(`${indent}${line}`);
  }
  lines.push('');
  if (report.requirements.length === 0) {
    lines.push('No requirements were found in the job description, so there is nothing to compare.');
  } else if (report.gaps.length === 0) {
    lines.push('GAPS: none. Every requirement has evidence in your CV.');
  } else {
    lines.push(`GAPS (${report.gaps.length}), most important first`);
    report.gaps.forEach((gap, position) => {
      const number = `${position + 1}.`.padEnd(4);
      const head = `${number}${gap.requirement.priority.padEnd(PRIORITY_WIDTH)}${gap.status.padEnd(8)}`;
      const [first, ...rest] = wrap(requirementLabel(gap.requirement, report), lineWidth - head.length);
      lines.push(`${head}${first}`);
      const gapIndent = ' '.repeat(head.length);
      for (const line of rest) lines.push(`${gapIndent}${line}`);
      for (const line of wrap(gap.reason, lineWidth - head.length)) lines.push(`${gapIndent}${line}`);
    });
  }
  return `${lines.join('\n')}\n`;
};
