import type { AnswerTurn } from '../../domain/index.js';
import { isConnectingWord, splitSentences } from './text-tools.js';

// Time and amount words that end an object phrase (`the job last year`, `Lambda a bit`).
const TRAILING_FILLER =
  /^(?:bit|little|lot|last|this|next|once|twice|sometimes|recently|before|there|year|month|week|ago)$/i;
const OBJECT_STOP =
  /^(?:in|on|with|using|for|at|by|to|from|and|that|which|because|so|but|when|while|where|as|across|via|into|over|under|after|before|during|through|within|since|until|it|they)$/i;

/**
 * A short phrase from the candidate's own answer that a follow-up can point back to: the object
 * of their first "I built …" / "we migrated …" (`the image pipeline`), or undefined.
 */
export function answerHook(answers: readonly AnswerTurn[]): string | undefined {
  for (const sentence of answers.flatMap((turn) => splitSentences(turn.answer))) {
    const match =
      /\b(?:I|we)(?:'ve|\s+have)?\s+(?:also\s+|then\s+|personally\s+)?(?:built|created|designed|wrote|developed|migrated|set\s+up|ran|led|made|implemented|worked\s+on|maintained|deployed|automated|launched|shipped|introduced|owned|managed)\s+(?:and\s+[a-z]+\s+)?(.+)/i.exec(
        sentence,
      );
    if (!match?.[1]) continue;
    const words: string[] = [];
    for (const raw of match[1].split(/\s+/)) {
      const word = raw.replace(/[,;:.!?)]+$/, '');
      if (
        (OBJECT_STOP.test(word) && words.length > 0) ||
        /^\d/.test(word) ||
        (/^(?:last|a|this)$/i.test(word) && words.length > 1)
      )
        break;
      words.push(word);
      if (raw !== word || words.length >= 5) break;
    }
    while (
      words.length > 0 &&
      (isConnectingWord(words[words.length - 1] ?? '') || TRAILING_FILLER.test(words[words.length - 1] ?? ''))
    ) {
      words.pop();
    }
    if (words.length === 0) continue;
    const phrase = words
      .join(' ')
      .replace(/^(?:my|our)\s/i, 'the ')
      .replace(/^(?:a|an)\s/i, 'the ');
    if (/^(?:it|this|that|them|some|stuff|things?)$/i.test(phrase)) continue;
    return /^the\s/i.test(phrase) || /^\p{Lu}/u.test(phrase) ? phrase : `the ${phrase}`;
  }
  return undefined;
}
