// A carrier's total factor over its contract years as a small line, drawn in a table cell. Its label
// reads the same years and factors aloud, so the line is never the only way to know the trend.
import { CHART_BLUE, CHART_GRID } from '../dashboard/chart-colors.ts';
import { linearScale } from '../dashboard/chart-scale.ts';
import type { TrendPoint } from './performance-api-types.ts';

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 4;

/** The points of the line, in SVG coordinates, for the years that have a factor. */
export function sparklinePoints(trend: readonly TrendPoint[]): [number, number][] {
  const points = [...trend]
    .filter((p): p is TrendPoint & { totalFactor: number } => p.totalFactor !== null)
    .sort((a, b) => a.contractYear - b.contractYear);
  if (points.length === 0) return [];
  const values = points.map((p) => p.totalFactor);
  const low = Math.min(0, ...values);
  const high = Math.max(...values, low + 1e-9);
  const x = linearScale([0, Math.max(1, points.length - 1)], [PAD, WIDTH - PAD]);
  const y = linearScale([low, high], [HEIGHT - PAD, PAD]);
  return points.map((p, i) => [Number(x(i).toFixed(2)), Number(y(p.totalFactor).toFixed(2))]);
}

export function TrendSparkline({ label, trend }: { label: string; trend: readonly TrendPoint[] }) {
  const points = sparklinePoints(trend);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT}>
      <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} stroke={CHART_GRID} />
      {points.length > 1 ? (
        <polyline
          points={points.map(([px, py]) => `${px},${py}`).join(' ')}
          fill="none"
          stroke={CHART_BLUE}
          strokeWidth={2}
        />
      ) : null}
      {points.map(([px, py]) => (
        <circle key={`${px}`} cx={px} cy={py} r={2.5} fill={CHART_BLUE} />
      ))}
    </svg>
  );
}
