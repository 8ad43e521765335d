import type { ReportFormatter } from './report-format.js';

/** The GapReport as JSON (GapReportSchema in src/domain), for programs. */
export const formatJson: ReportFormatter = (report) => `${JSON.stringify(report, null, 2)}\n`;
