/** Thresholds and budgets of the interview (DESIGN.md §3), plus the session's time to live. */
export interface WorkflowConfig {
  /** Seconds a session lives without being extended. */
  ttlSeconds: number;
  /** Answer score (0–10) at which a bullet is written instead of asking follow-ups. */
  answerThreshold: number;
  /** Follow-up rounds per question before a bullet is written from what was said. */
  maxDeepDiveRounds: number;
  /** Bullet review score (0–10) that passes. */
  bulletThreshold: number;
  /** Refinements of a bullet after its first draft. */
  maxRefinements: number;
  /** Questions per session: one per gap, most important gaps first. */
  maxQuestions: number;
}

/** The defaults of DESIGN.md §3. */
export const DEFAULT_WORKFLOW_CONFIG: WorkflowConfig = {
  ttlSeconds: 3600,
  answerThreshold: 7,
  maxDeepDiveRounds: 2,
  bulletThreshold: 8,
  maxRefinements: 3,
  maxQuestions: 10,
};
