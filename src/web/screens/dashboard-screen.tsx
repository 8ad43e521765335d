import { useEffect, useState } from 'react';
import type { Dashboard } from '../../metrics/dashboard-schema.js';
import { ApiError, api } from '../api-client.js';
import { BarChart } from '../components/bar-chart.js';
import { StatusLine } from '../components/status-line.js';

const REFRESH_MS = 5_000;
const WINDOWS = [
  { minutes: 15, label: 'Last 15 minutes' },
  { minutes: 60, label: 'Last hour' },
  { minutes: 24 * 60, label: 'Last 24 hours' },
];

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)} %`);
const milliseconds = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
const usd = (value: number) => `$${value < 1 ? value.toFixed(4) : value.toFixed(2)}`;
/** Shorter operation names for chart rows: the session prefix says nothing. */
const operationLabel = (name: string) => name.replace(/^http /, '').replace('/api/sessions/:id/', '…/');
const score = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)}/10`);
/** What each speculative step writes ahead, as the candidate would call it. */
const SPECULATION_LABELS: Record<Dashboard['speculation'][number]['step'], string> = {
  'generate-bullet': 'Bullet drafts',
  'deep-dive': 'Follow-ups',
};

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** The metrics dashboard: latency, cost, quality, caches and health; refreshes every 5 s. */
export function DashboardScreen() {
  const [dashboard, setDashboard] = useState<Dashboard>();
  const [error, setError] = useState<string>();
  const [windowMinutes, setWindowMinutes] = useState(60);
  useEffect(() => {
    let active = true;
    const refresh = async () => {
      try {
        const loaded = await api.dashboard(windowMinutes);
        if (!active) return;
        setDashboard(loaded);
        setError(undefined);
      } catch (caught) {
        if (active)
          setError(caught instanceof ApiError ? caught.message : 'The dashboard could not be loaded.');
      }
    };
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      active = false;
      clearInterval(timer);
    };
  }, [windowMinutes]);

  if (!dashboard) {
    return error ? (
      <p className="field-error" role="alert">
        {error}
      </p>
    ) : (
      <StatusLine busy text="Loading the dashboard…" />
    );
  }
  const { performance, cost, quality, caches, health, speculation } = dashboard;
  const operations = [...performance.operations].sort((a, b) => b.p95Ms - a.p95Ms);
  return (
    <div className="dashboard">
      <header className="dashboard-head">
        <h1>Dashboard</h1>
        <div className="window-picker">
          <label htmlFor="dashboard-window">Window</label>
          <select
            id="dashboard-window"
            value={windowMinutes}
            onChange={(event) => setWindowMinutes(Number(event.target.value))}
          >
            {WINDOWS.map((option) => (
              <option key={option.minutes} value={option.minutes}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <p className="muted">
          Updated {new Date(dashboard.generatedAt).toLocaleTimeString()} · refreshes every 5 s
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </header>

      <section className="card" aria-labelledby="health-heading">
        <h2 id="health-heading">
          Health <span className={`pill health-${health.status}`}>{health.status}</span>
        </h2>
        <ul className="components">
          {health.components.map((component) => (
            <li key={component.name} className={`component health-${component.status}`}>
              <strong>{component.name}</strong> <span className="pill">{component.status}</span>
              {component.detail && <span className="muted"> {component.detail}</span>}
              {component.lastError && <span className="field-error"> Last error: {component.lastError}</span>}
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="latency-heading">
        <h2 id="latency-heading">Latency per operation</h2>
        {operations.length === 0 ? (
          <p className="muted">No operations in this window yet.</p>
        ) : (
          <>
            <p className="legend">
              <span className="swatch bar-0" /> p50 <span className="swatch bar-1" /> p95{' '}
              <span className="swatch bar-2" /> p99
            </p>
            <BarChart
              title="Latency percentiles per operation"
              format={milliseconds}
              groups={operations.map((operation) => ({
                label: `${operationLabel(operation.name)} (${operation.count})`,
                bars: [
                  { label: 'p50', value: operation.p50Ms },
                  { label: 'p95', value: operation.p95Ms },
                  { label: 'p99', value: operation.p99Ms },
                ],
              }))}
            />
          </>
        )}
      </section>

      <div className="dashboard-grid">
        <section className="card" aria-labelledby="cost-heading">
          <h2 id="cost-heading">Cost</h2>
          <dl className="figures">
            <Figure label="Total" value={usd(cost.totalUsd)} />
            <Figure label="Projected per month" value={usd(cost.projectedMonthlyUsd)} />
            <Figure label="Model calls" value={String(cost.calls)} />
            <Figure label="Cached input share" value={percent(caches.prompt.cachedShare)} />
            <Figure
              label="Per session (avg)"
              value={cost.perSession.averageUsd === null ? '–' : usd(cost.perSession.averageUsd)}
            />
          </dl>
          <BarChart
            title="Tokens"
            compact
            format={(value) => value.toLocaleString()}
            groups={[
              {
                label: 'tokens',
                bars: [
                  { label: 'input', value: cost.tokens.input },
                  { label: 'cached', value: cost.tokens.cachedInput },
                  { label: 'output', value: cost.tokens.output },
                ],
              },
            ]}
          />
        </section>

        <section className="card" aria-labelledby="quality-heading">
          <h2 id="quality-heading">Quality</h2>
          <dl className="figures">
            <Figure label="Answers" value={String(quality.answers)} />
            <Figure label="Answer score (avg)" value={score(quality.answerScoreAvg)} />
            <Figure label="Bullets" value={String(quality.bullets)} />
            <Figure label="Bullet score (avg)" value={score(quality.bulletScoreAvg)} />
          </dl>
          <BarChart
            title="Quality rates"
            compact
            format={percent}
            max={1}
            groups={[
              {
                label: 'rates',
                bars: [
                  { label: 'deep-dive', value: quality.deepDiveRate ?? 0 },
                  { label: 'true gap', value: quality.trueGapRate ?? 0 },
                  { label: 'bullet pass', value: quality.bulletPassRate ?? 0 },
                  { label: 'accepted', value: quality.candidateAcceptRate ?? 0 },
                ],
              },
            ]}
          />
        </section>

        <section className="card" aria-labelledby="cache-heading">
          <h2 id="cache-heading">Cache hit rates</h2>
          <BarChart
            title="Cache hit rates"
            compact
            format={percent}
            max={1}
            groups={[
              {
                label: 'hit rate',
                bars: [
                  { label: 'memory', value: caches.l1.hitRate ?? 0 },
                  { label: 'redis', value: caches.l2.hitRate ?? 0 },
                  { label: 'prompt', value: caches.prompt.hitRate ?? 0 },
                ],
              },
            ]}
          />
          <p className="muted">
            Memory {caches.l1.hits}/{caches.l1.hits + caches.l1.misses} · Redis {caches.l2.hits}/
            {caches.l2.hits + caches.l2.misses} · Prompt {caches.prompt.hits}/
            {caches.prompt.hits + caches.prompt.misses}
          </p>
        </section>

        <section className="card" aria-labelledby="speculation-heading">
          <h2 id="speculation-heading">Speculation</h2>
          {speculation.every((entry) => entry.started === 0) ? (
            <p className="muted">No calls started ahead in this window (only the LLM engine speculates).</p>
          ) : (
            <>
              <dl className="figures">
                {speculation.map((entry) => (
                  <Figure
                    key={entry.step}
                    label={`${SPECULATION_LABELS[entry.step]} hit rate`}
                    value={percent(entry.hitRate)}
                  />
                ))}
              </dl>
              {speculation.map((entry) => (
                <p key={entry.step} className="muted">
                  {SPECULATION_LABELS[entry.step]}: {entry.started} started · {entry.used + entry.adapted}{' '}
                  used · {entry.wasted} wasted
                </p>
              ))}
            </>
          )}
        </section>
      </div>

      {dashboard.errors.length > 0 && (
        <section className="card" aria-labelledby="errors-heading">
          <h2 id="errors-heading">Errors</h2>
          <BarChart
            title="Errors by code"
            format={(value) => String(value)}
            groups={dashboard.errors.map((entry) => ({
              label: entry.code,
              bars: [{ label: 'count', value: entry.count }],
            }))}
          />
        </section>
      )}
    </div>
  );
}
