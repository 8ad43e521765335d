import type { AnswerEvaluation, DeepDive, RubricElement } from '../../domain/index.js';

/** One follow-up question and the rubric element it asks for. */
export type FollowUp = DeepDive['followUps'][number];

/** Follow-ups one deep-dive round asks at most (the deep-dive schema's limit). */
export const MAX_FOLLOW_UPS = 3;

/**
 * What to do with follow-ups written, beside the evaluation, from the offline engine's quick
 * reading of an answer, once the model's evaluation says what is missing:
 * - `used`: they ask about every element the regular deep-dive call would cover;
 * - `adapted`: they miss one of those elements (and cover at least one): the engine writes that
 *   one without a model call, at `written[i] === undefined` for `targets[i]`;
 * - `regenerated`: they miss more; the regular deep-dive call runs.
 */
export type SpeculativeFollowUpPlan =
  | { outcome: 'used'; followUps: FollowUp[] }
  | { outcome: 'adapted'; targets: RubricElement[]; written: Array<FollowUp | undefined> }
  | { outcome: 'regenerated' };

/**
 * Checks speculative follow-ups against the model's evaluation. The targets are what the regular
 * deep-dive call is asked for: the evaluation's first three missing elements, most important
 * first. Follow-ups about anything else are dropped, so the candidate is never asked again for
 * what the model says the answer already has; the kept ones take the evaluation's order.
 */
export function planSpeculativeFollowUps(
  speculative: DeepDive,
  evaluation: Pick<AnswerEvaluation, 'missing'>,
  { maxAdapted = 1 }: { maxAdapted?: number } = {},
): SpeculativeFollowUpPlan {
  const targets = [...new Set(evaluation.missing)].slice(0, MAX_FOLLOW_UPS);
  // Nothing named as missing: the regular call would ask for the weakest element, as the speculation did.
  if (targets.length === 0) return { outcome: 'used', followUps: speculative.followUps };
  const written = targets.map((element) =>
    speculative.followUps.find((followUp) => followUp.element === element),
  );
  const unwritten = written.filter((followUp) => followUp === undefined).length;
  if (unwritten === 0) {
    return { outcome: 'used', followUps: written.filter((followUp) => followUp !== undefined) };
  }
  if (unwritten <= maxAdapted && unwritten < targets.length) return { outcome: 'adapted', targets, written };
  return { outcome: 'regenerated' };
}
