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
  /** Set when `gapReason` is a sentence a grouped gap can say once for all its skills. */
  groupable?: GroupableReason;
}

/**
 * A gap reason that says the same thing of a list of skills ("SQL and Hibernate are not mentioned
 * anywhere in your CV"), kept as data so gaps of one job sentence can share one sentence in any
 * language. `key` keeps apart reasons that differ in more than the skill (the related skill named).
 */
export interface GroupableReason {
  sentence: 'not-mentioned' | 'skills-list-only' | 'related-only';
  key: string;
  labels: string[];
}

/** Clamps to 0..1 and rounds to two decimals so reports and JSON stay readable. */
export function roundCoverage(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
