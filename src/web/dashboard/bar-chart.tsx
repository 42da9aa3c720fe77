// A horizontal stacked bar chart as a small SVG: one bar per row, one coloured segment per series, the
// total at the bar's end, a legend above. It is one image to assistive technology (role="img" with a
// label); the same figures are in the table the page shows next to it.
import { ChartFigure } from './chart-figure.tsx';
import { linearScale, niceCeiling } from './chart-scale.ts';
import { CHART_INK } from './chart-colors.ts';

export interface BarSeries {
  readonly label: string;
  /** A USWDS colour with at least 3:1 contrast on white (chart-colors.ts). */
  readonly color: string;
}

export interface BarRow {
  readonly label: string;
  /** One value per series, in the series' order. */
  readonly values: readonly number[];
}

const WIDTH = 720;
const LEGEND = 32;
const ROW = 46;
const BAR = 18;
const TOTAL_SPACE = 64;

export function BarChart({
  label,
  caption,
  series,
  rows,
  formatValue,
}: {
  /** What the chart shows, for screen readers. */
  label: string;
  /** Shown under the chart: what it shows and where its numbers are. */
  caption: string;
  series: readonly BarSeries[];
  rows: readonly BarRow[];
  formatValue: (value: number) => string;
}) {
  const totals = rows.map((row) => row.values.reduce((sum, value) => sum + value, 0));
  const top = niceCeiling(Math.max(0, ...totals));
  const x = linearScale([0, top], [0, WIDTH - TOTAL_SPACE]);
  const height = LEGEND + rows.length * ROW + 4;
  return (
    <ChartFigure label={label} caption={caption} width={WIDTH} height={height}>
      {series.map((s, i) => (
        <g key={s.label} transform={`translate(${i * 200}, 4)`}>
          <rect width={14} height={14} fill={s.color} />
          <text x={20} y={12} fontSize={14} fill={CHART_INK}>
            {s.label}
          </text>
        </g>
      ))}
      {rows.map((row, rowIndex) => {
        const y = LEGEND + rowIndex * ROW;
        let start = 0;
        return (
          <g key={row.label}>
            <text x={0} y={y + 13} fontSize={14} fill={CHART_INK}>
              {row.label}
            </text>
            {row.values.map((value, i) => {
              const segment = (
                <rect
                  key={series[i]?.label ?? i}
                  x={x(start)}
                  y={y + 18}
                  width={Math.max(0, x(start + value) - x(start))}
                  height={BAR}
                  fill={series[i]?.color ?? CHART_INK}
                />
              );
              start += value;
              return segment;
            })}
            <text x={x(start) + 6} y={y + 32} fontSize={14} fill={CHART_INK}>
              {formatValue(totals[rowIndex] ?? 0)}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
