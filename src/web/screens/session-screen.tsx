import { useCallback, useEffect, useState } from 'react';
import type { SessionView } from '../../workflow/interview-service.js';
import type { QuestionView } from '../../workflow/question-view.js';
import { ApiError, api } from '../api-client.js';
import { DeleteSessionButton } from '../components/delete-session-button.js';
import { StatusLine } from '../components/status-line.js';
import { isSettled } from '../labels.js';
import { navigate } from '../navigation.js';
import {
  forgetSessionEverywhere,
  type SessionPlace,
  savedPlace,
  savePlace,
  tokenFor,
} from '../saved-sessions.js';
import { useSessionEvents } from '../use-session-events.js';
import { InterviewView } from './interview-view.js';
import { ReportView } from './report-view.js';
import { ResultView } from './result-view.js';

const STAGES: { value: SessionPlace['stage']; label: string }[] = [
  { value: 'report', label: 'Gap report' },
  { value: 'interview', label: 'Interview' },
  { value: 'result', label: 'Tailored CV' },
];

/** Where to start when this browser has no saved place: the first open question, or the report. */
function defaultPlace(session: SessionView): SessionPlace {
  const open = session.questions.find((question) => !isSettled(question.status));
  const started = session.questions.some((question) => question.turns.length > 0);
  if (!started) return { stage: 'report' };
  return open ? { stage: 'interview', questionId: open.id } : { stage: 'result' };
}

/** One session, from gap report through the interview to the tailored CV; resumes where it was left. */
export function SessionScreen({ sessionId }: { sessionId: string }) {
  const [token] = useState(() => tokenFor(sessionId));
  const [session, setSession] = useState<SessionView>();
  const [error, setError] = useState<ApiError>();
  const [place, setPlace] = useState<SessionPlace | undefined>(() => savedPlace(sessionId));
  const progress = useSessionEvents(sessionId, token);

  const load = useCallback(async () => {
    if (!token) return;
    try {
      const loaded = await api.getSession(sessionId, token);
      setSession(loaded);
      setPlace((current) => current ?? defaultPlace(loaded));
    } catch (caught) {
      setError(
        caught instanceof ApiError ? caught : new ApiError('INTERNAL', 'The session could not be loaded.', 0),
      );
    }
  }, [sessionId, token]);

  useEffect(() => {
    void load();
  }, [load]);

  const goTo = (next: SessionPlace) => {
    setPlace(next);
    savePlace(sessionId, next);
    window.scrollTo({ top: 0 });
  };

  const replaceQuestion = (question: QuestionView) =>
    setSession(
      (current) =>
        current && {
          ...current,
          version: current.version + 1,
          questions: current.questions.map((existing) => (existing.id === question.id ? question : existing)),
        },
    );

  if (!token) {
    return (
      <section className="card">
        <h1>This session is not in this browser</h1>
        <p>Sessions can be opened only from the browser that started them (the access key is kept there).</p>
        <button type="button" className="primary" onClick={() => navigate('/')}>
          Start a new session
        </button>
      </section>
    );
  }
  if (error) {
    const gone = error.status === 404 || error.status === 401;
    return (
      <section className="card">
        <h1>{gone ? 'This session is no longer available' : 'The session could not be loaded'}</h1>
        <p role="alert">{error.message}</p>
        <div className="actions">
          {gone ? (
            <button
              type="button"
              className="primary"
              onClick={() => {
                forgetSessionEverywhere(sessionId);
                navigate('/');
              }}
            >
              Start a new session
            </button>
          ) : (
            <button
              type="button"
              className="primary"
              onClick={() => {
                setError(undefined);
                void load();
              }}
            >
              Try again
            </button>
          )}
        </div>
      </section>
    );
  }
  if (!session || !place) return <StatusLine busy text="Loading your session…" />;

  const firstOpen = session.questions.find((question) => !isSettled(question.status)) ?? session.questions[0];
  const currentId = place.questionId ?? firstOpen?.id ?? '';

  return (
    <div className="session">
      <nav className="stages" aria-label="Session steps">
        <ol>
          {STAGES.map((stage) => (
            <li key={stage.value}>
              <button
                type="button"
                aria-current={place.stage === stage.value ? 'step' : undefined}
                disabled={stage.value === 'interview' && session.questions.length === 0}
                onClick={() => goTo({ ...place, stage: stage.value })}
              >
                {stage.label}
              </button>
            </li>
          ))}
        </ol>
        <DeleteSessionButton sessionId={sessionId} token={token} />
      </nav>
      {place.stage === 'report' && (
        <ReportView session={session} onStart={() => goTo({ stage: 'interview', questionId: currentId })} />
      )}
      {place.stage === 'interview' && (
        <InterviewView
          session={session}
          token={token}
          currentId={currentId}
          progress={progress}
          onSelect={(questionId) => goTo({ stage: 'interview', questionId })}
          onChange={replaceQuestion}
          onStale={() => void load()}
          onFinish={() => goTo({ stage: 'result', questionId: currentId })}
        />
      )}
      {place.stage === 'result' && (
        <ResultView sessionId={sessionId} token={token} version={session.version} />
      )}
    </div>
  );
}
