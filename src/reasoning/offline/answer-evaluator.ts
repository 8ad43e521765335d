import {
  type AnswerEvaluation,
  type AnswerTurn,
  type Gap,
  type InterviewLanguage,
  RUBRIC_MAX,
  type RubricElement,
} from '../../domain/index.js';
import { GapwiseError } from '../../errors/index.js';
import { type AnswerFeatures, readAnswerFeatures } from './answer-features.js';
import { germanAnswerFeedback, germanNoExperienceFeedback } from './german-answer-feedback.js';
import { germanTopic } from './german-terms.js';
import { requirementTopic } from './requirement-topic.js';
import { joinAnd } from './text-tools.js';

// The order deep-dives ask in: without relevance nothing else matters; a result makes a bullet.
const IMPORTANCE: readonly RubricElement[] = ['relevance', 'impact', 'ownership', 'specificity', 'clarity'];

/**
 * Scores the candidate's answers to one question with the rubric of DESIGN.md §3, from features
 * of the text: the gap skill and its neighbours (relevance), tools, numbers, scale and context
 * (specificity), first-person actions (ownership), outcome words and numbers (impact), length and
 * sentence shape (clarity). Instructions inside the answer are just words: they earn nothing.
 * Reads English and German answers alike; the feedback is in the session's language.
 */
export function evaluateOfflineAnswer(input: {
  gap: Gap;
  answers: readonly AnswerTurn[];
  language?: InterviewLanguage;
}): AnswerEvaluation {
  const german = input.language === 'de';
  if (!input.answers.some((turn) => turn.answer.trim().length > 0)) {
    throw new GapwiseError('EMPTY_ANSWER', {
      message: 'The answer is empty: write a few sentences, or say you have no experience with it.',
    });
  }
  const features = readAnswerFeatures(input.gap, input.answers);
  const topic = german ? germanTopic(input.gap.requirement) : requirementTopic(input.gap.requirement);
  if (features.noExperience) {
    return {
      score: 0,
      rubric: { relevance: 0, specificity: 0, ownership: 0, impact: 0, clarity: 0 },
      missing: ['relevance'],
      noExperience: true,
      feedback: german
        ? germanNoExperienceFeedback(topic)
        : `Thanks for being honest. ${topic} will be recorded as a true gap, with advice on what transfers and what to learn; nothing will be added to your CV for it.`,
    };
  }
  const rubric = {
    relevance: relevanceOf(features),
    specificity: specificityOf(features),
    ownership: ownershipOf(features),
    impact: impactOf(features),
    clarity: clarityOf(features),
  };
  const score = Object.values(rubric).reduce((sum, points) => sum + points, 0);
  const missing = IMPORTANCE.filter((element) => isThin(element, rubric[element]));
  return {
    score,
    rubric,
    missing,
    noExperience: false,
    feedback: german
      ? germanAnswerFeedback({ score, missing, features, topic })
      : feedbackFor(score, missing, features, topic),
  };
}

function relevanceOf(f: AnswerFeatures): number {
  const substantive = f.wordCount >= 15 || f.ownActions.length > 0 || f.numbers.length > 0;
  if (f.mentionsGapSkill) return substantive ? 3 : 2;
  // A soft skill is shown, not named: a story of what the candidate did is the evidence.
  if (f.softSkill && f.ownActions.length > 0 && f.wordCount >= 20 && (f.star.situation || f.star.result)) {
    return f.topicOverlap >= 1 ? 3 : 2;
  }
  if (f.topicOverlap >= 2 && substantive) return 3;
  if (f.relatedSkills.length > 0 || f.topicOverlap >= 2) return 2;
  if (f.topicOverlap === 1) return 1;
  // The question names the skill, so an answer may not: own actions described at some length
  // still answer it, a little.
  return f.ownActions.length > 0 && f.wordCount >= 8 ? 1 : 0;
}

function specificityOf(f: AnswerFeatures): number {
  const specifics =
    f.tools.length +
    Math.min(f.numbers.length, 2) +
    // Scale words count only with a number: "reports" is not scale, "40 reports a day" is.
    (f.numbers.length > 0 ? Math.min(new Set(f.scaleCues).size, 2) : 0) +
    (f.contextCues.length > 0 || f.star.situation ? 1 : 0);
  if (specifics >= 3) return 2;
  return specifics >= 1 ? 1 : 0;
}

function ownershipOf(f: AnswerFeatures): number {
  if (f.ownActions.length > 0) return 2;
  return f.weakOwnActions.length > 0 || f.teamActions > 0 ? 1 : 0;
}

function impactOf(f: AnswerFeatures): number {
  if (f.quantifiedOutcome) return 2;
  return f.outcomeCues.length > 0 ? 1 : 0;
}

function clarityOf(f: AnswerFeatures): number {
  const averageSentence = f.wordCount / Math.max(1, f.sentenceCount);
  return f.wordCount >= 12 && f.wordCount <= 400 && averageSentence <= 40 ? 1 : 0;
}

/** Relevance counts as covered once the skill is named; the rest is thin below full marks. */
function isThin(element: RubricElement, points: number): boolean {
  if (element === 'relevance') return points < 2;
  return points < RUBRIC_MAX[element];
}

const ASK_FOR: Record<RubricElement, string> = {
  relevance: 'how it involved TOPIC itself',
  impact: 'the result (a number if you have one)',
  ownership: 'what you did yourself',
  specificity: 'the scale and tools involved',
  clarity: 'a short situation–action–result summary',
};

function feedbackFor(
  score: number,
  missing: readonly RubricElement[],
  f: AnswerFeatures,
  topic: string,
): string {
  // A trait has no tools: ask who was involved instead.
  const asks = missing
    .slice(0, 3)
    .map((element) =>
      element === 'specificity' && f.softSkill
        ? 'who was involved and what was at stake'
        : ASK_FOR[element].replace('TOPIC', topic),
    );
  if (score >= 7) {
    const strengths = [
      f.mentionsGapSkill ? `shows ${topic}` : undefined,
      f.ownActions.length > 0 ? 'says what you did' : undefined,
      f.quantifiedOutcome
        ? 'gives a measurable result'
        : f.outcomeCues.length > 0
          ? 'names a result'
          : undefined,
    ].filter((part): part is string => part !== undefined);
    const praise = strengths.length > 0 ? `Strong answer: it ${joinAnd(strengths)}.` : 'Good answer.';
    return asks.length > 0 ? `${praise} It would be stronger still with ${joinAnd(asks)}.` : praise;
  }
  if (f.wordCount < 6) return `That is too short to use yet: tell me ${joinAnd(asks)}.`;
  return `A start, but thin for a CV bullet: add ${joinAnd(asks)}.`;
}
