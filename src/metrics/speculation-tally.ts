/** The steps the LLM engine may start speculatively, beside the evaluation of an answer. */
export const SPECULATIVE_STEPS = ['generate-bullet', 'deep-dive'] as const;

/** What the LLM engine reports about a speculative call: `started`, then how it settled. */
export const SPECULATION_OUTCOMES = [
  'started',
  'used',
  'adapted',
  'regenerated',
  'failed',
  'discarded',
] as const;

/** A step the LLM engine may start speculatively (the same names as the engine's `SpeculativeStep`). */
export type SpeculativeStep = (typeof SPECULATIVE_STEPS)[number];

/**
 * `started` when a speculative call begins; then `used` (taken as written), `adapted` (completed
 * without another model call), `regenerated` or `failed` (the regular call ran anyway) or
 * `discarded` (the evaluation sent the answer elsewhere).
 */
export type SpeculationOutcome = (typeof SPECULATION_OUTCOMES)[number];

/** Length of the flat counter array a time slot keeps: one counter per step and outcome. */
export const SPECULATION_COUNTERS = SPECULATIVE_STEPS.length * SPECULATION_OUTCOMES.length;

const STEP_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  SPECULATIVE_STEPS.map((step, index) => [step, index]),
);
const OUTCOME_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  SPECULATION_OUTCOMES.map((outcome, index) => [outcome, index]),
);

/**
 * Where a step + outcome is counted in a slot's speculation array; `undefined` for a name the
 * collector does not know (a listener must never throw into the engine, so it is ignored).
 */
export function speculationIndex(step: string, outcome: string): number | undefined {
  const stepIndex = Object.hasOwn(STEP_INDEX, step) ? STEP_INDEX[step] : undefined;
  const outcomeIndex = Object.hasOwn(OUTCOME_INDEX, outcome) ? OUTCOME_INDEX[outcome] : undefined;
  if (stepIndex === undefined || outcomeIndex === undefined) return undefined;
  return stepIndex * SPECULATION_OUTCOMES.length + outcomeIndex;
}
