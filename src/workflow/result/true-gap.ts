import type { Requirement, TrueGapAdvice } from '../../domain/index.js';

/** A requirement the candidate has no experience with, and the honest advice for it. */
export interface TrueGap {
  gapId: string;
  requirement: Requirement;
  advice: TrueGapAdvice;
}
