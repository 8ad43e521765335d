/** The steps the LLM engine may start while an answer is still being evaluated. */
export type SpeculativeStep = 'generate-bullet' | 'deep-dive';

/**
 * What became of one speculative call: `started`, then one of `used` (taken as written),
 * `adapted` (a follow-up completed without a model call), `regenerated` (it disagreed with the
 * evaluation: the regular call ran), `failed` (the regular call ran) or `discarded` (the
 * evaluation sent the answer elsewhere). A speculation nobody asks for again just ages out.
 */
export type SpeculationOutcome = 'started' | 'used' | 'adapted' | 'regenerated' | 'failed' | 'discarded';

/** One speculation event, for metrics and benchmarks (no CV text or answers in it). */
export interface SpeculationEvent {
  step: SpeculativeStep;
  outcome: SpeculationOutcome;
  sessionId: string;
}

/** Told about every speculative call the LLM engine starts and what became of it. */
export type SpeculationListener = (event: SpeculationEvent) => void;
