import type {
  AnswerEvaluation,
  AnswerTurn,
  DeepDive,
  Gap,
  InterviewLanguage,
  RubricElement,
} from '../../domain/index.js';
import { answerHook } from './answer-hook.js';
import { germanAnswerHook } from './german-bullet-phrasing.js';
import { germanFollowUpText } from './german-follow-ups.js';
import { germanTopic } from './german-terms.js';
import { requirementTopic } from './requirement-topic.js';
import { categoryOf, mentionsKeyword, neighbourNames, skillsMentioned } from './skill-knowledge.js';
import { pick } from './text-tools.js';

/**
 * Follow-up questions asking for exactly the rubric elements the evaluation found thin (1–3,
 * most important first), pointing back to what the candidate said and to the gap's skill.
 */
export function generateOfflineDeepDive(input: {
  gap: Gap;
  answers: readonly AnswerTurn[];
  evaluation: AnswerEvaluation;
  language?: InterviewLanguage;
}): DeepDive {
  const topic = requirementTopic(input.gap.requirement);
  const hook = answerHook(input.answers) ?? relatedWork(input.gap, input.answers);
  const elements: RubricElement[] = input.evaluation.missing.slice(0, 3);
  // Nothing thin but still below the bar: the result is what most often lifts an answer.
  if (elements.length === 0) elements.push(input.evaluation.rubric.impact < 2 ? 'impact' : 'specificity');
  const round = input.answers.length;
  if (input.language === 'de') {
    const german = germanTopic(input.gap.requirement);
    const germanHook = germanAnswerHook(input.answers.map((turn) => turn.answer).join('\n'));
    return {
      followUps: elements.map((element) => ({
        element,
        text: germanFollowUpText(
          element,
          german,
          `${input.gap.id}:${element}:${round}`,
          germanHook,
          kindOf(input.gap),
        ),
      })),
    };
  }
  return {
    followUps: elements.map((element) => ({
      element,
      text: followUpText(element, topic, hook, `${input.gap.id}:${element}:${round}`, kindOf(input.gap)),
    })),
  };
}

/**
 * `your Google Cloud Functions work` when the answer turns from the gap skill to a neighbour
 * ("not Lambda, but Cloud Functions"): following up on "that Lambda work" would misquote them.
 */
function relatedWork(gap: Gap, answers: readonly AnswerTurn[]): string | undefined {
  const text = answers.map((turn) => turn.answer).join('\n');
  const mentioned = skillsMentioned(text);
  const neighbour = gap.requirement.keywords
    .flatMap(neighbourNames)
    .map((name) => mentioned.get(name)?.surface)
    .find((surface) => surface !== undefined);
  if (!neighbour) return undefined;
  const turnsAway = /\b(?:no|not|never|haven'?t|didn'?t|instead)\b/i.test(text);
  const namesGapSkill = gap.requirement.keywords.some((keyword) => mentionsKeyword(text, keyword));
  return turnsAway || !namesGapSkill ? `your ${neighbour} work` : undefined;
}

/** What the gap's skill is, as follow-ups word it: a tool, a practice (strategy, pricing), a trait. */
type SkillKind = 'technical' | 'practice' | 'trait';

function kindOf(gap: Gap): SkillKind {
  const keyword = gap.requirement.keywords[0];
  const category = keyword ? categoryOf(keyword) : undefined;
  if (gap.requirement.kind === 'soft-skill' || category === 'soft-skill') return 'trait';
  if (category === 'business' || category === 'product') return 'practice';
  return 'technical';
}

function followUpText(
  element: RubricElement,
  topic: string,
  hook: string | undefined,
  seed: string,
  kind: SkillKind,
): string {
  // "That Teamwork work" and "the tools you used alongside Communication" read as a form letter.
  const work = hook ? `${hook}` : kind === 'trait' ? 'that situation' : `that ${topic} work`;
  switch (element) {
    case 'relevance':
      if (kind === 'trait')
        return `Where did ${topic} show in ${hook ?? 'that work'}? If it did not, which other situation shows it best?`;
      return hook
        ? `Where did ${topic} come into ${hook}? If it did not, what is the closest thing you have done with ${topic} or a similar tool?`
        : `Could you connect this to ${topic}? Which part of the work involved ${topic}, or the closest thing to it you have used?`;
    case 'impact':
      if (kind === 'trait')
        return `What changed because of what you did? A number helps: time saved, problems avoided, people or customers reached.`;
      return pick(
        [
          `What changed because of ${work}? A number helps: time or money saved, errors avoided, speed, users reached.`,
          `What was the result of ${work}? Was anything measured before and after — latency, cost, incidents, adoption?`,
        ],
        seed,
      );
    case 'ownership':
      if (kind === 'trait')
        return `In ${work}, what was your own part: what did you personally say, do or decide?`;
      return pick(
        [
          `Which part of ${work} was yours? What did you personally design, build or decide, as opposed to the team?`,
          `You describe what was done on ${work}; what was your own role in it, and which decisions did you make?`,
        ],
        seed,
      );
    case 'specificity':
      if (kind === 'trait')
        return `How big was ${work}: who was involved (people, teams, customers), and what was at stake?`;
      if (kind === 'practice')
        return `Can you make ${work} concrete: for which product, market or client, with whom, and at what scale (users, revenue, budget)?`;
      return pick(
        [
          `How big was ${work}? Tell me the scale (users, requests, data, services or people) and the tools you used alongside ${topic}.`,
          `Can you make ${work} concrete: which tools and versions, in what environment, and at what scale?`,
        ],
        seed,
      );
    case 'clarity':
      return kind === 'trait'
        ? `Could you sum up ${work} in two or three sentences: what happened, how you showed ${topic}, and the result?`
        : `Could you sum up ${work} in two or three sentences: the situation, what you did with ${topic}, and the result?`;
  }
}
