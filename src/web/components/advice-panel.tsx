import type { TrueGapAdvice } from '../../domain/bullet.js';

/** Honest advice for a true gap: what transfers and what to learn. */
export function AdvicePanel({ advice }: { advice: TrueGapAdvice }) {
  return (
    <div className="advice">
      <p>{advice.summary}</p>
      {advice.transferable.length > 0 && (
        <>
          <h4>What transfers</h4>
          <ul>
            {advice.transferable.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {advice.toLearn.length > 0 && (
        <>
          <h4>What to learn</h4>
          <ul>
            {advice.toLearn.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
