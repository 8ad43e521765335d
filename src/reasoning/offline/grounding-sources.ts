import type { AnswerTurn, CvDocument } from '../../domain/index.js';

/** What a bullet may draw facts from: the CV's plain text and the candidate's answers. */
export function groundingSources(cv: CvDocument, answers: readonly AnswerTurn[]): string[] {
  return [cv.plainText, ...answers.map((turn) => turn.answer)];
}
