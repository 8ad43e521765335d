import type { AnswerEvaluation } from '../../domain/answer-evaluation.js';
import { RUBRIC_ELEMENTS, RUBRIC_LABELS, RUBRIC_POINTS } from '../labels.js';

/** The score of an answer with each rubric element marked as present or missing. */
export function EvaluationPanel({ evaluation }: { evaluation: AnswerEvaluation }) {
  return (
    <section className="evaluation" aria-label="How your answer scored">
      <p className="evaluation-score">
        <strong>{evaluation.score}</strong>/10
      </p>
      <ul className="rubric">
        {RUBRIC_ELEMENTS.map((element) => {
          const points = evaluation.rubric[element];
          const max = RUBRIC_POINTS[element];
          const missing = evaluation.missing.includes(element) || points === 0;
          return (
            <li key={element} className={missing ? 'missing' : 'present'}>
              <span className="mark" aria-hidden="true">
                {missing ? '✗' : '✓'}
              </span>
              <span>{RUBRIC_LABELS[element]}</span>
              <span className="points">
                {points}/{max}
                <span className="visually-hidden">{missing ? ', missing' : ', present'}</span>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="feedback">{evaluation.feedback}</p>
    </section>
  );
}
