/** One bar of a group. */
export interface Bar {
  label: string;
  value: number;
}

/** A labelled group of bars (one row of the chart). */
export interface BarGroup {
  label: string;
  bars: Bar[];
}

/** Props of the bar chart. */
export interface BarChartProps {
  title: string;
  groups: BarGroup[];
  /** Formats a value for its label ("120 ms", "45 %"). */
  format: (value: number) => string;
  /** The value of a full-width bar; defaults to the largest value. */
  max?: number;
  /** For a small card: narrower drawing, and no row labels (one group, its bars name themselves). */
  compact?: boolean;
}

const BAR_HEIGHT = 14;
const BAR_GAP = 4;
const GROUP_GAP = 14;

/**
 * Horizontal bars in SVG, grouped by row (an operation with its p50 / p95 / p99). It scales to
 * the width of its container; the values are also written next to the bars, so no tooltip is
 * needed to read them.
 */
export function BarChart({ title, groups, format, max, compact = false }: BarChartProps) {
  // Drawing units; the SVG scales to its container, so these set the text size relative to it.
  const WIDTH = compact ? 300 : 760;
  const LABEL_WIDTH = compact ? 0 : 200;
  const VALUE_WIDTH = compact ? 120 : 110;
  const largest = max ?? Math.max(1e-9, ...groups.flatMap((group) => group.bars.map((bar) => bar.value)));
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  let y = 0;
  const rows = groups.map((group) => {
    const top = y;
    y += group.bars.length * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
    return { group, top };
  });
  const height = Math.max(y, 20);
  const summary = groups
    .map(
      (group) => `${group.label}: ${group.bars.map((bar) => `${bar.label} ${format(bar.value)}`).join(', ')}`,
    )
    .join('; ');
  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`${title}. ${summary || 'No data yet.'}`}
    >
      {rows.map(({ group, top }) => (
        <g key={group.label} transform={`translate(0 ${top})`}>
          {!compact && (
            <text x={0} y={BAR_HEIGHT} className="bar-chart-label">
              <title>{group.label}</title>
              {group.label.length > 30 ? `${group.label.slice(0, 29)}…` : group.label}
            </text>
          )}
          {group.bars.map((bar, index) => {
            const barY = index * (BAR_HEIGHT + BAR_GAP);
            const width = Math.max(1, (Math.min(bar.value, largest) / largest) * plotWidth);
            return (
              <g key={bar.label}>
                <rect
                  x={LABEL_WIDTH}
                  y={barY}
                  width={width}
                  height={BAR_HEIGHT}
                  rx={3}
                  className={`bar bar-${index}`}
                />
                <text x={LABEL_WIDTH + width + 6} y={barY + BAR_HEIGHT - 3} className="bar-chart-value">
                  {bar.label} {format(bar.value)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
