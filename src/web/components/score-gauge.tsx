/** Props of the score gauge. */
export interface ScoreGaugeProps {
  /** 0..100. */
  score: number;
  label: string;
  /** Diameter in CSS pixels. */
  size?: number;
}

/** A half-circle gauge for a 0–100 match score, drawn in SVG. */
export function ScoreGauge({ score, label, size = 180 }: ScoreGaugeProps) {
  const clamped = Math.max(0, Math.min(100, Math.round(score)));
  const radius = 80;
  // The arc is a half circle: its length is π·r; the filled part is a share of it.
  const length = Math.PI * radius;
  const filled = (clamped / 100) * length;
  const tone = clamped >= 70 ? 'good' : clamped >= 40 ? 'fair' : 'low';
  return (
    <figure className="gauge">
      <svg
        viewBox="0 0 200 115"
        width={size}
        height={(size * 115) / 200}
        role="img"
        aria-label={`${label}: ${clamped} out of 100`}
      >
        <path className="gauge-track" d="M 20 100 A 80 80 0 0 1 180 100" />
        <path
          className={`gauge-fill gauge-${tone}`}
          d="M 20 100 A 80 80 0 0 1 180 100"
          strokeDasharray={`${filled} ${length}`}
        />
        <text x="100" y="92" textAnchor="middle" className="gauge-value">
          {clamped}
        </text>
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
