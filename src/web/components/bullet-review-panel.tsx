import type { Bullet, BulletReview } from '../../domain/bullet.js';

const CHECKS: { key: keyof BulletReview['checks']; label: string }[] = [
  { key: 'actionVerb', label: 'Starts with a strong action verb' },
  { key: 'keyword', label: "Uses the job's own keyword" },
  { key: 'result', label: 'States a result' },
  { key: 'concise', label: 'Concise (30 words or fewer)' },
  { key: 'noFirstPerson', label: 'No first person' },
];

/** A generated bullet with its review: grounding, each check, the score. */
export function BulletReviewPanel({ bullet, review }: { bullet: Bullet; review?: BulletReview }) {
  return (
    <section className="bullet" aria-label="Your new CV bullet">
      <h3>Your new CV bullet</h3>
      <p className="bullet-text">{bullet.text}</p>
      {review && (
        <>
          <p className="bullet-score">
            Review: <strong>{review.score}/10</strong> · {review.passed ? 'passes the bar' : 'below the bar'}{' '}
            ·{' '}
            {review.grounded ? 'every fact comes from your CV or answers' : 'contains facts you did not give'}
          </p>
          <ul className="checks">
            {CHECKS.map(({ key, label }) => (
              <li key={key} className={review.checks[key] ? 'present' : 'missing'}>
                <span className="mark" aria-hidden="true">
                  {review.checks[key] ? '✓' : '✗'}
                </span>
                {label}
                <span className="visually-hidden">{review.checks[key] ? ': yes' : ': no'}</span>
              </li>
            ))}
          </ul>
          {review.ungroundedClaims.length > 0 && (
            <p className="warning">Not from your words: {review.ungroundedClaims.join(', ')}</p>
          )}
          {review.feedback && <p className="feedback">{review.feedback}</p>}
        </>
      )}
    </section>
  );
}
