import type { GapReport, InterviewLanguage } from '../../domain/index.js';

/** The output formats of `gapwise analyze`. */
export const REPORT_FORMATS = ['table', 'markdown', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What a formatter may show beside the report itself. */
export interface ReportContext {
  company?: string;
  /** Terminal width for wrapping (table only). */
  width?: number;
  /** The language an interview on these documents would be held in. */
  language?: InterviewLanguage;
}

/** Turns a gap report into text for one audience (a terminal, a Markdown reader, a program). */
export type ReportFormatter = (report: GapReport, context: ReportContext) => string;
