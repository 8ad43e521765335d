import type { AnswerTurn, Bullet, BulletReview, Gap, Question } from '../../../domain/index.js';
import { delimitData, wrapDelimitedBlocks } from './data-delimiting.js';
import { requirementLine } from './session-context.js';

/** The gap a step is about: the requirement, its status and the evidence found for it. */
export function renderGap(gap: Gap): string {
  const evidence = gap.evidence.map(
    (item) =>
      `- ${item.strength} evidence in ${item.section}${item.entryIndex !== undefined ? `[${item.entryIndex}]` : ''}${item.entryName ? ` (${item.entryName})` : ''}: "${item.quote}" (matched ${item.matched})`,
  );
  return delimitData(
    'gap',
    [
      `Requirement: ${requirementLine(gap.requirement)}`,
      `Status: ${gap.status}; coverage today: ${Math.round(gap.coverage * 100)}%`,
      `Why it is a gap: ${gap.reason}`,
      evidence.length > 0 ? `Evidence found:\n${evidence.join('\n')}` : 'Evidence found: none',
    ].join('\n'),
  );
}

/** The candidate's answers, oldest first, each with the question it answers. */
export function renderAnswers(answers: AnswerTurn[]): string {
  const blocks = answers.map((turn, index) =>
    delimitData('answer', turn.answer.trim() || '(empty)', { n: String(index + 1), question: turn.prompt }),
  );
  return wrapDelimitedBlocks('answers', blocks.length > 0 ? blocks : ['(no answers yet)']);
}

/**
 * The conversation about one question so far: the answers, oldest first, each carrying the question
 * it answers (the first one the main question). The main question is not repeated before them: it
 * would be sent twice, uncached, on every call. A new turn only appends to this text, so successive
 * calls about one question share it byte for byte up to the previous turn.
 */
export function renderQuestionThread(question: Question, answers: AnswerTurn[]): string {
  // The main question goes first when no answer carries it (none yet, or a turn that answers something else).
  if (answers[0]?.prompt === question.text) return renderAnswers(answers);
  return [`Main question: ${question.text}`, renderAnswers(answers)].join('\n\n');
}

/** A bullet under review or refinement. */
export function renderBullet(bullet: Bullet): string {
  const place =
    bullet.workIndex !== undefined
      ? `work[${bullet.workIndex}]`
      : bullet.projectIndex !== undefined
        ? `projects[${bullet.projectIndex}]`
        : 'unplaced';
  return delimitData('bullet', `${bullet.text}\n(placement: ${place}; skills: ${bullet.skills.join(', ')})`);
}

/** The review a refinement must act on. */
export function renderReview(review: BulletReview): string {
  const failed = Object.entries(review.checks)
    .filter(([, ok]) => !ok)
    .map(([check]) => check);
  return delimitData(
    'review',
    [
      `Score: ${review.score}/10; passed: ${review.passed}; grounded: ${review.grounded}`,
      `Failed checks: ${failed.join(', ') || 'none'}`,
      `Ungrounded claims (remove them): ${review.ungroundedClaims.join('; ') || 'none'}`,
      `Feedback: ${review.feedback}`,
    ].join('\n'),
  );
}
