import type { MetricsCollector } from '../metrics/index.js';
import type { SessionEvent } from '../workflow/session-event.js';

const numberOf = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** Evaluated answers waiting for their outcome; bounded so abandoned ones cannot pile up. */
const MAX_PENDING = 10_000;

/**
 * Turns the workflow's progress events into quality metrics (answer scores with their outcome,
 * bullet reviews, decisions), so the workflow needs no metrics code of its own. An answer is
 * recorded once its outcome is known: a follow-up, a bullet or a true gap.
 */
export function createQualityMetricsRecorder(metrics: MetricsCollector): (event: SessionEvent) => void {
  const pendingScores = new Map<string, number>();
  const takeScore = (event: SessionEvent): number | undefined => {
    const key = `${event.sessionId}:${String(event.data?.questionId)}`;
    const score = pendingScores.get(key);
    pendingScores.delete(key);
    return score;
  };

  return (event) => {
    const data = event.data ?? {};
    switch (event.type) {
      case 'answer.evaluated': {
        const score = numberOf(data.score);
        if (score === undefined) break;
        if (pendingScores.size >= MAX_PENDING) pendingScores.clear();
        pendingScores.set(`${event.sessionId}:${String(data.questionId)}`, score);
        break;
      }
      case 'follow-up.asked':
      case 'true-gap.recorded': {
        const score = takeScore(event);
        if (score !== undefined) {
          metrics.recordAnswerScore(score, {
            deepDive: event.type === 'follow-up.asked',
            trueGap: event.type === 'true-gap.recorded',
          });
        }
        break;
      }
      case 'bullet.generated': {
        const answerScore = takeScore(event);
        if (answerScore !== undefined) metrics.recordAnswerScore(answerScore);
        const score = numberOf(data.score);
        const attempts = numberOf(data.attempts) ?? 1;
        if (score !== undefined) {
          metrics.recordBulletReview({
            score,
            passed: data.passed === true,
            refinements: Math.max(0, attempts - 1),
            firstPass: attempts <= 1 && data.passed === true,
          });
        }
        break;
      }
      case 'bullet.decided':
        if (data.action === 'accept' || data.action === 'edit' || data.action === 'reject') {
          metrics.recordDecision(data.action);
        }
        break;
      default:
        break;
    }
  };
}
