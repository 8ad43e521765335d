import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { QuestionView } from '../../workflow/question-view.js';
import { ApiError, api } from '../api-client.js';
import { isSettled, NO_EXPERIENCE_ANSWER, PRIORITIES, STATUS_LABELS } from '../labels.js';
import { describeEvent, type ProgressEvent } from '../use-session-events.js';
import { AdvicePanel } from './advice-panel.js';
import { BulletReviewPanel } from './bullet-review-panel.js';
import { EvaluationPanel } from './evaluation-panel.js';
import { StatusLine } from './status-line.js';

/** Props of one question card. */
export interface QuestionCardProps {
  sessionId: string;
  token: string;
  question: QuestionView;
  position: number;
  total: number;
  /** The latest progress event of the session (server-sent events). */
  progress: ProgressEvent | undefined;
  onChange: (question: QuestionView) => void;
  /** The question changed on the server meanwhile: reload the session. */
  onStale: () => void;
  onNext: (() => void) | undefined;
  /** The interview's language: the engine's texts are marked with it (screen readers, hyphenation). */
  language?: string;
}

/** One interview question: answer it, see the evaluation, then follow-ups or a bullet to decide on. */
export function QuestionCard({
  sessionId,
  token,
  question,
  position,
  total,
  progress,
  onChange,
  onStale,
  onNext,
  language,
}: QuestionCardProps) {
  const [answer, setAnswer] = useState('');
  const [editing, setEditing] = useState(false);
  const [editText, setEditText] = useState('');
  const [busy, setBusy] = useState<string>();
  const [progressSince, setProgressSince] = useState<ProgressEvent>();
  const [error, setError] = useState<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // A new question: start clean and move focus to it, so keyboard and screen-reader users follow.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the question changes, on purpose
  useEffect(() => {
    setAnswer('');
    setEditing(false);
    setError(undefined);
    headingRef.current?.focus();
  }, [question.id]);

  const run = async (label: string, work: () => Promise<QuestionView>) => {
    setBusy(label);
    setProgressSince(progress);
    setError(undefined);
    try {
      onChange(await work());
      setAnswer('');
      setEditing(false);
    } catch (caught) {
      if (
        caught instanceof ApiError &&
        (caught.code === 'ANSWER_CONFLICT' || caught.code === 'INVALID_STEP')
      ) {
        onStale();
      }
      setError(caught instanceof ApiError ? caught.message : 'Something went wrong. Please try again.');
    } finally {
      setBusy(undefined);
    }
  };

  const submit = (text: string) =>
    run('Evaluating your answer…', async () => {
      const result = await api.answer(sessionId, token, question.id, text, question.turns.length);
      return result.question;
    });

  const decide = (action: 'accept' | 'edit' | 'reject', text?: string) =>
    run(
      'Saving your decision…',
      async () => (await api.decide(sessionId, token, question.id, action, text)).question,
    );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answer.trim() === '') {
      setError('Write your answer first, or choose "I have no experience with this".');
      return;
    }
    void submit(answer);
  };

  const priority = PRIORITIES.find((entry) => entry.value === question.requirement.priority)?.label;
  const awaitingAnswer = question.status === 'awaiting-answer' || question.status === 'awaiting-follow-up';
  // Show server progress on this question that arrived after this request started (the stage of
  // the model call under way); before that, the local label.
  const ours = progress && (progress.data?.questionId ?? question.id) === question.id;
  const liveProgress = busy && ours && progress !== progressSince ? describeEvent(progress) : undefined;

  return (
    <article className="card question-card" aria-labelledby="question-heading" aria-busy={busy !== undefined}>
      <p className="progress-label">
        Question {position} of {total}
      </p>
      <progress max={total} value={position} aria-label={`Question ${position} of ${total}`} />
      <p className="requirement-line">
        <span className="pill">{priority}</span> {question.requirement.text}
      </p>
      <h2 id="question-heading" tabIndex={-1} ref={headingRef} lang={language}>
        {question.text}
      </h2>

      {question.turns.length > 0 && (
        <section className="turns" aria-label="Your answers so far">
          {question.turns.map((turn, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: turns are append-only, the index is their identity
            <blockquote key={index}>{turn.answer}</blockquote>
          ))}
        </section>
      )}

      {question.evaluation && !question.evaluation.noExperience && (
        <EvaluationPanel evaluation={question.evaluation} />
      )}

      {question.status === 'awaiting-follow-up' && question.followUps && (
        <section className="follow-ups" aria-label="Follow-up questions">
          <h3>Tell me a little more</h3>
          <ul lang={language}>
            {question.followUps.map((followUp) => (
              <li key={followUp.element}>{followUp.text}</li>
            ))}
          </ul>
        </section>
      )}

      {awaitingAnswer && (
        <form onSubmit={onSubmit} className="answer-form">
          <label htmlFor="answer">
            {question.status === 'awaiting-follow-up' ? 'Your follow-up answer' : 'Your answer'}
          </label>
          <textarea
            id="answer"
            rows={6}
            value={answer}
            disabled={busy !== undefined}
            placeholder="What did you do, with what, at what scale, and what came of it?"
            onChange={(event) => setAnswer(event.target.value)}
          />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy !== undefined}>
              Submit answer
            </button>
            <button
              type="button"
              disabled={busy !== undefined}
              onClick={() => void submit(NO_EXPERIENCE_ANSWER)}
            >
              I have no experience with this
            </button>
          </div>
        </form>
      )}

      {question.status === 'awaiting-decision' && question.bullet && (
        <>
          <BulletReviewPanel bullet={question.bullet} review={question.review} />
          {editing ? (
            <form
              className="edit-form"
              onSubmit={(event) => {
                event.preventDefault();
                if (editText.trim() === '') {
                  setError('The bullet cannot be empty.');
                  return;
                }
                void decide('edit', editText);
              }}
            >
              <label htmlFor="bullet-edit">Edit the bullet</label>
              <textarea
                id="bullet-edit"
                rows={3}
                value={editText}
                disabled={busy !== undefined}
                onChange={(event) => setEditText(event.target.value)}
              />
              <div className="actions">
                <button type="submit" className="primary" disabled={busy !== undefined}>
                  Save my version
                </button>
                <button type="button" disabled={busy !== undefined} onClick={() => setEditing(false)}>
                  Cancel
                </button>
              </div>
            </form>
          ) : (
            <div className="actions">
              <button
                type="button"
                className="primary"
                disabled={busy !== undefined}
                onClick={() => void decide('accept')}
              >
                Accept
              </button>
              <button
                type="button"
                disabled={busy !== undefined}
                onClick={() => {
                  setEditText(question.bullet?.text ?? '');
                  setEditing(true);
                }}
              >
                Edit
              </button>
              <button type="button" disabled={busy !== undefined} onClick={() => void decide('reject')}>
                Reject
              </button>
            </div>
          )}
        </>
      )}

      {isSettled(question.status) && (
        <section className="outcome" aria-label="Outcome">
          <p>
            <span className={`pill status-${question.status}`}>{STATUS_LABELS[question.status]}</span>
          </p>
          {question.status === 'true-gap' && question.advice && <AdvicePanel advice={question.advice} />}
          {(question.status === 'accepted' || question.status === 'edited') && question.bullet && (
            <p className="bullet-text">{question.bullet.text}</p>
          )}
        </section>
      )}

      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <StatusLine busy={busy !== undefined} text={liveProgress ?? busy} />

      {isSettled(question.status) && onNext && (
        <div className="actions">
          <button type="button" className="primary" onClick={onNext}>
            Next question
          </button>
        </div>
      )}
    </article>
  );
}
