import type { RequirementAssessment } from '../../domain/gap-report.js';
import type { SessionView } from '../../workflow/interview-service.js';
import { ScoreGauge } from '../components/score-gauge.js';
import { PRIORITIES } from '../labels.js';

/** Props of the gap report. */
export interface ReportViewProps {
  session: SessionView;
  onStart: () => void;
}

function Assessment({
  item,
  gap,
}: {
  item: RequirementAssessment;
  gap?: { status: string; reason: string };
}) {
  const coverage = Math.round(item.coverage * 100);
  return (
    <li className={`requirement${gap ? ` gap gap-${gap.status}` : ''}`}>
      <div className="requirement-head">
        <span className="requirement-text">{item.requirement.text}</span>
        <span
          className={`pill ${gap ? (gap.status === 'missing' ? 'pill-missing' : 'pill-weak') : 'pill-ok'}`}
        >
          {gap ? (gap.status === 'missing' ? 'Gap' : 'Weak') : 'Shown'} · {coverage}%
        </span>
      </div>
      {gap && <p className="reason">{gap.reason}</p>}
      {!gap && item.explanation && <p className="reason">{item.explanation}</p>}
      {item.evidence.length > 0 && (
        <ul className="evidence" aria-label="Evidence from your CV">
          {item.evidence.slice(0, 3).map((evidence) => (
            <li key={`${evidence.section}-${evidence.entryIndex ?? ''}-${evidence.quote}`}>
              <blockquote>“{evidence.quote}”</blockquote>
              <span className="evidence-source">
                {evidence.entryName ?? evidence.section} · {evidence.strength}
              </span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The gap report: the match score, every requirement by priority with quoted evidence, gaps marked. */
export function ReportView({ session, onStart }: ReportViewProps) {
  const { report } = session;
  const gaps = new Map(report.gaps.map((gap) => [gap.requirement.id, gap]));
  return (
    <div className="report">
      <section className="card report-summary">
        <ScoreGauge score={report.matchScore} label="Match score" />
        <div>
          <h1>{report.jobTitle ? `Your match for ${report.jobTitle}` : 'Your gap report'}</h1>
          <p>
            The job lists {report.requirements.length} requirements. Your CV shows{' '}
            {report.requirements.length - report.gaps.length} of them; {report.gaps.length}{' '}
            {report.gaps.length === 1 ? 'is a gap' : 'are gaps'} worth a closer look.
          </p>
          {session.questions.length > 0 ? (
            <>
              <p>
                Gapwise has {session.questions.length} questions for you, one per gap, most important first.
                Answer in your own words; say so when you have no experience.
              </p>
              <button type="button" className="primary" onClick={onStart}>
                Start the interview
              </button>
            </>
          ) : (
            <p>No gaps to interview about: your CV already covers this job.</p>
          )}
        </div>
      </section>
      {PRIORITIES.map(({ value, label }) => {
        const items = report.requirements.filter((item) => item.requirement.priority === value);
        if (items.length === 0) return null;
        return (
          <section key={value} className="card" aria-labelledby={`priority-${value}`}>
            <h2 id={`priority-${value}`}>
              {label} <span className="count">({items.length})</span>
            </h2>
            <ul className="requirements">
              {items.map((item) => (
                <Assessment key={item.requirement.id} item={item} gap={gaps.get(item.requirement.id)} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
