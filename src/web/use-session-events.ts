import { useEffect, useState } from 'react';

/** The event types the server streams (GET /api/sessions/:id/events, /api/session-progress/:id/events). */
const EVENT_TYPES = [
  'analysis.started',
  'analysis.done',
  'question.generated',
  'session.ready',
  'analysis.failed',
  'step.started',
  'step.progress',
  'step.failed',
  'answer.evaluated',
  'follow-up.asked',
  'bullet.generated',
  'true-gap.recorded',
  'bullet.decided',
] as const;

/** One progress event as the stream sends it. */
export interface ProgressEvent {
  type: string;
  at?: string;
  data?: Record<string, unknown>;
}

/** What each slow stage (`step.progress`) is, for people. */
function describeStage(data: Record<string, unknown> | undefined): string {
  const attempt = typeof data?.attempt === 'number' ? data.attempt : 1;
  switch (data?.stage) {
    case 'reading-job':
      return 'Reading the job description…';
    case 'analysing-gaps':
      return 'Comparing your CV with the job…';
    case 'writing-questions':
      return typeof data.total === 'number'
        ? `Writing ${data.total} interview questions…`
        : 'Writing interview questions…';
    case 'evaluating-answer':
      return 'Scoring your answer against the rubric…';
    case 'writing-follow-up':
      return 'Writing a follow-up question…';
    case 'drafting-bullet':
      return 'Drafting a CV bullet from your answer…';
    case 'reviewing-bullet':
      return attempt > 1 ? `Reviewing the bullet (draft ${attempt})…` : 'Reviewing the bullet…';
    case 'refining-bullet':
      return 'Improving the bullet…';
    case 'writing-advice':
      return 'Writing advice for this gap…';
    case 'reviewing-edit':
      return 'Checking your edit against what you told us…';
    default:
      return 'Working…';
  }
}

/** A sentence for people about what the server just did. */
export function describeEvent(event: ProgressEvent): string {
  const score = typeof event.data?.score === 'number' ? ` (${event.data.score}/10)` : '';
  switch (event.type) {
    case 'analysis.started':
      return 'Reading your CV and the job…';
    case 'analysis.done':
      return 'Gap report ready.';
    case 'question.generated':
      return typeof event.data?.done === 'number' && typeof event.data.total === 'number'
        ? `Writing interview questions… ${event.data.done} of ${event.data.total} ready`
        : 'Writing interview questions…';
    case 'session.ready':
      return 'Your interview is ready.';
    case 'step.started':
      return event.data?.step === 'decision' ? 'Saving your decision…' : 'Evaluating your answer…';
    case 'step.progress':
      return describeStage(event.data);
    case 'answer.evaluated':
      return `Answer scored${score}. Deciding what comes next…`;
    case 'follow-up.asked':
      return 'Follow-up questions ready.';
    case 'bullet.generated':
      return `CV bullet drafted and reviewed${score}.`;
    case 'true-gap.recorded':
      return 'Recorded as a true gap; advice written.';
    case 'bullet.decided':
      return 'Your decision is saved.';
    default:
      return 'Working…';
  }
}

/** Follows an events stream and returns its latest event; no stream while `url` is undefined. */
export function useEventStream(url: string | undefined): ProgressEvent | undefined {
  const [latest, setLatest] = useState<ProgressEvent>();
  useEffect(() => {
    setLatest(undefined);
    if (!url || typeof EventSource === 'undefined') return;
    const source = new EventSource(url);
    const onEvent = (message: MessageEvent<string>) => {
      try {
        setLatest(JSON.parse(message.data) as ProgressEvent);
      } catch {
        // A malformed event only costs a status line.
      }
    };
    for (const type of EVENT_TYPES) source.addEventListener(type, onEvent);
    return () => source.close();
  }, [url]);
  return latest;
}

/**
 * Follows the session's progress stream and returns the latest event (or undefined before the
 * first). The token goes in the query because EventSource cannot send headers.
 */
export function useSessionEvents(sessionId: string, token: string | undefined): ProgressEvent | undefined {
  return useEventStream(
    token ? `/api/sessions/${sessionId}/events?token=${encodeURIComponent(token)}` : undefined,
  );
}

/** A fresh random id to follow a session's creation (128 bits, base64url). */
export function newProgressId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

/** The creation's progress stream, for as long as `progressId` is set. */
export function useCreationProgress(progressId: string | undefined): ProgressEvent | undefined {
  return useEventStream(progressId ? `/api/session-progress/${progressId}/events` : undefined);
}
