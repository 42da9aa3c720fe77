// A horizontal stacked bar chart as a small SVG: one bar per row, one coloured segment per series, the
// total at the bar's end, a legend above. It is drawn at the width the page gives it (use-chart-width),
// so its 14 px labels stay 14 px on a phone: row labels wrap above their bars and the legend wraps
// into rows. Alone it is one image to assistive technology (role="img" with a label); the same figures
// are in the table the page shows next to it. With `onSelect` each bar is a button (click, Enter or
// Space) that takes the reader to that row of the table: the drawing is then a labelled group.
import type { KeyboardEvent } from 'react';
import { ChartFigure } from './chart-figure.tsx';
import { linearScale, niceCeiling } from './chart-scale.ts';
import { CHART_INK } from './chart-colors.ts';
import { legendPlaces, textWidth, wrapLabel } from './chart-text.ts';
import { useChartWidth } from './use-chart-width.ts';

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

const WIDEST = 720;
const FONT = 14;
const LINE = 18;
const LEGEND_ROW = 22;
const BAR = 18;
const ROW_GAP = 14;

export function BarChart({
  label,
  caption,
  series,
  rows,
  formatValue,
  onSelect,
  selectLabel,
  selected,
}: {
  /** What the chart shows, for screen readers. */
  label: string;
  /** Shown under the chart: what it shows and where its numbers are. */
  caption: string;
  series: readonly BarSeries[];
  rows: readonly BarRow[];
  formatValue: (value: number) => string;
  /** Called with a row's index when its bar is chosen; makes every bar a button. */
  onSelect?: (rowIndex: number) => void;
  /** A bar button's name, e.g. "Show the row of NALC: 1,234". */
  selectLabel?: (row: BarRow, total: string) => string;
  /** The row shown as chosen. */
  selected?: number | null;
}) {
  const { ref, width } = useChartWidth(WIDEST);
  const totals = rows.map((row) => row.values.reduce((sum, value) => sum + value, 0));
  const top = niceCeiling(Math.max(0, ...totals));
  const totalSpace = Math.max(48, ...totals.map((total) => textWidth(formatValue(total), FONT))) + 10;
  const x = linearScale([0, top], [0, width - totalSpace]);
  const legend = legendPlaces(
    series.map((s) => s.label),
    width,
    FONT,
  );
  const legendHeight = ((legend.at(-1)?.row ?? 0) + 1) * LEGEND_ROW + 8;
  const lines = rows.map((row) => wrapLabel(row.label, width, FONT, 3));
  const starts: number[] = [];
  let height = legendHeight;
  for (const rowLines of lines) {
    starts.push(height);
    height += rowLines.length * LINE + BAR + ROW_GAP;
  }
  const keyed = (rowIndex: number) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelect?.(rowIndex);
  };
  return (
    <div ref={ref}>
      <ChartFigure
        label={label}
        caption={caption}
        width={width}
        height={height}
        interactive={onSelect !== undefined}
      >
        {series.map((s, i) => (
          <g
            key={s.label}
            transform={`translate(${legend[i]!.x}, ${4 + legend[i]!.row * LEGEND_ROW})`}
            aria-hidden={onSelect ? true : undefined}
          >
            <rect width={14} height={14} fill={s.color} />
            <text x={20} y={12} fontSize={FONT} fill={CHART_INK}>
              {s.label}
            </text>
          </g>
        ))}
        {rows.map((row, rowIndex) => {
          const y = starts[rowIndex]!;
          const rowLines = lines[rowIndex]!;
          const barY = y + rowLines.length * LINE + 4;
          let start = 0;
          const total = formatValue(totals[rowIndex] ?? 0);
          const chosen = selected === rowIndex;
          const segments = row.values.map((value, i) => {
            const segment = (
              <rect
                key={series[i]?.label ?? i}
                x={x(start)}
                y={barY}
                width={Math.max(0, x(start + value) - x(start))}
                height={BAR}
                fill={series[i]?.color ?? CHART_INK}
              />
            );
            start += value;
            return segment;
          });
          // The texts stay outside the button: its name is the whole label and total, never the
          // label as wrapped or shortened on screen.
          return (
            <g key={row.label}>
              {onSelect ? (
                <g
                  role="button"
                  tabIndex={0}
                  aria-label={selectLabel?.(row, total) ?? `${row.label}: ${total}`}
                  aria-pressed={chosen}
                  onClick={() => onSelect(rowIndex)}
                  onKeyDown={keyed(rowIndex)}
                  className="pshb-chart-button"
                >
                  <rect
                    x={0}
                    y={y}
                    width={width}
                    height={rowLines.length * LINE + BAR + ROW_GAP - 4}
                    fill={chosen ? '#e7f2f5' : 'transparent'}
                    className="pshb-chart-target"
                  />
                  {segments}
                </g>
              ) : (
                segments
              )}
              <g aria-hidden={onSelect ? true : undefined} pointerEvents="none">
                <text x={0} y={y + 13} fontSize={FONT} fill={CHART_INK} fontWeight={chosen ? 700 : 400}>
                  {rowLines.map((text, line) => (
                    <tspan key={line} x={0} dy={line === 0 ? 0 : LINE}>
                      {text}
                    </tspan>
                  ))}
                </text>
                <text x={x(start) + 6} y={barY + 14} fontSize={FONT} fill={CHART_INK}>
                  {total}
                </text>
              </g>
            </g>
          );
        })}
      </ChartFigure>
    </div>
  );
}
