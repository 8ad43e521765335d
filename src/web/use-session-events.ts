import { useEffect, useState } from 'react';

/** The event types the server streams for a session (GET /api/sessions/:id/events). */
const EVENT_TYPES = [
  'analysis.started',
  'analysis.done',
  'question.generated',
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

/** A sentence for people about what the server just did. */
export function describeEvent(event: ProgressEvent): string {
  const score = typeof event.data?.score === 'number' ? ` (${event.data.score}/10)` : '';
  switch (event.type) {
    case 'analysis.started':
      return 'Reading your CV and the job…';
    case 'analysis.done':
      return 'Gap report ready.';
    case 'question.generated':
      return 'Writing interview questions…';
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

/**
 * Follows the session's progress stream and returns the latest event (or undefined before the
 * first). The token goes in the query because EventSource cannot send headers.
 */
export function useSessionEvents(sessionId: string, token: string | undefined): ProgressEvent | undefined {
  const [latest, setLatest] = useState<ProgressEvent>();
  useEffect(() => {
    if (!token || typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/sessions/${sessionId}/events?token=${encodeURIComponent(token)}`);
    const onEvent = (message: MessageEvent<string>) => {
      try {
        setLatest(JSON.parse(message.data) as ProgressEvent);
      } catch {
        // A malformed event only costs a status line.
      }
    };
    for (const type of EVENT_TYPES) source.addEventListener(type, onEvent);
    return () => source.close();
  }, [sessionId, token]);
  return latest;
}
