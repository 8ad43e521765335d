import type { GapReport } from '../../domain/index.js';
import { formatJson } from './json-format.js';
import { formatMarkdown } from './markdown-format.js';
import type { ReportContext, ReportFormat, ReportFormatter } from './report-format.js';
import { formatTable } from './table-format.js';

const FORMATTERS: Record<ReportFormat, ReportFormatter> = {
  table: formatTable,
  markdown: formatMarkdown,
  json: formatJson,
};

/** Renders a gap report in the chosen format. */
export function formatReport(report: GapReport, format: ReportFormat, context: ReportContext = {}): string {
  return FORMATTERS[format](report, context);
}

export { REPORT_FORMATS, type ReportContext, type ReportFormat } from './report-format.js';
