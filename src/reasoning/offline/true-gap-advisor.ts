import type { AnswerTurn, CvDocument, Gap, InterviewLanguage, TrueGapAdvice } from '../../domain/index.js';
import { cvEntries, entryLabel } from './cv-entries.js';
import { germanPlace, germanTopic } from './german-terms.js';
import { germanLearningSteps, germanTrueGapSummary } from './german-true-gap-advice.js';
import { requirementTopic } from './requirement-topic.js';
import { categoryOf, mentionsKeyword, neighbourNames } from './skill-knowledge.js';
import { joinAnd } from './text-tools.js';

/**
 * Honest advice for a true gap: the neighbouring skills the CV (or the answers) really show, as
 * transferable experience with where they were used; what to learn; a plain summary. Names
 * nothing the candidate has not shown.
 */
export function adviseOfflineTrueGap(input: {
  cv: CvDocument;
  gap: Gap;
  answers: readonly AnswerTurn[];
  language?: InterviewLanguage;
}): TrueGapAdvice {
  const { cv, gap } = input;
  const german = input.language === 'de';
  const topic = german ? germanTopic(gap.requirement) : requirementTopic(gap.requirement);
  const answerText = input.answers.map((turn) => turn.answer).join('\n');
  const entries = cvEntries(cv.resume);
  const neighbours = [...new Set(gap.requirement.keywords.flatMap(neighbourNames))].filter(
    (name) => !gap.requirement.keywords.includes(name),
  );

  const transferable: string[] = [];
  const shownNames: string[] = [];
  for (const name of neighbours) {
    const entry = entries.find((e) => mentionsKeyword(e.text, name));
    if (entry) {
      transferable.push(
        german
          ? `${name} (${germanPlace(entry)})`
          : `${name} (${entry.section === 'work' ? 'at' : 'in'} ${entryLabel(entry)})`,
      );
      shownNames.push(name);
    } else if (mentionsKeyword(cv.plainText, name) || mentionsKeyword(answerText, name)) {
      transferable.push(name);
      shownNames.push(name);
    }
    if (transferable.length >= 4) break;
  }

  if (german) {
    return {
      transferable,
      toLearn: germanLearningSteps(gap, topic),
      summary: germanTrueGapSummary(gap, topic, shownNames),
    };
  }
  const toLearn = learningSteps(gap, topic);
  const notYet = notYetSentence(gap, topic);
  const summary =
    shownNames.length > 0
      ? `${notYet}, and your CV will not claim it. ${joinAnd(shownNames.slice(0, 3))} ${shownNames.length === 1 ? 'is' : 'are'} the closest experience you do have: mention ${shownNames.length === 1 ? 'it' : 'them'} when ${topic} comes up, and ${closingStep(gap)}.`
      : `${notYet}, and nothing in your CV is closely related, so treat it as a learning goal rather than something to claim. ${gap.requirement.priority === 'CRITICAL' ? 'The job marks it as critical: address it openly in your application.' : 'The job does not mark it as critical, so it need not block your application.'}`;
  return { transferable, toLearn, summary };
}

/** How to close the gap, by the kind of requirement: a trait is practised, not built. */
function closingStep(gap: Gap): string {
  const keyword = gap.requirement.keywords[0];
  const category = keyword ? categoryOf(keyword) : undefined;
  if (gap.requirement.kind === 'soft-skill' || category === 'soft-skill')
    return 'look for a chance to show it in your current role';
  return 'close the gap with a small hands-on project';
}

/** What the candidate has not done yet, with the verb the kind of requirement takes. */
function notYetSentence(gap: Gap, topic: string): string {
  const keyword = gap.requirement.keywords[0];
  const category = keyword ? categoryOf(keyword) : undefined;
  // "You have not used Problem Solving yet" reads as an insult; a trait is shown, not used.
  if (gap.requirement.kind === 'soft-skill' || category === 'soft-skill')
    return `You have no example of ${topic} to give yet`;
  if (category === 'business' || category === 'product') return `You have not worked on ${topic} yet`;
  return `You have not used ${topic} yet`;
}

function learningSteps(gap: Gap, topic: string): string[] {
  const keyword = gap.requirement.keywords[0];
  const category = keyword ? categoryOf(keyword) : undefined;
  if (gap.requirement.kind === 'certification' || category === 'certification') {
    return [
      `Prepare for and take ${topic}`,
      `Practise the exam topics of ${topic} hands-on, not only from books`,
    ];
  }
  if (gap.requirement.kind === 'language' || category === 'spoken-language') {
    return [
      `Take a course in ${topic} towards the level the job asks for`,
      `Use ${topic} at work or in volunteering, so you have examples to give`,
    ];
  }
  if (gap.requirement.kind === 'soft-skill' || category === 'soft-skill') {
    return [
      `Look for a chance to practise ${topic} in your current role`,
      `Note one concrete example with its outcome, so you can describe it in interviews`,
    ];
  }
  if (gap.requirement.kind === 'education') {
    return [
      `Check whether equivalent experience is accepted instead of ${topic}`,
      `Consider a course covering ${topic}`,
    ];
  }
  // A practice (pricing, product strategy) has no official documentation or tutorial.
  if (category === 'business' || category === 'product') {
    return [
      `A well-regarded course or book on ${topic}, with its case studies`,
      `A small piece of ${topic} work you can show and talk about — at work, in a side project or as a volunteer (what you did, what came of it)`,
    ];
  }
  return [
    `The fundamentals of ${topic}, from its official documentation or tutorial`,
    `A small end-to-end project with ${topic} you can show and talk about (what you built, what you measured)`,
  ];
}
