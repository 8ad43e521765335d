import type { SessionView } from '../../workflow/interview-service.js';
import type { QuestionView } from '../../workflow/question-view.js';
import { QuestionCard } from '../components/question-card.js';
import { isSettled, STATUS_LABELS } from '../labels.js';
import type { ProgressEvent } from '../use-session-events.js';

/** Props of the interview. */
export interface InterviewViewProps {
  session: SessionView;
  token: string;
  currentId: string;
  progress: ProgressEvent | undefined;
  onSelect: (questionId: string) => void;
  onChange: (question: QuestionView) => void;
  onStale: () => void;
  onFinish: () => void;
}

/** The interview: one question card at a time, with every gap and its status at the side. */
export function InterviewView({
  session,
  token,
  currentId,
  progress,
  onSelect,
  onChange,
  onStale,
  onFinish,
}: InterviewViewProps) {
  const { questions } = session;
  const index = Math.max(
    0,
    questions.findIndex((question) => question.id === currentId),
  );
  const current = questions[index];
  const settled = questions.filter((question) => isSettled(question.status)).length;
  const allDone = settled === questions.length;
  // After this question, go to the next one still open (wrapping round), or nowhere.
  const nextOpen = [...questions.slice(index + 1), ...questions.slice(0, index)].find(
    (question) => !isSettled(question.status),
  );
  return (
    <div className="interview">
      <aside className="card gap-list" aria-labelledby="gap-list-heading">
        <h2 id="gap-list-heading">Gaps</h2>
        <p className="muted">
          {settled} of {questions.length} done
        </p>
        <ol>
          {questions.map((question, position) => (
            <li key={question.id}>
              <button
                type="button"
                className={`gap-item${question.id === current?.id ? ' current' : ''}`}
                aria-current={question.id === current?.id ? 'step' : undefined}
                onClick={() => onSelect(question.id)}
              >
                <span className="gap-name">
                  {position + 1}. {question.requirement.keywords[0] ?? question.requirement.text}
                </span>
                <span className={`pill status-${question.status}`}>{STATUS_LABELS[question.status]}</span>
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className={allDone ? 'primary' : ''} onClick={onFinish}>
          {allDone ? 'See my tailored CV' : 'Finish now and see my CV'}
        </button>
      </aside>
      {current && (
        <QuestionCard
          sessionId={session.id}
          token={token}
          question={current}
          position={index + 1}
          total={questions.length}
          progress={progress}
          onChange={onChange}
          onStale={onStale}
          onNext={nextOpen ? () => onSelect(nextOpen.id) : allDone ? onFinish : undefined}
          language={session.language}
        />
      )}
    </div>
  );
}
