// A line chart as a small SVG: values over a run of labelled points (days, weeks), one line per series
// told apart by colour, dash and marker, each value with an optional range drawn as a whisker (a
// confidence interval), an optional target drawn as a red dashed line. One image to
// assistive technology (role="img" with a label); the page shows the same values in a table. With
// `onSelect` each point in time is a button over its column of the plot (click, Enter or Space; the
// arrow keys move between them, one tab stop for the chart) that shows its rows of the table.
import { useRef, type KeyboardEvent } from 'react';
import { ChartFigure } from './chart-figure.tsx';
import { linearScale, niceCeiling, sparseLabels, ticks } from './chart-scale.ts';
import { CHART_GRID, CHART_INK, CHART_RED } from './chart-colors.ts';

export type Marker = 'circle' | 'square' | 'triangle';

export interface LineSeries {
  readonly label: string;
  readonly color: string;
  readonly dash?: string;
  readonly marker: Marker;
  /** One value per x label; null leaves a gap. */
  readonly values: readonly (number | null)[];
  /** A range around each value (e.g. a confidence interval), drawn as a whisker; null for none. */
  readonly ranges?: readonly (readonly [number, number] | null)[];
}

const WIDTH = 720;
const HEIGHT = 300;
const LEFT = 64;
// Room on the right for the target's label, beside its line rather than over the data.
const RIGHT = 84;
const TOP = 16;
const BOTTOM = 44;

function MarkerShape({ kind, x, y, color }: { kind: Marker; x: number; y: number; color: string }) {
  switch (kind) {
    case 'circle':
      return <circle cx={x} cy={y} r={3.5} fill={color} />;
    case 'square':
      return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={color} />;
    case 'triangle':
      return <path d={`M${x},${y - 4.5} L${x + 4.5},${y + 3.5} L${x - 4.5},${y + 3.5} Z`} fill={color} />;
  }
}

/** Which line is which, drawn as each line looks (hidden from screen readers: the table names them). */
function LineLegend({ series }: { series: readonly LineSeries[] }) {
  return (
    <ul className="usa-list usa-list--unstyled display-flex flex-wrap margin-top-1" aria-hidden="true">
      {series.map((s) => (
        <li key={s.label} className="margin-right-3 display-flex flex-align-center">
          <svg width={36} height={12} className="margin-right-1">
            <line x1={0} x2={36} y1={6} y2={6} stroke={s.color} strokeWidth={2.5} strokeDasharray={s.dash} />
            <MarkerShape kind={s.marker} x={18} y={6} color={s.color} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

export function LineChart({
  label,
  caption,
  xLabels,
  series,
  formatY,
  yMax,
  target,
  onSelect,
  selectLabel,
  selected,
}: {
  label: string;
  caption: string;
  xLabels: readonly string[];
  series: readonly LineSeries[];
  formatY: (value: number) => string;
  /** The axis top; by default a round number above the largest value. */
  yMax?: number;
  target?: { readonly value: number; readonly label: string };
  /** Called with a point's index when it is chosen; makes every point in time a button. */
  onSelect?: (index: number) => void;
  /** A point's button name, e.g. "November 11: show its rows". */
  selectLabel?: (index: number) => string;
  /** The point shown as chosen. */
  selected?: number | null;
}) {
  const columns = useRef<(SVGGElement | null)[]>([]);
  const largest = Math.max(0, target?.value ?? 0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const top = yMax ?? niceCeiling(largest);
  const x = linearScale([0, Math.max(1, xLabels.length - 1)], [LEFT, WIDTH - RIGHT]);
  const y = linearScale([0, top], [HEIGHT - BOTTOM, TOP]);
  const shownLabels = sparseLabels(xLabels, 8);
  const step = xLabels.length > 1 ? x(1) - x(0) : WIDTH - LEFT - RIGHT;
  const focusable = selected ?? 0;
  const keyed = (index: number) => (event: KeyboardEvent<SVGGElement>) => {
    const move = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      const next = Math.min(xLabels.length - 1, Math.max(0, index + move));
      columns.current[next]?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect?.(index);
    }
  };
  return (
    <ChartFigure
      label={label}
      caption={caption}
      width={WIDTH}
      height={HEIGHT}
      legend={<LineLegend series={series} />}
      interactive={onSelect !== undefined}
    >
      {ticks(top).map((tick) => (
        <g key={tick}>
          <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke={CHART_GRID} strokeWidth={1} />
          <text x={LEFT - 8} y={y(tick) + 4} fontSize={13} textAnchor="end" fill={CHART_INK}>
            {formatY(tick)}
          </text>
        </g>
      ))}
      {xLabels.map((text, i) =>
        shownLabels.has(i) ? (
          <text key={i} x={x(i)} y={HEIGHT - BOTTOM + 20} fontSize={13} textAnchor="middle" fill={CHART_INK}>
            {text}
          </text>
        ) : null,
      )}
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(0)} y2={y(0)} stroke={CHART_INK} strokeWidth={1} />
      {target ? (
        <g>
          <line
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={y(target.value)}
            y2={y(target.value)}
            stroke={CHART_RED}
            strokeWidth={2}
            strokeDasharray="8 4"
          />
          <text x={WIDTH - RIGHT + 8} y={y(target.value) + 4} fontSize={13} fill={CHART_RED}>
            {target.label}
          </text>
        </g>
      ) : null}
      {series.map((s) => {
        const points = s.values
          .map((value, i) => (value === null ? null : ([x(i), y(value)] as const)))
          .filter((point): point is readonly [number, number] => point !== null);
        return (
          <g key={s.label}>
            <polyline
              points={points.map(([px, py]) => `${px},${py}`).join(' ')}
              fill="none"
              stroke={s.color}
              strokeWidth={2.5}
              strokeDasharray={s.dash}
            />
            {(s.ranges ?? []).map((range, i) =>
              range ? (
                <g key={`range-${i}`} stroke={s.color} strokeWidth={1.5}>
                  <line x1={x(i)} x2={x(i)} y1={y(range[0])} y2={y(range[1])} />
                  <line x1={x(i) - 5} x2={x(i) + 5} y1={y(range[0])} y2={y(range[0])} />
                  <line x1={x(i) - 5} x2={x(i) + 5} y1={y(range[1])} y2={y(range[1])} />
                </g>
              ) : null,
            )}
            {points.map(([px, py], i) => (
              <MarkerShape key={i} kind={s.marker} x={px} y={py} color={s.color} />
            ))}
          </g>
        );
      })}
      {onSelect
        ? xLabels.map((text, i) => (
            <g
              key={`select-${i}`}
              ref={(element) => {
                columns.current[i] = element;
              }}
              role="button"
              tabIndex={i === focusable ? 0 : -1}
              aria-label={selectLabel?.(i) ?? text}
              aria-pressed={selected === i}
              onClick={() => onSelect(i)}
              onKeyDown={keyed(i)}
              className="pshb-chart-button"
            >
              <rect
                x={x(i) - step / 2}
                y={TOP}
                width={step}
                height={HEIGHT - BOTTOM - TOP}
                fill={selected === i ? 'rgba(36, 145, 255, 0.12)' : 'transparent'}
                className="pshb-chart-target"
              />
            </g>
          ))
        : null}
    </ChartFigure>
  );
}
