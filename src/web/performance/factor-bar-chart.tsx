// The year's total factor by carrier as a horizontal bar chart in SVG: one bar per carrier, best
// (lowest) first, a zero line so a performance adjustment's rewards (below zero) draw to the left. One
// image to assistive technology; the table beside it has the same figures.
import { ChartFigure } from '../dashboard/chart-figure.tsx';
import { CHART_BLUE, CHART_GREEN, CHART_INK } from '../dashboard/chart-colors.ts';
import { linearScale, niceCeiling } from '../dashboard/chart-scale.ts';

export interface FactorBar {
  readonly label: string;
  readonly value: number;
}

const WIDTH = 720;
const LABEL = 140;
const VALUE_SPACE = 72;
const ROW = 30;
const BAR = 18;

/** The bars' domain: from the lowest value (or 0) to the highest (or 0), rounded outwards. */
export function factorDomain(values: readonly number[]): [number, number] {
  const high = Math.max(0, ...values);
  const low = Math.min(0, ...values);
  return [low < 0 ? -niceCeiling(-low) : 0, high > 0 ? niceCeiling(high) : low < 0 ? 0 : 1];
}

export function FactorBarChart({
  label,
  caption,
  bars,
  formatValue,
}: {
  label: string;
  caption: string;
  bars: readonly FactorBar[];
  formatValue: (value: number) => string;
}) {
  const domain = factorDomain(bars.map((bar) => bar.value));
  const x = linearScale(domain, [LABEL, WIDTH - VALUE_SPACE]);
  const height = bars.length * ROW + 8;
  return (
    <ChartFigure label={label} caption={caption} width={WIDTH} height={height}>
      <line x1={x(0)} x2={x(0)} y1={0} y2={height} stroke={CHART_INK} strokeWidth={1} />
      {bars.map((bar, index) => {
        const y = 4 + index * ROW;
        const left = Math.min(x(0), x(bar.value));
        const width = Math.abs(x(bar.value) - x(0));
        return (
          <g key={bar.label}>
            <text x={0} y={y + 14} fontSize={14} fill={CHART_INK}>
              {bar.label}
            </text>
            <rect x={left} y={y} width={width} height={BAR} fill={bar.value < 0 ? CHART_GREEN : CHART_BLUE} />
            <text x={Math.max(x(0), x(bar.value)) + 6} y={y + 14} fontSize={14} fill={CHART_INK}>
              {formatValue(bar.value)}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
