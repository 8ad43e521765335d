import type { ReportFormatter } from './report-format.js';

/** The GapReport as JSON (GapReportSchema in src/domain), for programs, with the interview language. */
export const formatJson: ReportFormatter = (report, { language }) =>
  `${JSON.stringify(language ? { ...report, language } : report, null, 2)}\n`;
