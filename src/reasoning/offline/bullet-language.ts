import { detectTextLanguage } from '../../analysis/document-language.js';
import type { AnswerTurn, CvDocument, InterviewLanguage } from '../../domain/index.js';

/**
 * The language a bullet is written in: the answers' own (the bullet is made of their words, so
 * templates in another language would mix two), else the CV's (the bullet goes into it), else
 * the session's.
 */
export function bulletLanguage(input: {
  cv: CvDocument;
  answers: readonly AnswerTurn[];
  language?: InterviewLanguage;
}): InterviewLanguage {
  const answerText = input.answers.map((turn) => turn.answer).join('\n');
  return detectTextLanguage(answerText) ?? detectTextLanguage(input.cv.plainText) ?? input.language ?? 'en';
}
