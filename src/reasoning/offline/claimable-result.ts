/**
 * Which of the candidate's sentences may count as a result they achieved: not one they doubt
 * (`maybe 10%? Not sure`), not a plan or hope (`we planned to cut costs by 30%`), and not what
 * someone else did (`the platform team … cut costs by 40%`). Shared by the answer evaluator
 * (impact) and the bullet writer, so neither credits nor writes down what did not happen.
 */

/** A result the candidate doubts. */
const UNSURE =
  /(?<!\p{L})(?:maybe|perhaps|probably|not sure|unsure|i think|i guess|i believe|i suppose|might have|may have|hard to say|no idea|(?:did not|didn'?t|never) measure\p{L}*|vielleicht|wahrscheinlich|nicht sicher|ich glaube|ich schätze|nicht gemessen)(?!\p{L})|\?/iu;

/** Doubt said in the next sentence: `It saved 10%. Not sure, though.` */
const UNSURE_NEXT =
  /^(?:not sure|no idea|hard to say|i'?m not sure|bin (?:mir )?nicht sicher|keine ahnung)(?!\p{L})/iu;

/** A plan, a hope or a cancelled project: nothing that happened. */
const INTENT =
  /(?<!\p{L})(?:plann(?:ed|ing)\s+to|plans?\s+to|wanted\s+to|wants?\s+to|hop(?:e|ed|ing)\s+to|intend(?:ed)?\s+to|tried\s+to|going\s+to|will|would|aim(?:ed)?\s+to|cancell?ed|never\s+(?:shipped|launched|finished)|geplant|wollten?|hoffe|hofften|würden?|abgebrochen)(?!\p{L})/iu;

/** Someone else's deed (`the platform team owned it and they cut costs by 40%`). */
const OTHERS_RESULT =
  /(?<!\p{L})(?:the\s+(?:\p{L}+\s+)?team|they|he|she|someone|others|(?:my|our)\s+(?:manager|lead|colleague|boss)s?)(?!\p{L})[^.;]*?(?<!\p{L})(?:owned|led|ran|did|handled|built|cut|reduced|saved|improved|increased|decreased|lowered)(?!\p{L})/iu;

/** True when `sentence` (followed by `next`) states a result the candidate may claim. */
export function isClaimableResult(sentence: string, next = ''): boolean {
  return !(
    UNSURE.test(sentence) ||
    UNSURE_NEXT.test(next.trim()) ||
    INTENT.test(sentence) ||
    OTHERS_RESULT.test(sentence)
  );
}

/** True when `sentence` describes a plan or hope rather than work done. */
export function isIntent(sentence: string): boolean {
  return INTENT.test(sentence);
}
