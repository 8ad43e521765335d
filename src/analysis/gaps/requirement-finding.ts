import type { Evidence } from '../../domain/index.js';

/** What the evidence search concluded for one requirement, before it becomes part of the report. */
export interface RequirementFinding {
  /** 0..1, rounded to two decimals. */
  coverage: number;
  /** Best first. */
  evidence: Evidence[];
  /** Why this coverage, in one or two sentences a candidate understands. */
  explanation: string;
  /** One sentence on why this is a gap, used when the coverage is below the gap threshold. */
  gapReason: string;
}

/** Clamps to 0..1 and rounds to two decimals so reports and JSON stay readable. */
export function roundCoverage(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
