import { useEffect, useState } from 'react';
import type { InterviewResult } from '../../workflow/interview-service.js';
import { ApiError, api } from '../api-client.js';
import { AdvicePanel } from '../components/advice-panel.js';
import { DeleteSessionButton } from '../components/delete-session-button.js';
import { ScoreGauge } from '../components/score-gauge.js';
import { StatusLine } from '../components/status-line.js';
import { TailoredCv } from '../components/tailored-cv.js';
import { downloadText } from '../downloads.js';

/** Props of the result. */
export interface ResultViewProps {
  sessionId: string;
  token: string;
  /** Changes when the session does, so the result is fetched again. */
  version: number;
}

/** The result: score before → after, the tailored CV with downloads, and the true gaps with advice. */
export function ResultView({ sessionId, token, version }: ResultViewProps) {
  const [result, setResult] = useState<InterviewResult>();
  const [error, setError] = useState<string>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the signal to fetch again
  useEffect(() => {
    let current = true;
    api
      .result(sessionId, token)
      .then((loaded) => current && setResult(loaded))
      .catch((caught: unknown) => {
        if (current)
          setError(caught instanceof ApiError ? caught.message : 'The result could not be loaded.');
      });
    return () => {
      current = false;
    };
  }, [sessionId, token, version]);

  if (error) {
    return (
      <p className="field-error" role="alert">
        {error}
      </p>
    );
  }
  if (!result) return <StatusLine busy text="Putting your tailored CV together…" />;
  const baseName = (result.resume.basics?.name ?? 'cv').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return (
    <div className="result">
      <section className="card result-summary">
        <div className="gauges">
          <ScoreGauge score={result.scoreBefore} label="Before" size={140} />
          <span className="arrow" aria-hidden="true">
            →
          </span>
          <ScoreGauge score={result.scoreAfter} label="After" size={140} />
        </div>
        <div>
          <h1>Your tailored CV</h1>
          <p>
            Match score {Math.round(result.scoreBefore)} → {Math.round(result.scoreAfter)}. {result.accepted}{' '}
            new {result.accepted === 1 ? 'bullet' : 'bullets'} from your answers
            {result.trueGaps.length > 0 ? `, ${result.trueGaps.length} true gaps with advice below` : ''}.
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() =>
                downloadText(
                  `${baseName}.json`,
                  `${JSON.stringify(result.resume, null, 2)}\n`,
                  'application/json',
                )
              }
            >
              Download JSON Resume
            </button>
            <button
              type="button"
              onClick={() => downloadText(`${baseName}.md`, result.markdown, 'text/markdown')}
            >
              Download Markdown
            </button>
          </div>
        </div>
      </section>
      <section className="card">
        <TailoredCv resume={result.resume} />
      </section>
      {result.trueGaps.length > 0 && (
        <section className="card" aria-labelledby="true-gaps-heading">
          <h2 id="true-gaps-heading">True gaps, and what to do about them</h2>
          {result.trueGaps.map((gap) => (
            <div key={gap.gapId} className="true-gap">
              <h3>{gap.requirement.text}</h3>
              <AdvicePanel advice={gap.advice} />
            </div>
          ))}
        </section>
      )}
      <section className="card danger-zone" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Done with it?</h2>
        <p>Delete this session and everything derived from it: your CV, answers and results.</p>
        <DeleteSessionButton sessionId={sessionId} token={token} />
      </section>
    </div>
  );
}
